package org.newsgraph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A curation file corrects merging and linking: applied to what is stored by {@code curate}, kept in the store,
 * and applied again by every later ingest.
 */
class CurateCommandTest {

    private static final String CACHE = Path.of("target", "wikidict-cache").toString();
    private static final String TALKS = """
            Talks stall in Vienna

            Kravchenko told reporters in Vienna on Monday that the talks had stalled. The UN said it would
            send observers to the border.
            """;
    private static final String VISIT = """
            Minister visits Kyiv

            Foreign Minister Olena Kravchenko met United Nations envoys in Kyiv on Tuesday. Kravchenko said
            the UN would help.
            """;
    private static final String CONCERT = """
            Concert in Vienna

            The Vienna Philharmonic played in Vienna on Sunday before a full hall.
            """;

    private static List<String> select(String store, String query) {
        Cli.Result r = Cli.run("query", "--store", store, "--format", "csv", "-e", query);
        assertEquals(0, r.status(), r.err());
        return r.out().lines().skip(1).map(String::strip).sorted().toList();
    }

    private static List<String> linksOf(String store, String label) {
        return select(store, "SELECT DISTINCT ?page { ?e <http://www.w3.org/2000/01/rdf-schema#label> \""
                + label + "\" ; <http://www.w3.org/2002/07/owl#sameAs> ?page }");
    }

    private static List<String> entitiesNamed(String store, String name) {
        return select(store, "SELECT DISTINCT ?e { ?e <http://www.w3.org/2000/01/rdf-schema#label>"
                + "|<http://www.w3.org/2004/02/skos/core#altLabel> \"" + name + "\" }");
    }

    @Test
    void curationCorrectsTheStoreAndEveryLaterIngest(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("talks.txt"), TALKS);
        Files.writeString(in.resolve("visit.txt"), VISIT);
        String store = dir.resolve("db").toString();
        assertEquals(0, Cli.run("ingest", "--store", store, "--cache", CACHE, in.toString()).status());
        assertEquals(List.of("http://dbpedia.org/resource/Vienna"), linksOf(store, "Vienna"));
        assertEquals(1, entitiesNamed(store, "UN").size());
        assertEquals(entitiesNamed(store, "UN"),
                entitiesNamed(store, "United Nations"));

        Path curation = Files.writeString(dir.resolve("my-curation.tsv"), """
                # corrections
                nolink\tVienna
                link\tKravchenko\thttps://en.wikipedia.org/wiki/Olena_Kravchenko_(diplomat)
                different\tUN\tUnited Nations
                """);
        Cli.Result curate = Cli.run("curate", "--store", store, "--cache", CACHE, curation.toString());
        assertEquals(0, curate.status(), curate.err());
        assertTrue(curate.out().contains("2 articles"), curate.out());
        assertEquals(List.of(), linksOf(store, "Vienna"));
        assertEquals(List.of("http://dbpedia.org/resource/Olena_Kravchenko_(diplomat)"),
                linksOf(store, "Olena Kravchenko"));
        assertEquals(1, entitiesNamed(store, "UN").size());
        assertTrue(!entitiesNamed(store, "UN").equals(
                entitiesNamed(store, "United Nations")), "split apart");
        assertEquals(0, Cli.run("validate", "--store", store).status());

        Files.writeString(in.resolve("concert.txt"), CONCERT);
        assertEquals(0, Cli.run("ingest", "--store", store, "--cache", CACHE,
                in.resolve("concert.txt").toString()).status());
        assertEquals(List.of(), linksOf(store, "Vienna"), "the store's curation applies to a later ingest");
    }

    @Test
    void aBadCurationFileIsAUsageErrorNamingTheLine(@TempDir Path dir) throws Exception {
        Path curation = Files.writeString(dir.resolve("bad.tsv"), "same\tA\tB\nmerge\tA\tB\n");
        Cli.Result r = Cli.run("curate", "--store", dir.resolve("db").toString(), "--no-link",
                curation.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("bad.tsv:2: unknown directive 'merge'"), r.err());
        Cli.Result none = Cli.run("curate", "--store", dir.resolve("db2").toString(), "--no-link");
        assertEquals(2, none.status());
        assertTrue(none.err().contains("keeps no curation file"), none.err());
    }
}
