package org.newsgraph.ingest;

/** What reading produced for one article or one failed input. */
public sealed interface ReadResult {

    /** Size in bytes of the input this result came from, for progress reporting. */
    long bytes();

    /**
     * An article was read.
     *
     * @param article the article
     * @param bytes   size of its input: the file size, or the length of its JSON line
     */
    record Read(Article article, long bytes) implements ReadResult {
    }

    /**
     * An input could not be read; reading goes on with the next one.
     *
     * @param source the file path, {@code path:LINE} for a JSON line, or {@code -} for stdin
     * @param reason one short sentence for a person, such as {@code "empty file"}
     * @param bytes  size of the input, 0 when unknown
     */
    record Failed(String source, String reason, long bytes) implements ReadResult {
    }
}
