package org.newsgraph.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.pipeline.IngestSummary;
import org.newsgraph.pipeline.Ingestion;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code newsgraph ingest}: reads articles into the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads news articles, extracts entities and facts, and stores them as RDF.",
                "Formats by extension: .txt (first headline-like line = title), .html/.htm (main text, title "
                        + "and date from the page's metadata), .jsonl (one {\"id\",\"title\",\"date\",\"url\","
                        + "\"text\"} object per line; only text is required).",
                "An article's id is its JSON id/doc_id, else its path relative to the folder given. "
                        + "Ingesting an article again replaces it.",
                "Exit status: 0 when everything was stored, 1 when some inputs failed (each is named on stderr)."})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders (read recursively) or - for stdin.")
    List<String> paths;

    @Mixin
    IngestOptions options;

    @Override
    public Integer call() {
        try (NewsStore s = store.open()) {
            IngestSummary summary = ingest(s, paths, options);
            System.out.println(summary.line());
            return summary.failures() == 0 ? 0 : Newsgraph.SOME_FAILED;
        }
    }

    /** Ingests into an open store, with a progress bar when stderr is a terminal; used by serve too. */
    static IngestSummary ingest(NewsStore store, List<String> paths, IngestOptions options) {
        IngestSummary summary = run(store, paths, options);
        if (summary.articles() >= options.compactAfter) {
            System.err.println("newsgraph: compacting the store after " + summary.articles() + " articles");
            store.compact();
        }
        return summary;
    }

    private static IngestSummary run(NewsStore store, List<String> paths, IngestOptions options) {
        ArticleSource source = ArticleSource.of(paths).maxChars(options.processing.maxChars);
        Ingestion ingestion = options.ingestion(store, options.processor(store));
        if (System.console() == null) {
            return ingestion.run(source, Ingestion.Progress.NONE);
        }
        try (ProgressBar bar = new ProgressBarBuilder()
                .setTaskName("ingest")
                .setInitialMax(Math.max(1, source.totalBytes() / 1024))
                .setUnit(" KB", 1)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build()) {
            long[] bytes = {0};
            return ingestion.run(source, (read, last) -> {
                bytes[0] += read;
                bar.stepTo(bytes[0] / 1024);
                if (last != null) {
                    bar.setExtraMessage(" " + last);
                }
            });
        }
    }
}
