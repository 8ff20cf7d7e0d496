package org.newsgraph.ingest;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The articles named on a command line: files, folders (walked recursively in path order) and
 * {@code -} for standard input. Reading streams one input at a time; an input that cannot be read
 * gives a {@link ReadResult.Failed} and reading goes on.
 *
 * <p>Formats follow the file extension, in any case: {@code .txt}/{@code .text} (plain text),
 * {@code .html}/{@code .htm}, {@code .jsonl}/{@code .ndjson} (JSON Lines, one article per line).
 * Inside folders, other files and hidden entries are skipped; a file named explicitly with another
 * extension is read as text.
 *
 * <p>By default texts are cleaned for NLP ({@link TextCleaner}); {@link #asIs()} keeps them exactly as given, for
 * callers whose character offsets must point into the input itself.
 *
 * <p>Instances are immutable; the configuring methods return a new instance.
 */
public final class ArticleSource {

    /** The default for {@link #maxChars(int)}. */
    public static final int DEFAULT_MAX_CHARS = 1_000_000;

    private final List<String> paths;
    private final Limits limits;
    private final InputStream stdin;
    private final boolean asIs;

    private ArticleSource(List<String> paths, Limits limits, InputStream stdin, boolean asIs) {
        this.paths = paths;
        this.limits = limits;
        this.stdin = stdin;
        this.asIs = asIs;
    }

    /**
     * @param paths files, folders, or {@code "-"} for standard input, read in this order
     * @return a source with the default limit that reads standard input from {@link System#in}
     */
    public static ArticleSource of(List<String> paths) {
        return new ArticleSource(List.copyOf(paths), new Limits(DEFAULT_MAX_CHARS), null, false);
    }

    /**
     * Refuses articles whose cleaned text is longer than {@code max} characters. Files too large
     * to hold such a text are refused from their size, without being read.
     *
     * @param max the largest text accepted, at least 1
     * @return a source with this limit
     */
    public ArticleSource maxChars(int max) {
        return new ArticleSource(paths, new Limits(max), stdin, asIs);
    }

    /**
     * @param in the stream that {@code "-"} reads; it is not closed
     * @return a source that reads standard input from {@code in}
     */
    public ArticleSource stdin(InputStream in) {
        return new ArticleSource(paths, limits, Objects.requireNonNull(in, "in"), asIs);
    }

    /**
     * Keeps every text exactly as the input holds it, so that offsets into {@link Article#text()} are offsets into
     * the input: a JSON line's {@code text} field unchanged, a text file (or text on standard input) decoded as
     * UTF-8 and nothing else (no cleaning, no title detection, no line-end or Unicode normalisation). HTML has no
     * such text and is refused; so is a text file that is not valid UTF-8.
     *
     * @return a source that does not clean texts
     */
    public ArticleSource asIs() {
        return new ArticleSource(paths, limits, stdin, true);
    }

    /** The summed size of the files that {@link #forEach} will read (standard input counts 0); for a progress bar. */
    public long totalBytes() {
        AtomicLong total = new AtomicLong();
        for (String path : paths) {
            if (!path.equals("-")) {
                FileWalker.walk(path, entry -> {
                    if (entry instanceof FileWalker.Input in) {
                        total.addAndGet(in.size());
                    }
                });
            }
        }
        return total.get();
    }

    /**
     * Reads every input and hands each result to {@code sink} as soon as it is ready. The order is
     * stable: paths in the order given, folder contents in path order, JSON lines in file order.
     */
    public void forEach(Consumer<ReadResult> sink) {
        ArticleReader reader = new ArticleReader(limits, asIs);
        for (String path : paths) {
            if (path.equals("-")) {
                reader.readStdin(stdin != null ? stdin : System.in, sink);
            } else {
                FileWalker.walk(path, entry -> {
                    if (entry instanceof FileWalker.Input in) {
                        reader.read(in, sink);
                    } else if (entry instanceof FileWalker.Problem p) {
                        sink.accept(new ReadResult.Failed(p.source(), p.reason(), 0));
                    }
                });
            }
        }
    }
}
