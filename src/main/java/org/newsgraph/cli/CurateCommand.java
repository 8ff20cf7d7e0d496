package org.newsgraph.cli;

import org.apache.jena.graph.Node;
import org.newsgraph.canon.Curation;
import org.newsgraph.pipeline.IngestSummary;
import org.newsgraph.pipeline.Ingestion;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code newsgraph curate}: applies the user's corrections to merging and linking to what is stored. */
@Command(name = "curate", mixinStandardHelpOptions = true,
        description = {"Applies a curation file to the whole store: keeps it in the store (as "
                + NewsStore.CURATION_FILE + ", so every later ingest applies it too) and processes again, from "
                + "their stored text, the articles that mention an entity it names (or that the store's previous "
                + "curation named).",
                "A curation file is tab-separated, one directive per line; # starts a comment:",
                "  same<TAB>A<TAB>B        A and B are one entity",
                "  different<TAB>A<TAB>B   A and B are never merged",
                "  link<TAB>A<TAB>PAGE     A is this Wikipedia page (title, Wikipedia URL or DBpedia IRI)",
                "  nolink<TAB>A            A is linked to no page",
                "Names match whatever the case, accents or a leading \"the\".",
                "Without FILE, applies the curation the store already keeps (after you edited it).",
                "Exit status: 0 when done, 1 when some article failed, 2 for a bad curation file."})
final class CurateCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The curation file (TSV).")
    Path file;

    @Mixin
    IngestOptions options;

    @Override
    public Integer call() {
        try (NewsStore s = store.open()) {
            if (file == null && !Files.exists(s.curationFile())) {
                System.err.println("newsgraph: the store " + s.dir() + " keeps no curation file; give one: "
                        + "newsgraph curate FILE");
                return 2;
            }
            Curation previous = Files.exists(s.curationFile()) ? options.readCuration(s.curationFile())
                    : Curation.NONE;
            if (file != null) {
                options.curationFile = file;
            }
            Curation current = options.curation(s);
            Ingestion ingestion = options.ingestion(s, options.processor(s, current));
            Set<Node> concerned = new LinkedHashSet<>();
            for (NewsStore.StoredEntity e : s.entities()) {
                if (current.concerns(e.names()) || previous.concerns(e.names())) {
                    concerned.add(e.iri());
                }
            }
            List<String> ids = s.articlesMentioning(concerned);
            IngestSummary summary = ingestion.reprocess(ids);
            System.out.println("curation " + s.curationFile() + ": " + concerned.size()
                    + " entities concerned; processed again: " + summary.line());
            return summary.failures() == 0 ? 0 : Newsgraph.SOME_FAILED;
        }
    }
}
