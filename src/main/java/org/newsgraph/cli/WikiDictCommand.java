package org.newsgraph.cli;

import org.newsgraph.link.WikiDict;
import org.newsgraph.link.WikiDicts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code newsgraph wikidict}: builds, measures and queries the Wikipedia dictionary index. */
@Command(name = "wikidict", mixinStandardHelpOptions = true,
        description = {"Builds the compact index of CoreNLP's Wikipedia dictionary (wikidict.tab.gz, from the "
                + "models-english-kbp jar) if it is not in the cache yet, opens it, prints how long each took and the "
                + "heap in use, then looks up each NAME given (exact strings).",
                "Example: newsgraph wikidict 'Sergei Lavrov' YPG Jarablus"})
final class WikiDictCommand implements Callable<Integer> {

    @Option(names = "--cache", paramLabel = "DIR", description = "Cache folder (default: $XDG_CACHE_HOME/newsgraph "
            + "or ~/.cache/newsgraph).")
    Path cache;

    @Option(names = "--rebuild", description = "Build the index again even if the cache has it.")
    boolean rebuild;

    @Parameters(arity = "0..*", paramLabel = "NAME", description = "Strings to look up.")
    List<String> names = List.of();

    @Override
    public Integer call() throws IOException {
        Path dir = cache != null ? cache : WikiDicts.defaultCache();
        if (rebuild) {
            long t = System.nanoTime();
            WikiDicts.build(dir);
            System.out.printf(Locale.ROOT, "built\t%.1f s%n", (System.nanoTime() - t) / 1e9);
            System.gc();
        }
        long t = System.nanoTime();
        try (WikiDict dict = WikiDicts.openOrBuild(dir)) {
            System.out.printf(Locale.ROOT, "ready\t%.2f s (%s strings, %s)%n", (System.nanoTime() - t) / 1e9,
                    dict.size(), dir);
            for (String name : names) {
                System.out.println(name + "\t" + dict.lookup(name).map(e -> e.page() + "\t" + e.score())
                        .orElse("-"));
            }
            System.gc();
            Runtime rt = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "heap\t%d MB in use after GC%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
        }
        return 0;
    }
}
