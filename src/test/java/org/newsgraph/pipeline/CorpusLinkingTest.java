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

    private static final String SPELLED_ONE_WAY = """
            Fighting near Kobani

            Kurdish fighters pushed Islamic State militants out of villages west of Kobani on Monday, the Syrian
            Observatory for Human Rights said. Turkey kept its border crossing near the town closed.
            """;
    private static final String SPELLED_ANOTHER = """
            Aid reaches Kobane

            Turkey opened a border crossing so that aid could reach Kobane, the Syrian Observatory for Human
            Rights said on Thursday. Islamic State fighters had besieged the town for weeks.
            """;
    private static final String ELSEWHERE = """
            Festival opens in Kobane

            The mayor of Kobane opened the harvest festival on Saturday. Farmers from Clearwater County
            brought apples and cider to the fair.
            """;

    @Test
    void spellingVariantsWithSharedContextAreOneEntityInEitherOrder(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), SPELLED_ONE_WAY);
        Path b = Files.writeString(dir.resolve("b.txt"), SPELLED_ANOTHER);
        Set<String> oneFirst = ingest(dir.resolve("db1"), a, b);
        Set<String> otherFirst = ingest(dir.resolve("db2"), b, a);
        assertEquals(oneFirst, otherFirst, "the order of ingest changed the entities");
        long towns = oneFirst.stream().filter(e -> e.matches(".*/entity/koban[ei]")).count();
        assertEquals(1, towns, oneFirst.toString());
    }

    @Test
    void aSpellingVariantInAnotherContextStaysApart(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), SPELLED_ONE_WAY);
        Path c = Files.writeString(dir.resolve("c.txt"), ELSEWHERE);
        Set<String> entities = ingest(dir.resolve("db"), a, c);
        assertEquals(2, entities.stream().filter(e -> e.matches(".*/entity/koban[ei]")).count(),
                entities.toString());
    }

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
