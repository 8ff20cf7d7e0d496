package org.newsgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.DatasetDump;
import org.newsgraph.export.EntityGraph;
import org.newsgraph.export.EntityGraphReader;
import org.newsgraph.export.NodeChoice;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.NewsStore;
import org.newsgraph.support.ExampleGraph;
import org.newsgraph.support.ExternalTool;
import org.newsgraph.support.XmlSchemas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code newsgraph export} on the example articles' graph, its files read by the tools users open them with:
 * networkx reads the GraphML and GEXF, Graphviz lays out the DOT, and they count as many nodes and edges as SPARQL
 * counts in the store: entities and the concepts in a relation triple with an entity, and the (subject, relation,
 * object) triples touching an entity, or for {@code --nodes entities} between two entities. The command runs on a
 * copy of the shared store (made with the N-Quads dump), since a command closes the store it opens.
 */
class ExportCommandTest {

    @TempDir
    static Path dir;

    private static Path store;
    private static long entities;
    private static long entityTriples;
    private static long storyNodes;
    private static long storyTriples;
    private static EntityGraph graph;
    private static EntityGraph entityGraph;

    @BeforeAll
    static void copyTheExampleStore() throws IOException {
        Dataset example = ExampleGraph.get().store().dataset();
        Path dump = dir.resolve("example.nq");
        DatasetDump.write(example, RDFFormat.NQUADS_UTF8, dump);
        store = dir.resolve("db");
        try (NewsStore copy = NewsStore.open(store)) {
            Txn.executeWrite(copy.dataset(), () -> RDFDataMgr.read(copy.dataset().asDatasetGraph(), dump.toString()));
        }
        entities = count(example, "SELECT (COUNT(DISTINCT ?e) AS ?n) { GRAPH <" + NG.CORPUS_GRAPH.getURI()
                + "> { ?e a ng:Entity } }");
        entityTriples = count(example, "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o . "
                + "?p a ng:Relation . GRAPH <" + NG.CORPUS_GRAPH.getURI()
                + "> { ?s a ng:Entity . ?o a ng:Entity } } }");
        // The default picture: the triples with an entity on one side and an entity or a concept on the other.
        storyTriples = count(example, "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o . "
                + "?p a ng:Relation . GRAPH <" + NG.CORPUS_GRAPH.getURI() + "> { ?s a ?sk . ?o a ?ok } "
                + "FILTER(?sk IN (ng:Entity, ng:Concept) && ?ok IN (ng:Entity, ng:Concept) "
                + "&& (?sk = ng:Entity || ?ok = ng:Entity)) } }");
        storyNodes = entities + count(example, "SELECT (COUNT(DISTINCT ?c) AS ?n) { { ?c ?p ?x } UNION { ?x ?p ?c } "
                + "?p a ng:Relation . GRAPH <" + NG.CORPUS_GRAPH.getURI() + "> { ?c a ng:Concept . ?x a ng:Entity } }");
        graph = new EntityGraphReader(example).read();
        entityGraph = new EntityGraphReader(example).read(NodeChoice.ENTITIES);
    }

    private static long count(Dataset ds, String select) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(NG.SPARQL_PREFIXES + select).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private static Path export(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("export", "--store", store.toString()));
        all.addAll(List.of(args));
        Cli.Result r = Cli.run(all.toArray(String[]::new));
        assertEquals(0, r.status(), r.err());
        return Path.of(args[java.util.Arrays.asList(args).indexOf("--out") + 1]);
    }

    @Test
    void theDefaultPictureIsTheStoresEntitiesAndTheConceptsInTriplesWithThem() {
        System.out.println("example store: " + entities + " entities, " + entityTriples + " entity triples; "
                + storyNodes + " nodes and " + storyTriples + " triples in the default picture");
        assertTrue(entities > 20 && entityTriples > 5, entities + " entities, " + entityTriples + " triples");
        assertEquals(storyNodes, graph.nodes().size());
        assertEquals(storyTriples, graph.edges().size());
        assertTrue(graph.edges().size() >= 40, "the stories are in the picture: " + graph.edges().size() + " edges");
        assertTrue(graph.edges().stream().allMatch(e -> e.weight() >= 1 && !e.example().isEmpty()
                && !e.articles().isEmpty() && !e.label().isEmpty()));
        assertTrue(graph.nodes().stream().anyMatch(n -> !n.sameAs().isEmpty()), "some entity links to Wikipedia");
        assertTrue(graph.nodes().stream().anyMatch(n -> !n.aliases().isEmpty()), "some entity has aliases");
        assertTrue(graph.nodes().stream().anyMatch(n -> n.type().equals("Concept")), "concepts are drawn");
    }

    @Test
    void theHeadlinesAreInTheDefaultPicture() {
        Map<String, EntityGraph.Node> nodes = new TreeMap<>();
        graph.nodes().forEach(n -> nodes.put(n.id(), n));
        String turkey = entityIri("Turkey");
        assertTrue(graph.edges().stream().anyMatch(e -> e.label().equals("shell")
                && nodes.get(e.target()).label().equals("People's Protection Units")
                && (e.source().equals(turkey) || tiedTo(e.source(), turkey))), "Turkey shells the YPG");
        assertTrue(graph.edges().stream().anyMatch(e -> e.source().equals(entityIri("Russia"))
                && e.label().equals("agree to") && nodes.get(e.target()).type().equals("Concept")
                && nodes.get(e.target()).label().contains("ceasefire")), "Russia agrees to the ceasefire");
    }

    /** The IRI of the entity of this label. */
    private static String entityIri(String label) {
        return entityGraph.nodes().stream().filter(n -> n.label().equals(label)).findFirst().orElseThrow().id();
    }

    /** Whether the store ties this concept to this entity with {@code ng:country}. */
    private static boolean tiedTo(String concept, String entity) {
        return count(ExampleGraph.get().store().dataset(), "SELECT (COUNT(*) AS ?n) { <" + concept + "> ng:country <"
                + entity + "> }") > 0;
    }

    @Test
    void entitiesAloneAreTheStoresEntitiesAndTheTriplesBetweenThem() throws IOException {
        assertEquals(entities, entityGraph.nodes().size());
        assertEquals(entityTriples, entityGraph.edges().size());
        JsonNode read = new ObjectMapper().readTree(export("--format", "cyjs", "--nodes", "entities", "--out",
                dir.resolve("entities.cyjs").toString()).toFile()).get("elements");
        assertEquals(entities, read.get("nodes").size());
        assertEquals(entityTriples, read.get("edges").size());
    }

    @Test
    void actorsAreDrawnAsTheirCountryWithTheirWordsKept() throws Exception {
        Path file = export("--format", "graphml", "--nodes", "actors", "--out",
                dir.resolve("actors.graphml").toString());
        ExternalTool.Result r = ExternalTool.run(List.of(ExternalTool.pythonWithNetworkx(), "-c", """
                import json, sys, networkx as nx
                g = nx.read_graphml(sys.argv[1])
                label = {n: d.get('label', '') for n, d in g.nodes(data=True)}
                print(json.dumps({'labels': sorted(label.values()),
                                  'edges': [[label[s], d.get('label', ''), label[t], d.get('sourceText', '')]
                                            for s, t, d in g.edges(data=True)]}))
                """, file.toString()));
        assertEquals(0, r.status(), r.err());
        JsonNode read = new ObjectMapper().readTree(r.out());
        List<String> labels = new java.util.ArrayList<>();
        read.get("labels").forEach(l -> labels.add(l.asText()));
        assertTrue(labels.contains("Turkey") && !labels.contains("Turkish military"), labels.toString());
        boolean shell = false;
        for (JsonNode e : read.get("edges")) {
            shell |= e.get(0).asText().equals("Turkey") && e.get(1).asText().equals("shell")
                    && e.get(2).asText().equals("People's Protection Units")
                    && e.get(3).asText().contains("Turkish military");
        }
        assertTrue(shell, "Turkey shells the YPG, as the Turkish military: " + read.get("edges"));
    }

    @Test
    void networkxReadsGraphMlAndGexfWithTheStoresCountsAndLabels() throws Exception {
        String python = ExternalTool.pythonWithNetworkx();
        Map<String, String> labels = new TreeMap<>();
        graph.nodes().forEach(n -> labels.put(n.id(), n.label()));
        for (String format : List.of("graphml", "gexf")) {
            Path file = export("--format", format, "--out", dir.resolve("g." + format).toString());
            XmlSchemas.validate(file, format + ".xsd");
            ExternalTool.Result r = ExternalTool.run(List.of(python, "-c", """
                    import json, sys, networkx as nx
                    f = sys.argv[1]
                    g = nx.read_graphml(f) if f.endswith('.graphml') else nx.read_gexf(f)
                    print(json.dumps({'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(),
                                      'labels': {d.get('iri', n): d.get('label', '') for n, d in g.nodes(data=True)}}))
                    """, file.toString()));
            assertEquals(0, r.status(), r.err());
            // GraphML nodes carry the IRI as the "iri" attribute (GraphML ids are name tokens); GEXF ids are IRIs.
            JsonNode read = new ObjectMapper().readTree(r.out());
            System.out.println(format + " read by networkx: " + read.get("nodes") + " nodes, " + read.get("edges")
                    + " edges");
            assertEquals(storyNodes, read.get("nodes").asLong(), format);
            assertEquals(storyTriples, read.get("edges").asLong(), format);
            Map<String, String> readLabels = new TreeMap<>();
            read.get("labels").fields().forEachRemaining(e -> readLabels.put(e.getKey(), e.getValue().asText()));
            assertEquals(labels, readLabels, format);
        }
    }

    @Test
    void graphvizDrawsTheDotWithTheStoresCounts() throws IOException {
        String dot = ExternalTool.dot();
        Path file = export("--format", "dot", "--out", dir.resolve("g.dot").toString());
        ExternalTool.Result r = ExternalTool.run(List.of(dot, "-Tsvg", file.toString()));
        assertEquals(0, r.status(), r.err());
        long nodes = occurrences(r.out(), "class=\"node\"");
        long edges = occurrences(r.out(), "class=\"edge\"");
        System.out.println("dot -Tsvg drew " + nodes + " nodes, " + edges + " edges");
        assertEquals(storyNodes, nodes);
        assertEquals(storyTriples, edges);
    }

    private static long occurrences(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void csvAndCytoscapeHoldEveryNodeAndEdge() throws IOException {
        Path csv = export("--format", "csv", "--out", dir.resolve("csv").toString());
        // Header plus one record a line only when no value holds a line break, so count records with commons-csv.
        assertEquals(storyNodes, records(csv.resolve("nodes.csv")));
        assertEquals(storyTriples, records(csv.resolve("edges.csv")));
        JsonNode cyjs = new ObjectMapper().readTree(export("--format", "cyjs", "--out",
                dir.resolve("g.cyjs").toString()).toFile()).get("elements");
        assertEquals(storyNodes, cyjs.get("nodes").size());
        assertEquals(storyTriples, cyjs.get("edges").size());
    }

    private static long records(Path file) throws IOException {
        try (var p = org.apache.commons.csv.CSVParser.parse(file, StandardCharsets.UTF_8,
                org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().get())) {
            return p.getRecords().size();
        }
    }

    @Test
    void theStoryAndEntityGraphQueriesPickTheirWholePictures() throws IOException {
        Path file = export("--format", "cyjs", "--query", "queries/story-graph.rq", "--out",
                dir.resolve("q.cyjs").toString());
        JsonNode read = new ObjectMapper().readTree(file.toFile()).get("elements");
        // The queries name only nodes that take part in a fact, so entities without one are left out.
        assertEquals(connected(graph), read.get("nodes").size());
        assertEquals(storyTriples, read.get("edges").size());
        file = export("--format", "cyjs", "--nodes", "entities", "--query", "queries/entity-graph.rq", "--out",
                dir.resolve("qe.cyjs").toString());
        read = new ObjectMapper().readTree(file.toFile()).get("elements");
        assertEquals(connected(entityGraph), read.get("nodes").size());
        assertEquals(entityTriples, read.get("edges").size());
    }

    private static long connected(EntityGraph g) {
        return g.nodes().stream().filter(n -> g.edges().stream()
                .anyMatch(e -> e.source().equals(n.id()) || e.target().equals(n.id()))).count();
    }

    @Test
    void typeAndWeightFilter() throws IOException {
        JsonNode people = new ObjectMapper().readTree(export("--format", "cyjs", "--type", "Person,Country",
                "--out", dir.resolve("people.cyjs").toString()).toFile()).get("elements");
        Set<String> types = new HashSet<>();
        people.get("nodes").forEach(n -> types.add(n.get("data").get("type").asText()));
        assertEquals(Set.of("Person", "Country"), types);
        JsonNode concepts = new ObjectMapper().readTree(export("--format", "cyjs", "--type", "concept",
                "--out", dir.resolve("concepts.cyjs").toString()).toFile()).get("elements");
        assertEquals(storyNodes - entities, concepts.get("nodes").size(), "--type names the concepts too");
        assertEquals(0, concepts.get("edges").size(), "no edge is between two concepts");
        JsonNode strong = new ObjectMapper().readTree(export("--format", "cyjs", "--min-weight", "2",
                "--out", dir.resolve("strong.cyjs").toString()).toFile()).get("elements");
        strong.get("edges").forEach(e -> assertTrue(e.get("data").get("weight").asInt() >= 2));
        assertEquals(graph.edges().stream().filter(e -> e.weight() >= 2).count(), strong.get("edges").size());
    }

    @Test
    void nquadsAndTrigDumpEveryQuad() {
        long quads = Txn.calculateRead(ExampleGraph.get().store().dataset(),
                () -> (long) ExampleGraph.get().store().dataset().asDatasetGraph().stream().count());
        for (String format : List.of("nq", "trig")) {
            Path file = export("--format", format, "--out", dir.resolve("dump." + format).toString());
            DatasetGraph read = DatasetGraphFactory.create();
            RDFDataMgr.read(read, file.toString());
            System.out.println(format + " dump: " + read.stream().count() + " quads of " + quads);
            assertEquals(quads, read.stream().count(), format);
            assertTrue(read.stream().map(Quad::getGraph).anyMatch(NG.CORPUS_GRAPH::equals), format);
        }
    }

    @Test
    void badQueriesAreUsageErrors() throws IOException {
        Path select = dir.resolve("select.rq");
        Files.writeString(select, "SELECT * { ?s ?p ?o }");
        Path broken = dir.resolve("broken.rq");
        Files.writeString(broken, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ");
        for (String q : List.of(select.toString(), broken.toString(), dir.resolve("absent.rq").toString())) {
            Cli.Result r = Cli.run("export", "--store", store.toString(), "--format", "graphml", "--query", q,
                    "--out", dir.resolve("never.graphml").toString());
            assertEquals(2, r.status(), q);
            assertTrue(r.err().contains(q), r.err());
        }
        assertTrue(Cli.run("export", "--store", store.toString(), "--format", "svg").err()
                .contains("unknown format 'svg'"));
        assertEquals(2, Cli.run("export", "--store", store.toString(), "--format", "nq", "--min-weight", "2")
                .status());
        assertEquals(2, Cli.run("export", "--store", store.toString(), "--format", "trig", "--nodes", "actors")
                .status());
        Cli.Result unknown = Cli.run("export", "--store", store.toString(), "--format", "cyjs", "--nodes", "people",
                "--out", dir.resolve("never.cyjs").toString());
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("unknown --nodes 'people'"), unknown.err());
        assertTrue(Files.notExists(dir.resolve("never.cyjs")));
        assertTrue(Files.notExists(dir.resolve("never.graphml")));
    }

    @Test
    void helpExplainsEveryFormat() {
        String help = Cli.run("export", "--help").out();
        for (String format : List.of("graphml", "gexf", "dot", "csv", "cyjs", "nq", "trig")) {
            assertTrue(help.contains("  " + format + " "), format + " in\n" + help);
        }
        for (String choice : List.of("all", "entities", "actors")) {
            assertTrue(help.contains("  " + choice + " "), choice + " in\n" + help);
        }
    }
}
