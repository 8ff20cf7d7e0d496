package org.newsgraph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.NewsStore;
import org.newsgraph.support.ExampleGraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code newsgraph bench load} as a user runs it, for two or three seconds: against the example graph's running
 * server, and against a store it serves itself in a new JVM. What it measured is printed, never asserted beyond
 * there being requests and no errors.
 */
class BenchLoadCommandTest {

    @Test
    void loadsTheExampleGraphWithTwoClients() throws IOException {
        String url = ExampleGraph.get().server().sparqlUrl();
        Cli.Result r = Cli.run("bench", "load", "--url", url, "--clients", "2", "--seconds", "3");
        System.out.println(r.out());
        assertEquals(0, r.status(), r.out() + r.err());
        Map<String, String> rows = rows(r.out());
        assertTrue(Long.parseLong(rows.get("requests").split(" ")[0]) > 0, rows.get("requests"));
        assertTrue(Double.parseDouble(rows.get("requests/s")) > 0, rows.get("requests/s"));
        assertEquals("2", rows.get("clients"));
        assertEquals("0", rows.get("errors"));
        assertEquals("yes", rows.get("answers afterwards"));
        assertTrue(rows.get("latency, all queries").matches("p50 \\d+ ms, p99 \\d+ ms \\(\\d+ answers\\)"),
                rows.get("latency, all queries"));
        for (String query : localQueries()) {
            assertTrue(rows.containsKey("latency, " + query), query + " in " + rows.keySet());
        }
    }

    @Test
    void servesAStoreInANewJvmAndStopsIt(@TempDir Path dir) {
        Path db = dir.resolve("db");
        NewsStore.open(db).close();
        Cli.Result r = Cli.run("bench", "load", "--store", db.toString(), "--clients", "1", "--seconds", "2");
        System.out.println(r.out());
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.err().contains("serve answers after"), r.err());
        assertEquals("0", rows(r.out()).get("errors"));
        // The server was stopped: TDB2 lets a store be opened by one process at a time.
        NewsStore.open(db).close();
    }

    @Test
    void needsAStoreOrAUrlButNotBoth() {
        assertEquals(2, Cli.run("bench", "load").status());
        Cli.Result both = Cli.run("bench", "load", "--store", "x", "--url", "http://localhost:1/newsgraph/sparql");
        assertEquals(2, both.status());
        assertTrue(both.err().contains("--store") && both.err().contains("--url"), both.err());
        assertEquals(2, Cli.run("bench", "load", "--url", "http://localhost:1/", "--clients", "0").status());
        assertTrue(Cli.run("bench", "load", "--help").out().contains("--clients"));
        assertTrue(Cli.run("bench", "--help").out().contains("load"));
    }

    /** The queries of queries/ the load asks: those that need no other endpoint. */
    private static List<String> localQueries() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            return files.filter(f -> f.toString().endsWith(".rq")).filter(f -> {
                try {
                    return !Files.readString(f).contains("SERVICE");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** The Markdown table's rows: figure to measured value. */
    private static Map<String, String> rows(String markdown) {
        Map<String, String> rows = new LinkedHashMap<>();
        markdown.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| figure")).forEach(l -> {
            String[] cells = l.split("\\|");
            rows.put(cells[1].strip(), cells[2].strip());
        });
        return rows;
    }
}
