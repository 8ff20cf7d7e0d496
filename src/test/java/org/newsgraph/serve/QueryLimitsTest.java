package org.newsgraph.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.NewsStore;
import org.newsgraph.support.Sparql;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server's limits on one query, over real HTTP on a generated store of a few thousand triples: a query that
 * would run for days is cancelled after {@code --timeout} while other queries go on being answered, and no answer
 * is larger than {@code --max-results}. Only a generous upper bound on the cancelled query's wall time is asserted.
 */
class QueryLimitsTest {

    private static final int TRIPLES = 3000;
    /** The first triples are all about one resource, whose description is larger than the limit. */
    private static final int ABOUT_HUB = 250;
    private static final double TIMEOUT_SECONDS = 3;
    private static final int MAX_RESULTS = 100;

    /** Every triple with every triple with every triple: 2.7 × 10^10 rows to count. */
    private static final String CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";

    @TempDir
    static Path dir;

    private static NewsStore store;
    private static NewsServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void serveAGeneratedGraph() {
        store = NewsStore.open(dir.resolve("db"));
        Txn.executeWrite(store.dataset(), () -> {
            for (int i = 0; i < TRIPLES; i++) {
                store.dataset().asDatasetGraph().add(new Quad(NodeFactory.createURI("urn:test:graph" + i % 10),
                        NodeFactory.createURI(i < ABOUT_HUB ? "urn:test:hub" : "urn:test:s" + i),
                        NodeFactory.createURI("urn:test:p" + i % 7), NodeFactory.createLiteralString("value " + i)));
            }
        });
        server = NewsServer.start(store.dataset().asDatasetGraph(),
                ServerOptions.readOnly(0).withTimeout(TIMEOUT_SECONDS).withMaxResults(MAX_RESULTS));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private HttpResponse<String> query(String query, String accept, String extra)
            throws IOException, InterruptedException {
        String url = server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + extra;
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static long count() {
        return Sparql.select(server.sparqlUrl(), COUNT).get(0).getLiteral("n").getLong();
    }

    @Test
    void aRunawayQueryIsCancelledWhileOthersAreAnswered() throws Exception {
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> runaway = CompletableFuture.supplyAsync(() -> {
            try {
                return query(CROSS_PRODUCT, "application/sparql-results+json", "");
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        int answeredMeanwhile = 0;
        while (!runaway.isDone()) {
            assertEquals(TRIPLES, count(), "a query asked while the runaway one runs");
            if (!runaway.isDone()) {
                answeredMeanwhile++;
            }
            Thread.sleep(100);
        }
        HttpResponse<String> cancelled = runaway.get(60, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(503, cancelled.statusCode(), cancelled.body());
        assertTrue(seconds < 60, "cancelled after " + seconds + " s");
        assertTrue(answeredMeanwhile > 0, "no query was answered while the runaway one ran");
        assertEquals(TRIPLES, count(), "a query asked after the runaway one");
    }

    @Test
    void aClientCannotAskForALongerTimeout() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> cancelled = query(CROSS_PRODUCT, "application/sparql-results+json", "&timeout=3600");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(503, cancelled.statusCode(), cancelled.body());
        assertTrue(seconds < 60, "cancelled after " + seconds + " s");
    }

    @Test
    void aSelectGetsAtMostMaxResultsRowsAndIsToldSo() throws Exception {
        HttpResponse<String> all = query("SELECT * { ?s ?p ?o }", "text/csv", "");
        assertEquals(200, all.statusCode(), all.body());
        assertEquals(MAX_RESULTS, all.body().strip().lines().count() - 1, "rows after the header line");
        assertEquals(String.valueOf(MAX_RESULTS), all.headers().firstValue(ResultLimit.HEADER).orElse(""));

        HttpResponse<String> larger = query("SELECT * { ?s ?p ?o } LIMIT 1000000", "text/csv", "");
        assertEquals(MAX_RESULTS, larger.body().strip().lines().count() - 1);
        assertTrue(larger.headers().firstValue(ResultLimit.HEADER).isPresent());

        HttpResponse<String> smaller = query("SELECT * { ?s ?p ?o } LIMIT 10", "text/csv", "");
        assertEquals(10, smaller.body().strip().lines().count() - 1);
        assertFalse(smaller.headers().firstValue(ResultLimit.HEADER).isPresent(), "its own LIMIT is lower");

        String other = server.url() + NewsServer.DATASET + "/query?query="
                + URLEncoder.encode("SELECT * { ?s ?p ?o }", StandardCharsets.UTF_8);
        HttpResponse<String> viaQuery = http.send(HttpRequest.newBuilder(URI.create(other)).header("Accept", "text/csv")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(MAX_RESULTS, viaQuery.body().strip().lines().count() - 1, "the other query endpoint");

        assertEquals(TRIPLES, count(), "aggregates still see every solution");
        HttpResponse<String> ask = query("ASK { <urn:test:s2999> ?p ?o }", "application/sparql-results+json", "");
        assertTrue(ask.body().contains("true"), ask.body());
    }

    @Test
    void constructAndDescribeGetAtMostMaxResultsTriples() throws Exception {
        Graph construct = graph(query("CONSTRUCT { ?s ?p ?o . ?s <urn:test:copy> ?o } { ?s ?p ?o }",
                "application/n-triples", ""));
        assertEquals(MAX_RESULTS, construct.size(), "two triples from each of half as many solutions");

        HttpResponse<String> describe = query("DESCRIBE ?s { ?s ?p ?o }", "application/n-triples", "");
        assertEquals(MAX_RESULTS, graph(describe).size());
        assertTrue(describe.headers().firstValue(ResultLimit.HEADER).isPresent());

        HttpResponse<String> hub = query("DESCRIBE <urn:test:hub>", "application/n-triples", "");
        assertEquals(MAX_RESULTS, graph(hub).size(), "a description cut short");
        assertTrue(hub.headers().firstValue(ResultLimit.HEADER).isPresent());

        HttpResponse<String> one = query("DESCRIBE <urn:test:s2007>", "application/n-triples", "");
        assertEquals(1, graph(one).size());
        assertFalse(one.headers().firstValue(ResultLimit.HEADER).isPresent(), "nothing was cut");
    }

    private static Graph graph(HttpResponse<String> resp) {
        assertEquals(200, resp.statusCode(), resp.body());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(resp.body(), Lang.NTRIPLES).parse(g);
        return g;
    }
}
