package org.newsgraph.cli;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.canon.Entity;
import org.newsgraph.canon.EntityType;
import org.newsgraph.canon.ResolvedArticle;
import org.newsgraph.canon.WikiPage;
import org.newsgraph.extract.Extraction;
import org.newsgraph.ingest.Article;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.ArticleGraphs;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Shapes;
import org.newsgraph.store.NewsStore;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code newsgraph link --wikidata} against a real Fuseki serving a small fixture shaped like Wikidata's sitelinks
 * ({@code src/test/resources/wikidata/sitelinks.ttl}), over the same HTTP code path as the real endpoint, writing
 * to a real TDB2 store.
 */
class LinkWikidataCommandTest {

    private static final Iris IRIS = Iris.standard();
    private static final String PREFIXES = NG.SPARQL_PREFIXES + """
            PREFIX wd: <http://www.wikidata.org/entity/>
            PREFIX wdt: <http://www.wikidata.org/prop/direct/>
            """;

    private static FusekiServer wikidata;
    private static String endpoint;
    /** Requests the fixture server received, and their User-Agent headers. */
    private static final AtomicInteger REQUESTS = new AtomicInteger();
    private static final List<String> AGENTS = new CopyOnWriteArrayList<>();
    private static final List<String> METHODS = new CopyOnWriteArrayList<>();

    private static final Entity ALEPPO = entity("aleppo", "Aleppo", EntityType.CITY, "Aleppo");
    private static final Entity ERDOGAN = entity("recep tayyip erdogan", "Recep Tayyip Erdoğan", EntityType.PERSON,
            "Recep_Tayyip_Erdoğan");
    private static final Entity IVORY_COAST = entity("cote d'ivoire", "Côte d'Ivoire", EntityType.COUNTRY,
            "Côte_d'Ivoire");
    private static final Entity JARABLUS = entity("jarablus", "Jarablus", EntityType.CITY, "Jarablus");
    private static final Entity AHMED = entity("ahmed", "Ahmed", EntityType.PERSON, null);

    @BeforeAll
    static void serveWikidataFixture() throws IOException {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        try (InputStream in = LinkWikidataCommandTest.class.getResourceAsStream("/wikidata/sitelinks.ttl")) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(data);
        }
        Filter counter = (request, response, chain) -> {
            REQUESTS.incrementAndGet();
            // Every User-Agent header, so a second one added by the HTTP library would show.
            HttpServletRequest http = (HttpServletRequest) request;
            AGENTS.add(String.join(" | ", Collections.list(http.getHeaders("User-Agent"))));
            METHODS.add(http.getMethod());
            chain.doFilter(request, response);
        };
        wikidata = FusekiServer.create().port(0).loopback(true).add("/ds", data, false)
                .addFilter("/*", counter).build().start();
        endpoint = "http://localhost:" + wikidata.getHttpPort() + "/ds/sparql";
    }

    @AfterAll
    static void stop() {
        wikidata.stop();
    }

    @BeforeEach
    void resetCounters() {
        REQUESTS.set(0);
        AGENTS.clear();
        METHODS.clear();
    }

    @Test
    void linksEntitiesToWikidataItemsInBatches(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("db");
        put(db, article("a1", ALEPPO, ERDOGAN, IVORY_COAST, JARABLUS, AHMED));

        Cli.Result r = Cli.run("link", "--wikidata", "--store", db.toString(), "--endpoint", endpoint,
                "--batch", "3");

        assertEquals(0, r.status(), r.err());
        assertEquals(2, REQUESTS.get(), "4 pages in batches of 3");
        assertEquals(List.of("GET", "GET"), METHODS, "short queries go as GET, which Wikidata caches");
        assertTrue(AGENTS.stream().allMatch(a -> a.matches("newsgraph/\\S+ \\(https://\\S+\\) Apache-Jena-ARQ/\\S+")),
                AGENTS::toString);
        assertEquals("4", field(r, "titles asked"));
        assertEquals("0", field(r, "answered from cache"));
        assertEquals("3", field(r, "QIDs found"));
        assertEquals("2", field(r, "GeoNames IDs found"));
        assertEquals("3", field(r, "entities given owl:sameAs Wikidata"));

        try (NewsStore store = NewsStore.open(db)) {
            assertEquals(List.of("Q41183"), qids(store, ALEPPO));
            assertEquals(List.of("Q39259"), qids(store, ERDOGAN), "the page with ğ, percent-encoded as Wikidata does");
            assertEquals(List.of("Q1008"), qids(store, IVORY_COAST), "the apostrophe as Wikidata encodes it: %27");
            assertEquals(List.of(), qids(store, JARABLUS), "a page Wikidata has no item for");
            assertEquals(List.of(), qids(store, AHMED), "an entity linked to no page");
            assertTrue(ask(store, "ASK { " + iri(ALEPPO) + " owl:sameAs ?q . ?q wdt:P1566 \"170063\" }"),
                    "Aleppo's GeoNames ID");
            assertFalse(ask(store, "ASK { " + iri(ERDOGAN) + " owl:sameAs ?q . ?q wdt:P1566 ?g }"),
                    "a person has no GeoNames ID");
            assertTrue(ask(store, "ASK { GRAPH <urn:newsgraph:graph:wikidata> { "
                    + "<https://en.wikipedia.org/wiki/Jarablus> ng:wikidataChecked ?t "
                    + "FILTER NOT EXISTS { <https://en.wikipedia.org/wiki/Jarablus> schema:about ?q } } }"),
                    "the unknown page is cached as checked, with no item");
            assertFalse(ask(store, "ASK { GRAPH ?g { ?e owl:sameAs ?q } FILTER(STRSTARTS(STR(?q), STR(wd:))) "
                    + "FILTER(?g != <urn:newsgraph:graph:wikidata>) }"), "article graphs are left alone");

            List<QuerySolution> rows = select(store, Files.readString(Path.of("queries", "entity-wikidata.rq"),
                    StandardCharsets.UTF_8));
            assertEquals(3, rows.size(), "Aleppo, Côte d'Ivoire, Erdoğan: " + rows);
            assertTrue(rows.stream().anyMatch(row -> row.getLiteral("label").getString().equals("Côte d'Ivoire")
                    && row.getResource("geonames").getURI().equals("https://sws.geonames.org/2287781/")
                    && row.getResource("type").getLocalName().equals("Country")), rows::toString);

            Graph twoItems = Txn.calculateRead(store.dataset(), () -> {
                Graph g = GraphFactory.createDefaultGraph();
                store.dataset().asDatasetGraph().getUnionGraph().find().forEachRemaining(g::add);
                return g;
            });
            twoItems.add(NodeFactory.createURI("https://en.wikipedia.org/wiki/Aleppo"), NG.schemaAbout,
                    NodeFactory.createURI(NG.WD + "Q1"));
            assertFalse(Shapes.validate(twoItems).conforms(), "the shapes allow one item a page");
        }
        Cli.Result valid = Cli.run("validate", "--store", db.toString());
        assertEquals(0, valid.status(), valid.out());
    }

    @Test
    void secondRunIsAnsweredFromTheCacheAndLinksEntitiesIngestedSince(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("db");
        put(db, article("a1", ALEPPO, ERDOGAN, JARABLUS));
        assertEquals(0, Cli.run("link", "--wikidata", "--store", db.toString(), "--endpoint", endpoint).status());
        assertEquals(1, REQUESTS.get());

        Cli.Result again = Cli.run("link", "--wikidata", "--store", db.toString(), "--endpoint", endpoint);
        assertEquals(0, again.status(), again.err());
        assertEquals(1, REQUESTS.get(), "no request when every page is cached, the unknown one too");
        assertEquals("0", field(again, "titles asked"));
        assertEquals("3", field(again, "answered from cache"));
        assertEquals("2", field(again, "QIDs found"));

        // A later article names Erdoğan under another key: linked to the same, cached, page.
        Entity erdogan = entity("erdogan", "Erdogan", EntityType.PERSON, "Recep_Tayyip_Erdoğan");
        put(db, article("a2", erdogan));
        Cli.Result offline = Cli.run("link", "--wikidata", "--store", db.toString(), "--endpoint", closedEndpoint());
        assertEquals(0, offline.status(), "needs no endpoint: " + offline.err());
        assertEquals("3", field(offline, "entities given owl:sameAs Wikidata"), "Aleppo and Erdoğan under two keys");

        Cli.Result refresh = Cli.run("link", "--wikidata", "--refresh", "--store", db.toString(),
                "--endpoint", endpoint);
        assertEquals(0, refresh.status(), refresh.err());
        assertEquals(2, REQUESTS.get(), "--refresh asks again");
        assertEquals("3", field(refresh, "titles asked"));
        try (NewsStore store = NewsStore.open(db)) {
            assertEquals(1, count(store, "SELECT (COUNT(*) AS ?n) { GRAPH <urn:newsgraph:graph:wikidata> "
                    + "{ <https://en.wikipedia.org/wiki/Aleppo> ng:wikidataChecked ?t } }"), "one check time a page");
            assertEquals(1, count(store, "SELECT (COUNT(*) AS ?n) { wd:Q41183 wdt:P1566 ?g }"), "not doubled");
            assertEquals(List.of("Q39259"), qids(store, erdogan));
        }
    }

    @Test
    void renamedAndDeletedEntitiesKeepTheGraphRight(@TempDir Path dir) {
        Path db = dir.resolve("db");
        put(db, article("a1", ALEPPO, ERDOGAN), article("a2", IVORY_COAST));
        assertEquals(0, Cli.run("link", "--wikidata", "--store", db.toString(), "--endpoint", endpoint).status());

        Entity renamed = entity("aleppo city", "Aleppo City", EntityType.CITY, "Aleppo");
        try (NewsStore store = NewsStore.open(db)) {
            store.put(article("a3", renamed), Map.of(iri(ALEPPO.key()), iri(renamed.key())));
            store.delete("a2");
            assertEquals(List.of("Q41183"), qids(store, renamed), "the rename moved the link in the Wikidata graph");
            assertEquals(List.of(), qids(store, ALEPPO));
        }
        Cli.Result r = Cli.run("link", "--wikidata", "--store", db.toString(), "--endpoint", closedEndpoint());
        assertEquals(0, r.status(), r.err());
        try (NewsStore store = NewsStore.open(db)) {
            assertEquals(List.of("Q41183"), qids(store, renamed));
            assertEquals(List.of(), qids(store, IVORY_COAST), "the deleted article's entity lost its link");
        }
    }

    @Test
    void batchesOfFiftyAndALongOneIsPostedAsAForm(@TempDir Path dir) {
        Path db = dir.resolve("db");
        List<Entity> entities = new ArrayList<>(List.of(ALEPPO));
        for (int i = 0; i < 59; i++) {
            entities.add(entity("nowhere " + i, "Nowhere " + i, EntityType.CITY, "Nowhere_Town_Number_" + i));
        }
        put(db, article("a1", entities.toArray(Entity[]::new)));
        Cli.Result r = Cli.run("link", "--wikidata", "--store", db.toString(), "--endpoint", endpoint);
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of("POST", "GET"), METHODS, "50 pages by default, too long for a GET, then 10");
        assertEquals("60", field(r, "titles asked"));
        assertEquals("2", field(r, "requests"));
        assertEquals("1", field(r, "QIDs found"));
        assertEquals("1", field(r, "entities given owl:sameAs Wikidata"));
    }

    @Test
    void anUnreachableEndpointFailsWithOneLineNamingIt(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("db");
        put(db, article("a1", ALEPPO));
        String closed = closedEndpoint();
        Cli.Result r = Cli.run("link", "--wikidata", "--store", db.toString(), "--endpoint", closed,
                "--timeout", "5");
        assertEquals(1, r.status());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("newsgraph: ") && r.err().contains(closed), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");

        String missing = "http://localhost:" + wikidata.getHttpPort() + "/nothing-here/sparql";
        Cli.Result notFound = Cli.run("link", "--wikidata", "--store", db.toString(), "--endpoint", missing);
        assertEquals(1, notFound.status());
        assertTrue(notFound.err().contains(missing) && notFound.err().contains("HTTP 404"), notFound.err());
        try (NewsStore store = NewsStore.open(db)) {
            assertEquals(0, count(store, "SELECT (COUNT(*) AS ?n) { GRAPH <urn:newsgraph:graph:wikidata> "
                    + "{ ?s ?p ?o } }"), "nothing cached from a failure");
        }
    }

    @Test
    void linkExplainsItselfAndNeedsASource() {
        Cli.Result help = Cli.run("link", "--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("Usage: newsgraph link") && help.out().contains("--wikidata")
                && help.out().contains("owl:sameAs"), help.out());
        Cli.Result none = Cli.run("link");
        assertEquals(2, none.status());
        assertTrue(none.err().contains("--wikidata"), none.err());
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private static Entity entity(String key, String label, EntityType type, String title) {
        return new Entity(key, label, type, List.of(label), Set.of(),
                Optional.ofNullable(title).map(t -> new WikiPage(t, 0.9)));
    }

    /** An article graph built by the real code from a hand-made resolution: no NLP needed. */
    private static ArticleGraph article(String id, Entity... entities) {
        Article a = new Article(id, "Headline " + id, null, null, "Body of " + id + ".", "test/" + id + ".txt");
        ResolvedArticle resolved = new ResolvedArticle(new Extraction(a, List.of(), List.of(), List.of()),
                List.of(entities), Map.of(), List.of());
        return new ArticleGraphs(IRIS, "test").build(resolved);
    }

    /** Writes articles; every close of a store costs a full GC (TDB2's expel), so few opens. */
    private static void put(Path db, ArticleGraph... articles) {
        try (NewsStore store = NewsStore.open(db)) {
            for (ArticleGraph a : articles) {
                store.put(a);
            }
        }
    }

    private static Node iri(String key) {
        return IRIS.entity(key);
    }

    private static String iri(Entity e) {
        return "<" + iri(e.key()).getURI() + ">";
    }

    /** The QIDs an entity is owl:sameAs, sorted. */
    private static List<String> qids(NewsStore store, Entity e) {
        List<String> out = new ArrayList<>();
        select(store, "SELECT ?q { " + iri(e) + " owl:sameAs ?q FILTER(STRSTARTS(STR(?q), STR(wd:))) } ORDER BY ?q")
                .forEach(row -> out.add(row.getResource("q").getLocalName()));
        return out;
    }

    private static List<QuerySolution> select(NewsStore store, String query) {
        String text = query.contains("PREFIX") ? query : PREFIXES + query;
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(text).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                ResultSetFormatter.toList(qe.execSelect()).forEach(rows::add);
                return rows;
            }
        });
    }

    private static long count(NewsStore store, String query) {
        return select(store, query).get(0).getLiteral("n").getLong();
    }

    private static boolean ask(NewsStore store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(PREFIXES + query).build()) {
                return qe.execAsk();
            }
        });
    }

    /** The value of a "name TAB value" line of the command's summary. */
    private static String field(Cli.Result r, String name) {
        return r.out().lines().filter(l -> l.startsWith(name + "\t")).map(l -> l.substring(name.length() + 1))
                .findFirst().orElseThrow(() -> new AssertionError("no '" + name + "' in\n" + r.out() + r.err()));
    }

    /** A URL on a port nothing listens on. */
    private static String closedEndpoint() {
        try (ServerSocket s = new ServerSocket(0)) {
            return "http://localhost:" + s.getLocalPort() + "/ds/sparql";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
