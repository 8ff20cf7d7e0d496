package org.newsgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line as a user runs it: help, exit statuses, what goes to stdout and stderr.
 */
class CommandLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String ARTICLE = """
            Dutch police arrest two suspects in Utrecht

            Dutch police arrested two suspects in Utrecht on Monday. The mayor of Utrecht, Sharon Dijksma, \
            praised the officers. She thanked the residents for their patience.
            """;

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "serve", "query", "extract", "delete", "validate", "stats", "import",
            "export", "curate", "mentions", "link", "wikidict", "eval", "bench"})
    void everyCommandExplainsItself(String command) {
        Cli.Result r = Cli.run(command, "--help");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("Usage: newsgraph " + command), r.out());
        assertTrue(r.out().lines().count() > 3, "more than a usage line");
    }

    @Test
    void topLevelHelpListsTheCommands() {
        Cli.Result r = Cli.run("--help");
        assertEquals(0, r.status());
        for (String c : List.of("ingest", "serve", "query", "extract", "delete", "validate", "stats", "import",
                "export", "curate", "mentions", "link", "wikidict", "eval", "bench")) {
            assertTrue(r.out().contains(c), c);
        }
    }

    @Test
    void benchRefusesAWorkFolderOfOtherFilesAndLeavesThemAlone(@TempDir Path dir) throws Exception {
        Path corpus = Files.writeString(dir.resolve("corpus.jsonl"), "{\"text\": \"A short article.\"}\n");
        Path work = Files.createDirectories(dir.resolve("mine"));
        Path mine = Files.writeString(work.resolve("notes.txt"), "keep me");
        Cli.Result r = Cli.run("bench", "--corpus", corpus.toString(), "--work", work.toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("--work " + work + " holds files the benchmark did not write"), r.err());
        assertEquals(1, r.err().lines().count(), "one line, no stack trace:\n" + r.err());
        assertEquals("keep me", Files.readString(mine));
    }

    @Test
    void extractPrintsOneJsonObjectPerFact(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("police.txt"), ARTICLE);
        Cli.Result r = Cli.run("extract", file.toString());
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertFalse(lines.isEmpty(), "no facts printed");
        boolean arrest = false;
        for (String line : lines) {
            JsonNode fact = JSON.readTree(line);
            for (String field : List.of("article", "sentenceIndex", "sentence", "confidence")) {
                assertTrue(fact.has(field), field + " in " + line);
            }
            for (String part : List.of("subject", "relation", "object")) {
                assertTrue(fact.path(part).has("text"), part + ".text in " + line);
            }
            assertTrue(fact.path("relation").has("lemma"));
            String sentence = fact.get("sentence").asText();
            assertTrue(sentence.contains(fact.path("subject").get("text").asText()), line);
            if (fact.path("subject").path("resolved").asBoolean()) {
                assertTrue(fact.path("subject").has("entity") && fact.path("subject").has("label")
                        && fact.path("subject").has("type"), line);
            }
            arrest |= fact.path("relation").path("lemma").asText().equals("arrest")
                    && fact.path("object").path("text").asText().contains("suspects");
        }
        assertTrue(arrest, r.out());
    }

    @Test
    void extractSentencesTreatsEachLineAsADocument(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("s.txt"),
                "Peru recalled its ambassador.\nShe signed the letter.\n");
        Cli.Result r = Cli.run("extract", "--sentences", file.toString());
        assertEquals(0, r.status(), r.err());
        List<JsonNode> facts = r.out().lines().map(CommandLineTest::json).toList();
        assertTrue(facts.stream().anyMatch(f -> f.get("article").asText().endsWith("#1")));
        assertTrue(facts.stream().allMatch(f -> f.get("sentenceIndex").asInt() == 0), "one sentence per document");
        assertTrue(facts.stream().anyMatch(f -> f.path("subject").path("text").asText().equals("She")
                && !f.path("subject").path("resolved").asBoolean()), "an unresolved pronoun is printed, flagged");
    }

    @Test
    void extractSentencesNamesAnUnreadableFileAndGoesOn(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "Chile expelled the envoy.\n");
        Path bad = Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
        Cli.Result r = Cli.run("extract", "--sentences", dir.resolve("missing.txt").toString(), bad.toString(),
                good.toString());
        assertEquals(Newsgraph.SOME_FAILED, r.status());
        assertTrue(r.err().contains("missing.txt: no such file"), r.err());
        assertTrue(r.err().contains("latin1.txt: not valid UTF-8 text"), r.err());
        assertTrue(r.out().contains("expelled"), "the readable file was still read: " + r.out());
    }

    @Test
    void ingestQueryStatsValidateDelete(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("in"));
        Files.writeString(articles.resolve("police.txt"), ARTICLE);
        Files.writeString(articles.resolve("empty.txt"), "");
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Files.write(articles.resolve("noise.txt"), noise);
        String store = dir.resolve("db").toString();

        Cli.Result ingest = Cli.run("ingest", "--store", store, articles.toString());
        assertEquals(Newsgraph.SOME_FAILED, ingest.status(), "bad files make the exit status non-zero");
        assertTrue(ingest.err().contains("empty.txt"), ingest.err());
        assertTrue(ingest.err().contains("noise.txt"), ingest.err());
        assertTrue(ingest.out().startsWith("1 articles,"), ingest.out());

        Cli.Result query = Cli.run("query", "--store", store, "--format", "csv", "-e",
                "SELECT ?id { ?a <https://schema.org/identifier> ?id }");
        assertEquals(0, query.status(), query.err());
        assertEquals(List.of("id", "police.txt"), query.out().lines().map(String::strip).toList());

        Cli.Result stats = Cli.run("stats", "--store", store);
        assertTrue(stats.out().contains("articles\t1"), stats.out());

        Cli.Result validate = Cli.run("validate", "--store", store);
        assertEquals(0, validate.status(), validate.out());

        assertEquals(0, Cli.run("delete", "--store", store, "police.txt").status());
        assertEquals(Newsgraph.SOME_FAILED, Cli.run("delete", "--store", store, "police.txt").status());
        Cli.Result after = Cli.run("stats", "--store", store);
        assertTrue(after.out().contains("articles\t0") && after.out().contains("facts\t0"), after.out());
    }

    @Test
    void aBadQueryIsAUsageError(@TempDir Path dir) {
        Cli.Result r = Cli.run("query", "--store", dir.resolve("db").toString(), "-e", "SELEKT nothing");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("bad query"), r.err());
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line.getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new AssertionError(line, e);
        }
    }
}
