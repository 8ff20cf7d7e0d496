package org.newsgraph.cli;

import org.newsgraph.store.DumpLoader;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code newsgraph import}: loads N-Quads or TriG dumps into the store. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Loads N-Quads (.nq) or TriG (.trig) dumps, such as 'newsgraph export' writes, into the "
                + "store, every named graph as it was: to restore a backup, move a graph to another machine, or "
                + "load a graph another triple store exported. Gzipped dumps (.nq.gz, .trig.gz) are read as they are.",
                "Quads are added to what the store holds; to restore a backup exactly, import into an empty store. "
                        + "Triples in a dump's default graph go into a named graph named after the file (its file: IRI), "
                        + "since the store's default graph is the union of its named graphs.",
                "Each file is loaded in one transaction: a file that does not parse changes nothing, and the "
                        + "error names the file, line and column. The other files are still loaded; the exit "
                        + "status is then 1."})
final class ImportCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "DUMP", description = "N-Quads or TriG files (.nq, .trig, optionally .gz).")
    List<Path> dumps;

    @Override
    public Integer call() {
        int failed = 0;
        try (NewsStore s = store.open()) {
            DumpLoader loader = new DumpLoader(s);
            for (Path dump : dumps) {
                try {
                    long quads = loader.load(dump);
                    System.out.println("imported " + dump + ": " + quads + " quads");
                } catch (StoreException e) {
                    System.err.println("newsgraph: not imported: " + e.getMessage());
                    failed++;
                }
            }
        }
        return failed == 0 ? 0 : Newsgraph.SOME_FAILED;
    }
}
