package org.newsgraph.ingest;

import java.util.List;
import java.util.function.Consumer;

/**
 * Documents whose offsets must point into the input itself ({@code mentions}, {@code eval linking}): JSON Lines
 * ({@code doc_id}/{@code id} and {@code text}) and plain text files, read through the ingest readers but
 * {@linkplain ArticleSource#asIs() as is}, without the cleaning that ingest does for NLP.
 */
public final class AsIsDocuments {

    private AsIsDocuments() {
    }

    /**
     * Hands every document to {@code each}, in input order. Every input or JSON line that cannot be read goes to
     * {@code failures}, and reading goes on.
     *
     * @return how many inputs or lines could not be read
     */
    public static int read(List<String> paths, int maxChars, Consumer<Article> each,
                           Consumer<ReadResult.Failed> failures) {
        int[] failed = {0};
        ArticleSource.of(paths).maxChars(maxChars).asIs().forEach(r -> {
            if (r instanceof ReadResult.Read read) {
                each.accept(read.article());
            } else if (r instanceof ReadResult.Failed f) {
                failures.accept(f);
                failed[0]++;
            }
        });
        return failed[0];
    }
}
