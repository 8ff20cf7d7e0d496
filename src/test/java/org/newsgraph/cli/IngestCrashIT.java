package org.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.io.file.PathUtils;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Shapes;
import org.newsgraph.store.NewsStore;
import org.newsgraph.support.SharedData;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An ingest killed with SIGKILL halfway loses nothing it committed and leaves nothing half-written: the store opens,
 * validates, holds only whole articles, and a second ingest completes it to exactly what one uninterrupted ingest
 * stores. Runs the packaged jar as a child JVM, as a user would.
 */
class IngestCrashIT {

    private static final Path JAR = Path.of("target", "newsgraph.jar");
    private static final int ARTICLES = 24;

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void aKilledIngestLeavesWholeArticlesAndASecondIngestStoresEachExactlyOnce(@TempDir Path dir) throws Exception {
        Path corpus = corpus(dir.resolve("corpus.jsonl"));
        Path store = dir.resolve("store");

        Process first = ingest(store, corpus, dir.resolve("first.log"));
        Path annotations = store.resolve(NewsStore.ANNOTATIONS);
        while (first.isAlive() && cachedAnnotations(annotations) < ARTICLES / 2) {
            Thread.sleep(100);
        }
        assertTrue(first.isAlive(), "the ingest ended before it could be killed:\n" + Files.readString(
                dir.resolve("first.log")));
        first.destroyForcibly();
        first.waitFor(60, TimeUnit.SECONDS);
        assertEquals(137, first.exitValue(), "killed by SIGKILL");

        int storedBeforeKill;
        try (NewsStore s = NewsStore.open(store)) {
            storedBeforeKill = s.articleIds().size();
            assertTrue(storedBeforeKill > 0 && storedBeforeKill < ARTICLES,
                    "killed halfway: " + storedBeforeKill + " of " + ARTICLES + " stored");
            assertEquals(storedBeforeKill, count(s, "SELECT (COUNT(DISTINCT ?a) AS ?n) { GRAPH ?g { ?a <"
                    + NG.inputDigest.getURI() + "> ?d } }"), "every stored article carries its digest, "
                    + "written in the same transaction as the rest of its graph");
            assertConforms(s);
        }

        Process second = ingest(store, corpus, dir.resolve("second.log"));
        assertTrue(second.waitFor(15, TimeUnit.MINUTES));
        String secondLog = Files.readString(dir.resolve("second.log"));
        assertEquals(0, second.exitValue(), secondLog);
        assertTrue(secondLog.contains((ARTICLES - storedBeforeKill) + " articles")
                        && secondLog.contains(storedBeforeKill + " unchanged and left alone"),
                "the articles stored before the kill are whole, so they are left alone:\n" + secondLog);

        Path reference = dir.resolve("reference");
        Files.createDirectories(reference);
        PathUtils.copyDirectory(annotations, reference.resolve(NewsStore.ANNOTATIONS));
        Process once = ingest(reference, corpus, dir.resolve("reference.log"));
        assertTrue(once.waitFor(15, TimeUnit.MINUTES));
        assertEquals(0, once.exitValue(), Files.readString(dir.resolve("reference.log")));

        try (NewsStore s = NewsStore.open(store); NewsStore r = NewsStore.open(reference)) {
            assertEquals(ARTICLES, s.articleIds().size());
            assertEquals(ARTICLES, count(s, "SELECT (COUNT(?g) AS ?n) { GRAPH ?g { ?a a <"
                    + NG.Article.getURI() + "> } }"), "one graph per article");
            assertConforms(s);
            assertEquals(dump(r), dump(s), "killed and resumed stores exactly what one run stores");
        }
    }

    /** The first articles of the shared Reuters sample that are short enough to keep the test quick. */
    private static Path corpus(Path file) throws IOException {
        Path sample = SharedData.require("eval/news/reuters21578.sample2000.jsonl");
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        try (Stream<String> all = Files.lines(sample)) {
            for (String line : (Iterable<String>) all::iterator) {
                int length = json.readTree(line).path("text").asText().length();
                if (length > 200 && length < 1000 && lines.size() < ARTICLES) {
                    lines.add(line);
                }
            }
        }
        return Files.write(file, lines);
    }

    private static Process ingest(Path store, Path corpus, Path log) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g",
                "-jar", JAR.toString(), "ingest", "--store", store.toString(), "--no-link", "--threads", "1",
                corpus.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static long cachedAnnotations(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".tmp")).count();
        }
    }

    private static long count(NewsStore store, String select) {
        Dataset d = store.dataset();
        return Txn.calculateRead(d, () -> {
            try (QueryExecution q = QueryExecution.dataset(d).query(select).build()) {
                return q.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private static void assertConforms(NewsStore store) {
        ValidationReport report = Txn.calculateRead(store.dataset(),
                () -> Shapes.validate(store.dataset().asDatasetGraph().getUnionGraph()));
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }

    private static List<String> dump(NewsStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(store.dataset(), () -> RDFDataMgr.write(out, store.dataset(), Lang.NQUADS));
        return Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\n")).sorted().toList();
    }
}
