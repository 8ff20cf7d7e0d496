package org.newsgraph.cli;

import org.newsgraph.eval.GoldTargets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code newsgraph eval seeds}: {@code eval gold} on the seed articles, with the seeds' targets. */
@Command(name = "seeds", mixinStandardHelpOptions = true,
        description = {"Ingests the seed articles into a temporary store (or scores --store) and prints, by the "
                + "matching rules in the gold file's header: alias groups merged, over-merged entities, core and "
                + "all gold facts found, boilerplate strings present, facts with pronoun arguments, total facts.",
                "Exit status: 0 when the targets (25/26 alias groups, 0 over-merged, 12/12 core facts, 21/24 "
                        + "facts, 0 boilerplate, 0 pronoun arguments) are met, 1 when not."})
final class EvalSeedsCommand implements Callable<Integer> {

    @Option(names = "--gold", paramLabel = "FILE", defaultValue = "../shared/eval/seeds/gold.tsv",
            description = "Gold file (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(names = "--articles", paramLabel = "DIR", defaultValue = "../shared/mission/seeds",
            description = "The seed articles to ingest (default: ${DEFAULT-VALUE}).")
    Path articles;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Score this existing store instead of ingesting the articles afresh.")
    Path store;

    @Mixin
    IngestOptions options;

    @Override
    public Integer call() throws IOException {
        return EvalGoldCommand.evaluate(gold, articles, store, GoldTargets.SEEDS, options);
    }
}
