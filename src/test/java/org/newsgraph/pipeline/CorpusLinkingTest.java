package org.newsgraph.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.store.NewsStore;
import org.newsgraph.support.ExampleGraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Entities named differently in different articles get one IRI, whichever article comes first.
 */
class CorpusLinkingTest {

    private static final String SHORT = """
            Talks stall in Vienna

            Kravchenko told reporters in Vienna on Monday that the talks had stalled. The OSCE said it would
            send observers to the border.
            """;
    private static final String FULL = """
            Minister visits Kyiv

            Foreign Minister Olena Kravchenko met the Organization for Security and Co-operation in Europe
            delegation in Kyiv on Tuesday. Kravchenko said the Organization for Security and Co-operation in
            Europe would help.
            """;

    @Test
    void namesMeetAcrossArticlesInEitherOrder(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), SHORT);
        Path b = Files.writeString(dir.resolve("b.txt"), FULL);
        Set<String> shortFirst = ingest(dir.resolve("db1"), a, b);
        Set<String> fullFirst = ingest(dir.resolve("db2"), b, a);
        assertEquals(shortFirst, fullFirst, "the order of ingest changed the entities");
        assertTrue(shortFirst.stream().anyMatch(e -> e.endsWith("/entity/olena_kravchenko")), shortFirst.toString());
        assertTrue(shortFirst.stream().noneMatch(e -> e.endsWith("/entity/kravchenko")), shortFirst.toString());
    }

    private static Set<String> ingest(Path db, Path first, Path second) {
        try (NewsStore store = NewsStore.open(db)) {
            Ingestion ingestion = new Ingestion(store, ExampleGraph.processor(), p -> {
                throw new AssertionError(p);
            });
            ingestion.run(ArticleSource.of(List.of(first.toString())), Ingestion.Progress.NONE);
            ingestion.run(ArticleSource.of(List.of(second.toString())), Ingestion.Progress.NONE);
            return store.entities().stream().map(e -> e.iri().getURI())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
