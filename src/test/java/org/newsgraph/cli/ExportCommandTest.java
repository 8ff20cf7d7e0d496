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
 * counts entities and (subject, relation, object) triples between entities in the store. The command runs on a
 * copy of the shared store (made with the N-Quads dump), since a command closes the store it opens.
 */
class ExportCommandTest {

    @TempDir
    static Path dir;

    private static Path store;
    private static long entities;
    private static long entityTriples;
    private static EntityGraph graph;

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
        graph = new EntityGraphReader(example).read();
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
    void theGraphIsTheStoresEntitiesAndEntityTriples() {
        System.out.println("example store: " + entities + " entities, " + entityTriples + " entity triples");
        assertTrue(entities > 20 && entityTriples > 5, entities + " entities, " + entityTriples + " triples");
        assertEquals(entities, graph.nodes().size());
        assertEquals(entityTriples, graph.edges().size());
        assertTrue(graph.edges().stream().allMatch(e -> e.weight() >= 1 && !e.example().isEmpty()
                && !e.articles().isEmpty() && !e.label().isEmpty()));
        assertTrue(graph.nodes().stream().anyMatch(n -> !n.sameAs().isEmpty()), "some entity links to Wikipedia");
        assertTrue(graph.nodes().stream().anyMatch(n -> !n.aliases().isEmpty()), "some entity has aliases");
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
            assertEquals(entities, read.get("nodes").asLong(), format);
            assertEquals(entityTriples, read.get("edges").asLong(), format);
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
        assertEquals(entities, nodes);
        assertEquals(entityTriples, edges);
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
        assertEquals(entities, records(csv.resolve("nodes.csv")));
        assertEquals(entityTriples, records(csv.resolve("edges.csv")));
        JsonNode cyjs = new ObjectMapper().readTree(export("--format", "cyjs", "--out",
                dir.resolve("g.cyjs").toString()).toFile()).get("elements");
        assertEquals(entities, cyjs.get("nodes").size());
        assertEquals(entityTriples, cyjs.get("edges").size());
    }

    private static long records(Path file) throws IOException {
        try (var p = org.apache.commons.csv.CSVParser.parse(file, StandardCharsets.UTF_8,
                org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().get())) {
            return p.getRecords().size();
        }
    }

    @Test
    void theEntityGraphQueryPicksTheWholeGraph() throws IOException {
        Path file = export("--format", "cyjs", "--query", "queries/entity-graph.rq", "--out",
                dir.resolve("q.cyjs").toString());
        JsonNode read = new ObjectMapper().readTree(file.toFile()).get("elements");
        // The query names only entities that take part in a fact, so entities without one are left out.
        long connected = graph.nodes().stream().filter(n -> graph.edges().stream()
                .anyMatch(e -> e.source().equals(n.id()) || e.target().equals(n.id()))).count();
        assertEquals(connected, read.get("nodes").size());
        assertEquals(entityTriples, read.get("edges").size());
    }

    @Test
    void typeAndWeightFilter() throws IOException {
        JsonNode people = new ObjectMapper().readTree(export("--format", "cyjs", "--type", "Person,Country",
                "--out", dir.resolve("people.cyjs").toString()).toFile()).get("elements");
        Set<String> types = new HashSet<>();
        people.get("nodes").forEach(n -> types.add(n.get("data").get("type").asText()));
        assertEquals(Set.of("Person", "Country"), types);
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
        assertTrue(Files.notExists(dir.resolve("never.graphml")));
    }

    @Test
    void helpExplainsEveryFormat() {
        String help = Cli.run("export", "--help").out();
        for (String format : List.of("graphml", "gexf", "dot", "csv", "cyjs", "nq", "trig")) {
            assertTrue(help.contains("  " + format + " "), format + " in\n" + help);
        }
    }
}
