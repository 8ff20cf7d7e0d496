package org.newsgraph.serve;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.EntityGraph;
import org.newsgraph.export.EntityGraphReader;
import org.newsgraph.export.NodeChoice;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.NewsStore;
import org.newsgraph.support.ExampleGraph;
import org.newsgraph.support.ExternalTool;
import org.newsgraph.support.Sparql;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code /graph} page on a real server over the example store: the page, its script and Cytoscape.js (from
 * the WebJar) are served, and headless Chromium draws, for each choice of nodes, as many nodes and edges as
 * {@code export} writes (its reader is asked here: the page may not use it, so its queries are its own), and for
 * entities alone one node per entity of the corpus graph. The screenshot of the default picture goes to
 * {@code target/graph.png}; with {@code -Dnewsgraph.docs=true} also to {@code docs/graph.png}, the README's
 * picture (only then, so a normal build leaves tracked files alone).
 */
class GraphPageTest {

    /** Counts the nodes as the page's NODES query does: the entities of the corpus graph. */
    private static final String ENTITY_COUNT = Sparql.PREFIXES
            + "SELECT (COUNT(DISTINCT ?e) AS ?n) { GRAPH <urn:newsgraph:graph:corpus> { ?e a ng:Entity } }";

    private static NewsServer server;
    private static int entities;
    private static Map<NodeChoice, EntityGraph> exported;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void countEntities() {
        server = ExampleGraph.get().server();
        entities = Sparql.select(server.sparqlUrl(), ENTITY_COUNT).get(0).getLiteral("n").getInt();
        assertTrue(entities > 0, "the examples hold entities");
        EntityGraphReader reader = new EntityGraphReader(ExampleGraph.get().store().dataset());
        exported = new EnumMap<>(NodeChoice.class);
        for (NodeChoice c : NodeChoice.values()) {
            exported.put(c, reader.read(c));
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pageLoadsCytoscapeFromTheWebJarAndItsOwnScript() throws Exception {
        HttpResponse<String> page = get("graph");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        Document html = Jsoup.parse(page.body());
        List<String> scripts = html.select("script[src]").eachAttr("src");
        assertEquals(List.of("/webjars/cytoscape/dist/cytoscape.min.js", "/graph.js"), scripts);
        for (String src : scripts) {
            HttpResponse<String> js = get(src.substring(1));
            assertEquals(200, js.statusCode(), src);
            assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"), src);
        }
        assertTrue(get("graph.js").body().contains("/newsgraph/sparql"), "the page reads the SPARQL endpoint");
    }

    @Test
    void webJarAnswersWithAndWithoutItsVersionAndNothingOutsideIt() throws Exception {
        String version = WebJars.version("cytoscape").orElseThrow();
        HttpResponse<String> versioned = get("webjars/cytoscape/" + version + "/dist/cytoscape.min.js");
        assertEquals(200, versioned.statusCode());
        assertTrue(versioned.body().contains("cytoscape"));
        for (String bad : List.of("webjars/cytoscape/../../maven/org.webjars.npm/cytoscape/pom.properties",
                "webjars/cytoscape/%2e%2e/%2e%2e/x.js", "webjars/cytoscape/dist/nothing.js",
                "webjars/cytoscape/dist/cytoscape.min.class")) {
            assertTrue(get(bad).statusCode() >= 400, bad);
        }
    }

    @Test
    void indexLinksToTheGraph() throws Exception {
        assertTrue(Jsoup.parse(get("").body()).select("a[href=/graph]").size() == 1);
    }

    @Test
    void chromiumDrawsTheExportsPictureForEachChoiceOfNodes(@TempDir Path profile) throws Exception {
        String chromium = ExternalTool.chromium();
        Document drawn = drawn(server.graphUrl(), profile);
        EntityGraph all = exported.get(NodeChoice.ALL);
        assertEquals(all.nodes().size() + " " + all.edges().size(), size(drawn),
                "the default picture, drawn by Chromium vs written by export; status: "
                        + drawn.select("#status").text());
        assertTrue(all.edges().size() >= 40, "the stories are in the picture: " + all.edges().size() + " edges");
        long concepts = all.nodes().stream().filter(n -> n.type().equals("Concept")).count();
        assertTrue(drawn.select("#status").text().contains(concepts + " concepts"), drawn.select("#status").text());
        for (NodeChoice c : NodeChoice.values()) {
            Document page = drawn(server.graphUrl() + "?nodes=" + c.choiceName(), profile);
            EntityGraph g = exported.get(c);
            assertEquals(g.nodes().size() + " " + g.edges().size(), size(page), c + ": drawn vs exported; status: "
                    + page.select("#status").text());
            assertEquals(List.of(c.choiceName()), page.select("#nodes option[selected]").eachAttr("value"),
                    "the select box shows the choice");
            if (c == NodeChoice.ENTITIES) {
                assertEquals(Integer.toString(entities), page.body().attr("data-nodes"),
                        "entities alone: one node per entity counted with SPARQL");
            }
        }

        Path png = Path.of("target", "graph.png").toAbsolutePath();
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);
        ExternalTool.Result shot = ExternalTool.run(chromium(chromium, profile, server.graphUrl(),
                "--screenshot=" + png, "--window-size=1400,1000"));
        assertEquals(0, shot.status(), shot.err());
        assertTrue(Files.size(png) > 10_000, "a screenshot with something drawn in it");
        if (Boolean.getBoolean("newsgraph.docs")) {
            Files.createDirectories(Path.of("docs"));
            Files.copy(png, Path.of("docs", "graph.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The nodes and edges the page says it drew. */
    private static String size(Document drawn) {
        return drawn.body().attr("data-nodes") + " " + drawn.body().attr("data-edges");
    }

    @Test
    void anUnknownChoiceOfNodesIsSaidAsText(@TempDir Path profile) {
        String markup = "<img src=x onerror=\"document.body.dataset.pwned='nodes'\">";
        ExternalTool.Result dom = ExternalTool.run(chromium(ExternalTool.chromium(), profile, server.graphUrl()
                + "?nodes=" + URLEncoder.encode(markup, StandardCharsets.UTF_8), "--dump-dom"));
        assertEquals(0, dom.status(), dom.err());
        Document page = Jsoup.parse(dom.out());
        assertTrue(page.selectFirst("#status").text().contains("unknown nodes choice \"" + markup + "\""),
                page.selectFirst("#status").text());
        assertNothingRan(page);
    }

    @Test
    void chromiumListsTheFactsOfTheEntityNamedInTheAddress(@TempDir Path profile) throws Exception {
        QuerySolution busiest = Sparql.select(server.sparqlUrl(), Sparql.PREFIXES + """
                SELECT ?e (COUNT(DISTINCT ?f) AS ?n) {
                  GRAPH <urn:newsgraph:graph:corpus> { ?e a ng:Entity }
                  ?f a ng:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?a .
                  FILTER(?s = ?e || ?o = ?e)
                } GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1""").get(0);
        String iri = busiest.getResource("e").getURI();
        String url = server.graphUrl() + "?entity=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
        ExternalTool.Result dom = ExternalTool.run(chromium(ExternalTool.chromium(), profile, url, "--dump-dom"));
        assertEquals(0, dom.status(), dom.err());
        Document drawn = Jsoup.parse(dom.out());
        assertEquals("", drawn.body().attr("data-error"), "the page reported an error");
        Elements facts = drawn.select("#panel-facts > li");
        assertEquals(Math.min(500, busiest.getLiteral("n").getInt()), facts.size(), drawn.select("#panel").text());
        assertTrue(facts.stream().allMatch(li -> !li.select(".fact").text().isBlank() && !li.select("a").isEmpty()),
                "each fact says what it is and links its article");
        assertFalse(drawn.select("#panel-facts .sentence").isEmpty(), "the facts' sentences");
    }

    @Test
    void chromiumShowsHostileLabelsAndAddressesAsText(@TempDir Path dir) throws Exception {
        String label = "<img src=x onerror=\"document.body.dataset.pwned='label'\">";
        String sentence = "<script>document.body.dataset.pwned='sentence'</script> said so.";
        String relation = "<b onmouseover=\"document.body.dataset.pwned='relation'\">attacked</b>";
        Iris iris = Iris.standard();
        Node evil = iris.entity("Evil");
        Node victim = iris.entity("Victim");
        Node article = iris.article("a1");
        Node fact = NodeFactory.createURI("urn:test:fact");
        Node said = NodeFactory.createURI("urn:test:sentence");
        Node graph = NodeFactory.createURI("urn:test:article");
        try (NewsStore store = NewsStore.open(dir.resolve("db"))) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Txn.executeWrite(store.dataset(), () -> {
                dsg.add(NG.CORPUS_GRAPH, evil, RDF.type.asNode(), NG.Entity);
                dsg.add(NG.CORPUS_GRAPH, evil, RDF.type.asNode(), NodeFactory.createURI(NG.NS + "Person"));
                dsg.add(NG.CORPUS_GRAPH, evil, RDFS.label.asNode(), NodeFactory.createLiteralString(label));
                dsg.add(NG.CORPUS_GRAPH, victim, RDF.type.asNode(), NG.Entity);
                dsg.add(NG.CORPUS_GRAPH, victim, RDFS.label.asNode(),
                        NodeFactory.createLiteralString("\"><svg onload=\"document.body.dataset.pwned='object'\">"));
                Node attack = iris.relation("attack");
                dsg.add(graph, attack, RDFS.label.asNode(), NodeFactory.createLiteralString(relation));
                dsg.add(graph, fact, RDF.type.asNode(), NG.Fact);
                dsg.add(graph, fact, RDF.subject.asNode(), evil);
                dsg.add(graph, fact, RDF.predicate.asNode(), attack);
                dsg.add(graph, fact, RDF.object.asNode(), victim);
                dsg.add(graph, fact, NG.negated, NodeFactory.createLiteralByValue(false));
                dsg.add(graph, fact, NG.provWasDerivedFrom, article);
                dsg.add(graph, fact, NG.sentence, said);
                dsg.add(graph, said, NG.text, NodeFactory.createLiteralString(sentence));
                dsg.add(graph, article, NG.schemaHeadline,
                        NodeFactory.createLiteralString("<iframe src=\"javascript:alert(1)\"></iframe>"));
                dsg.add(graph, article, NG.schemaUrl, NodeFactory.createLiteralString("javascript:alert(1)"));
            });
            try (NewsServer hostile = NewsServer.start(dsg, ServerOptions.readOnly(0))) {
                String url = hostile.graphUrl() + "?entity=" + URLEncoder.encode(evil.getURI(), StandardCharsets.UTF_8);
                Document drawn = drawn(url, profile(dir, "1"));
                assertEquals("2", drawn.body().attr("data-nodes"), drawn.select("#status").text());
                assertEquals(label + " (Person)", drawn.selectFirst("#panel-title").text(), "the label, as text");
                Elements facts = drawn.select("#panel-facts > li");
                assertEquals(1, facts.size(), drawn.select("#panel").text());
                assertTrue(facts.text().contains(relation) && facts.text().contains(sentence), facts.text());
                assertTrue(drawn.select("#panel a[href^=javascript], #panel iframe").isEmpty(), facts.outerHtml());
                assertNothingRan(drawn);

                String markup = "<script>document.body.dataset.pwned='address'</script>";
                Document missing = drawn(hostile.graphUrl() + "?entity="
                        + URLEncoder.encode(markup, StandardCharsets.UTF_8), profile(dir, "2"));
                assertEquals("The graph has no entity " + markup, missing.selectFirst("#panel-hint").text());
                assertNothingRan(missing);
            }
        }
    }

    private static Path profile(Path dir, String name) throws IOException {
        return Files.createDirectories(dir.resolve("profile-" + name));
    }

    /** The page as headless Chromium left it, which must have drawn without an error. */
    private static Document drawn(String url, Path profile) {
        ExternalTool.Result dom = ExternalTool.run(chromium(ExternalTool.chromium(), profile, url, "--dump-dom"));
        assertEquals(0, dom.status(), dom.err());
        Document drawn = Jsoup.parse(dom.out());
        assertEquals("", drawn.body().attr("data-error"), "the page reported an error");
        return drawn;
    }

    /** No markup from the data became an element, and no handler of it ran. */
    private static void assertNothingRan(Document drawn) {
        assertEquals("", drawn.body().attr("data-pwned"), "a script from the data ran");
        assertEquals(List.of("/webjars/cytoscape/dist/cytoscape.min.js", "/graph.js"),
                drawn.select("script").eachAttr("src"), "only the page's own scripts");
        assertTrue(drawn.select("img, svg, iframe, b").isEmpty(), drawn.body().outerHtml());
    }

    /**
     * A headless Chromium run on the page. Tests run as root in CI, where Chromium's sandbox cannot start; the
     * virtual time budget lets the page's fetches and the layout finish before the DOM or screenshot is taken.
     */
    private static List<String> chromium(String program, Path profile, String url, String... what) {
        List<String> command = new ArrayList<>(List.of(program, "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + profile,
                "--virtual-time-budget=15000"));
        command.addAll(List.of(what));
        command.add(url);
        return command;
    }
}
