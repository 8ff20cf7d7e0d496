package org.newsgraph.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.support.ExampleGraph;
import org.newsgraph.support.Sparql;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example store's IRIs resolve on a real server: HTML, Turtle, JSON-LD and N-Triples by the Accept header,
 * 404 for what the store does not hold, and nothing a client sends is echoed or followed outside the store.
 */
class ResourcePagesTest {

    private static final String SENTENCE_OF_FACT = "?f a ng:Fact ; ng:sentence/ng:text ?text ; "
            + "prov:wasDerivedFrom ?article ; rdf:subject ?s ; rdf:object ?o .";

    private static NewsServer server;
    private static Node entity;
    private static String entityLabel;
    private static Node article;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void findAnEntityAndAnArticleWithFacts() {
        // ExampleGraph's IRIs are under the default base, and its server on a free port answers for that base's
        // path: the request path is mapped back onto the base whatever the port.
        server = ExampleGraph.get().server();
        List<QuerySolution> rows = Sparql.select(server.sparqlUrl(), Sparql.PREFIXES
                + "SELECT ?e ?label ?article (COUNT(?f) AS ?n) { ?e a ng:Entity ; rdfs:label ?label . "
                + SENTENCE_OF_FACT + " FILTER(?s = ?e || ?o = ?e) } GROUP BY ?e ?label ?article "
                + "ORDER BY DESC(?n) ?e LIMIT 1");
        assertFalse(rows.isEmpty(), "the examples hold an entity with facts");
        entity = rows.get(0).getResource("e").asNode();
        entityLabel = rows.get(0).getLiteral("label").getLexicalForm();
        article = rows.get(0).getResource("article").asNode();
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)));
        if (accept != null) {
            req.header("Accept", accept);
        }
        return http.send(req.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String pathOf(Node iri) {
        return URI.create(iri.getURI()).getRawPath();
    }

    private Graph fetch(Node iri, String accept, Lang lang) throws Exception {
        HttpResponse<String> resp = get(pathOf(iri), accept);
        assertEquals(200, resp.statusCode(), resp.body());
        assertTrue(resp.headers().firstValue("Content-Type").orElse("").startsWith(accept), resp.headers().toString());
        assertEquals("Accept", resp.headers().firstValue("Vary").orElse(""));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(resp.body(), lang).base(iri.getURI()).parse(g);
        return g;
    }

    private static boolean hasFactWithSentence(Graph g, Node about, Node link) {
        return g.find(Node.ANY, link, about).toList().stream().map(t -> t.getSubject())
                .filter(f -> g.contains(f, RDF.type.asNode(), NG.Fact))
                .flatMap(f -> g.find(f, NG.sentence, Node.ANY).toList().stream())
                .anyMatch(s -> g.find(s.getObject(), NG.text, Node.ANY).hasNext());
    }

    @Test
    void anEntityIriAnswersTurtleJsonLdAndNTriples() throws Exception {
        Graph turtle = fetch(entity, "text/turtle", Lang.TURTLE);
        assertTrue(turtle.contains(entity, RDFS.label.asNode(), NodeFactory.createLiteralString(entityLabel)));
        assertTrue(hasFactWithSentence(turtle, entity, RDF.subject.asNode())
                || hasFactWithSentence(turtle, entity, RDF.object.asNode()), "a fact with its sentence");

        Graph jsonld = fetch(entity, "application/ld+json", Lang.JSONLD);
        assertTrue(jsonld.isIsomorphicWith(turtle), "JSON-LD says what Turtle says");
        Graph ntriples = fetch(entity, "application/n-triples", Lang.NTRIPLES);
        assertTrue(ntriples.isIsomorphicWith(turtle), "N-Triples says what Turtle says");
    }

    @Test
    void anEntityIriAnswersHtmlToABrowser() throws Exception {
        HttpResponse<String> resp = get(pathOf(entity), "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, resp.statusCode());
        Document page = Jsoup.parse(resp.body());
        assertEquals(entityLabel, page.selectFirst("h1").text());
        assertFalse(page.select("blockquote").isEmpty(), "the facts' sentences");
        assertFalse(page.select("a[href=" + pathOf(article) + "]").isEmpty(), "links the article to its page");
        assertEquals("/graph?entity=" + URLEncoder.encode(entity.getURI(), StandardCharsets.UTF_8),
                page.select("a:contains(Show in the graph)").attr("href"), "links the graph view of the entity");
        assertTrue(get(pathOf(entity), null).body().contains("<h1>"), "HTML without an Accept header");
        assertTrue(get(pathOf(entity), "*/*").headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }

    @Test
    void anArticleIriAnswersItsHeadlineAndFacts() throws Exception {
        Graph turtle = fetch(article, "text/turtle", Lang.TURTLE);
        assertTrue(turtle.contains(article, RDF.type.asNode(), NG.Article));
        assertTrue(hasFactWithSentence(turtle, article, NG.provWasDerivedFrom), "its facts with their sentences");
        assertTrue(turtle.contains(article, NG.schemaMentions, entity), "the entities it mentions");

        HttpResponse<String> html = get(pathOf(article), "text/html");
        assertEquals(200, html.statusCode());
        Document page = Jsoup.parse(html.body());
        assertFalse(page.select("a[href=" + pathOf(entity) + "]").isEmpty(), "links the entity to its page");
    }

    @Test
    void unknownAndHostilePathsAreRefusedWithoutEchoes() throws Exception {
        assertEquals(404, get("/id/entity/No_such_entity_in_the_examples", "text/turtle").statusCode());
        assertEquals(404, get("/id/nonsense/x", null).statusCode());
        for (String path : List.of("/id/entity/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/id/entity/%3Cscript%3E",
                "/id/../../etc/passwd", "/id/entity/..%2F..%2Fetc%2Fpasswd")) {
            HttpResponse<String> resp = get(path, "text/html");
            assertTrue(resp.statusCode() == 404 || resp.statusCode() == 400, path + " answered " + resp.statusCode());
            assertFalse(resp.body().contains("<script"), resp.body());
            assertFalse(resp.body().contains("root:") || resp.body().contains("Exception"), resp.body());
        }
    }

    /** Paths a client can send through a normal HTTP library: encoded dots, slashes, NUL and markup. */
    private static final List<String> HOSTILE_ENCODED = List.of(
            "/id/%2e%2e/%2e%2e/etc/passwd", "/id/%2E%2E/%2E%2E/%2E%2E/etc/passwd", "/id/..%2f..%2fetc%2fpasswd",
            "/id/entity/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/id/entity/%00", "/id/entity/a%00b",
            "/id/entity/..%00/etc/passwd", "/id/entity/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "/id/article/%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
            "/webjars/%2e%2e/%2e%2e/etc/passwd", "/webjars/cytoscape/%2e%2e/%2e%2e/%2e%2e/META-INF/MANIFEST.MF",
            "/webjars/cytoscape/..%2f..%2f..%2fMETA-INF%2fMANIFEST.MF", "/webjars/cytoscape/dist/%00.js",
            "/webjars/cytoscape/dist/cytoscape.min.js%00.class", "/webjars/%3Cscript%3Ealert(1)%3C%2Fscript%3E.js",
            "/graph.js/..%2f..%2fetc%2fpasswd", "/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "/newsgraph/%3Cscript%3Ealert(1)%3C%2Fscript%3E");

    /** Request targets as they are, sent on a raw socket: what a hand-written request can carry. */
    private static final List<String> HOSTILE_RAW = List.of(
            "/id/../../etc/passwd", "/id/entity/../../../../etc/passwd", "/webjars/../../../../etc/passwd",
            "/webjars/cytoscape/../../../../../etc/passwd", "/id/entity/<script>alert(1)</script>",
            "/<script>alert(1)</script>", "/id/entity/%zz", "/webjars/cytoscape/dist/x.js\u0000");

    @Test
    void traversalNulAndMarkupInThePathLeakNothingAndEchoNothing() throws Exception {
        for (String path : HOSTILE_ENCODED) {
            HttpResponse<String> resp = get(path, "text/html");
            assertRefusedWithoutLeak(path, resp.statusCode(), resp.headers().firstValue("Content-Type").orElse(""),
                    resp.body());
        }
        for (String target : HOSTILE_RAW) {
            String[] resp = raw(target);
            assertRefusedWithoutLeak(target, Integer.parseInt(resp[0]), resp[1], resp[2]);
        }
    }

    private static void assertRefusedWithoutLeak(String path, int status, String contentType, String body) {
        assertTrue(status == 400 || status == 404, path + " answered " + status + ": " + body);
        assertFalse(body.contains("root:") || body.contains("Manifest-Version") || body.contains("Exception"),
                path + " leaked: " + body);
        assertFalse(body.toLowerCase(Locale.ROOT).contains("<script")
                || body.toLowerCase(Locale.ROOT).contains("<img"), path + " echoed markup: " + body);
        assertFalse(contentType.isEmpty() && !body.isEmpty(), path + " without a Content-Type");
    }

    @Test
    void theGraphPageIsTheSameWhateverEntityTheAddressNames() throws Exception {
        String page = get("/graph", null).body();
        for (String entity : List.of("%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%22%3E%3Cimg%20src%3Dx%20onerror%3D1%3E",
                "javascript%3Aalert(1)", "..%2F..%2Fetc%2Fpasswd")) {
            HttpResponse<String> resp = get("/graph?entity=" + entity, null);
            assertEquals(200, resp.statusCode());
            assertEquals(page, resp.body(), "a static page: the script reads the entity, as text");
        }
        String[] raw = raw("/graph?entity=<script>alert(1)</script>");
        assertEquals(page, raw[2]);
    }

    /**
     * Sends {@code GET target HTTP/1.1} as it is on a socket and returns the status code, Content-Type and body.
     * An HTTP library would refuse or encode such targets; a hand-written request need not.
     */
    private static String[] raw(String target) throws IOException {
        try (Socket socket = new Socket("localhost", server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            // ISO-8859-1 keeps one char per byte, so chunk sizes (in bytes) can be counted on the string.
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            int end = response.indexOf("\r\n\r\n");
            String head = end < 0 ? response : response.substring(0, end);
            String body = end < 0 ? "" : response.substring(end + 4);
            if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
                body = unchunk(body);
            }
            String type = head.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith("content-type:"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("");
            return new String[] {head.split(" ")[1], type,
                    new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8)};
        }
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].strip(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }

    @Test
    void thePageEscapesWhatTheArticlesSay() {
        Iris iris = Iris.standard();
        Node e = iris.entity("Evil");
        Graph g = GraphFactory.createDefaultGraph();
        g.add(e, RDFS.label.asNode(), NodeFactory.createLiteralString("<script>alert(1)</script>"));
        g.add(e, NG.skosAltLabel, NodeFactory.createLiteralString("\"><img src=x onerror=alert(1)>"));
        g.add(e, OWL.sameAs.asNode(), NodeFactory.createURI("javascript:alert(1)"));
        String html = new ResourceHtml(Iris.DEFAULT_BASE, "/id/").page(e, g);
        Document page = Jsoup.parse(html);
        assertTrue(page.select("script, img").isEmpty(), html);
        assertTrue(page.select("a[href^=javascript]").isEmpty(), html);
        assertEquals("<script>alert(1)</script>", page.selectFirst("h1").text());
    }

    @Test
    void mapsAnySpellingOfAPathOntoTheStoredIri() {
        ResourcePages pages = new ResourcePages(DatasetGraphFactory.create(), Iris.DEFAULT_BASE);
        Iris iris = Iris.standard();
        assertEquals(Optional.of(iris.entity("São Paulo")), pages.iriOf("/id/entity/S%c3%a3o_Paulo"));
        assertEquals(Optional.of(iris.article("a+b")), pages.iriOf("/id/article/a+b"));
        assertEquals(Optional.empty(), pages.iriOf("/id/entity/a/b"));
        assertEquals(Optional.empty(), pages.iriOf("/other/entity/a"));
        assertThrows(IllegalArgumentException.class, () -> pages.iriOf("/id/article/%zz"));
    }

    @Test
    void servesUnderTheBasePathOnly() {
        assertEquals(Optional.of("/id/*"), ResourcePages.pathSpec(Iris.DEFAULT_BASE));
        assertEquals(Optional.of("/kg/id/*"), ResourcePages.pathSpec("https://news.example.org/kg/id/"));
        assertEquals(Optional.empty(), ResourcePages.pathSpec("https://news.example.org/ns#"));
        assertEquals(Optional.empty(), ResourcePages.pathSpec("https://news.example.org/"));
    }
}
