package org.newsgraph.cli;

import org.apache.commons.io.file.PathUtils;
import org.newsgraph.eval.GoldArticles;
import org.newsgraph.eval.GoldReport;
import org.newsgraph.eval.GoldScore;
import org.newsgraph.eval.GoldSet;
import org.newsgraph.eval.GoldTargets;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code newsgraph eval gold}: the graph of the articles a gold file names, against that gold file. */
@Command(name = "gold", mixinStandardHelpOptions = true,
        description = {"Ingests exactly the articles the gold file names (JSON Lines lines by id, or files of a "
                + "folder by name) into a temporary store (or scores --store) and prints, by the matching rules "
                + "in the gold file's header: alias groups merged, over-merged entities, core and all gold facts "
                + "found, boilerplate strings present, facts with pronoun arguments, total facts.",
                "Exit status: 0 when the targets are met (news: .85 of alias groups, .75 of core facts, .65 of "
                        + "facts; seeds: 25/26, 12/12, 21/24; both: nothing over-merged, no boilerplate, no "
                        + "pronoun argument), 1 when not."})
final class EvalGoldCommand implements Callable<Integer> {

    @Option(names = "--gold", paramLabel = "FILE", defaultValue = "../shared/eval/news-gold/gold.tsv",
            description = "Gold file in the seeds' format (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(names = "--articles", paramLabel = "FILE|DIR",
            defaultValue = "../shared/eval/news/reuters21578.sample2000.jsonl",
            description = "Where the gold's articles are: a JSON Lines file or a folder (default: ${DEFAULT-VALUE}).")
    Path articles;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Score this existing store instead of ingesting the articles afresh.")
    Path store;

    @Option(names = "--targets", paramLabel = "news|seeds", defaultValue = "news",
            description = "Which targets decide the exit status (default: ${DEFAULT-VALUE}).")
    String targets;

    @Mixin
    IngestOptions options;

    @Override
    public Integer call() throws IOException {
        return evaluate(gold, articles, store, GoldTargets.named(targets), options);
    }

    /** Scores {@code store}, or the articles ingested afresh when it is null, and prints the report. */
    static int evaluate(Path goldFile, Path articles, Path store, GoldTargets targets, IngestOptions options)
            throws IOException {
        GoldSet g = GoldSet.read(goldFile);
        GoldReport report;
        if (store != null) {
            try (NewsStore s = NewsStore.open(store)) {
                report = new GoldScore(g).score(s.dataset());
            }
        } else {
            Path work = Files.createTempDirectory("newsgraph-eval-articles");
            try {
                List<String> inputs = GoldArticles.select(g, articles, work).stream().map(Path::toString).toList();
                report = new GoldScore(g).scoreIngested(
                        s -> System.err.println(IngestCommand.ingest(s, inputs, options).line()));
            } finally {
                PathUtils.deleteDirectory(work);
            }
        }
        report.lines(targets).forEach(System.out::println);
        return report.targetsMissed(targets).isEmpty() ? 0 : Newsgraph.SOME_FAILED;
    }
}
