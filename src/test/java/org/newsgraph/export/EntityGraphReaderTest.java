package org.newsgraph.export;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.NewsStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The reader on a small store written by hand, with the ties the examples lack: a concept tied to two countries,
 * one tied to its entity by a possessive ({@code ng:about}), a demonym phrase that names no actor, a concept only
 * in a negated fact. Which concepts are actors is decided in SPARQL ({@link ActorQueries}), so it is tested here.
 */
class EntityGraphReaderTest {

    @TempDir
    static Path dir;

    private static NewsStore store;
    private static final Iris IRIS = Iris.standard();
    private static int facts;

    @BeforeAll
    static void writeTheStory() {
        store = NewsStore.open(dir.resolve("db"));
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        Node one = IRIS.article("one.txt");
        Node two = IRIS.article("two.txt");
        Txn.executeWrite(store.dataset(), () -> {
            entity(dsg, "turkey", "Turkey", "Country");
            entity(dsg, "russia", "Russia", "Country");
            entity(dsg, "ypg", "People's Protection Units", "Organization");
            concept(dsg, "turkish_military", "Turkish military");
            dsg.add(one, IRIS.concept("turkish_military"), NG.country, IRIS.entity("turkey"));
            concept(dsg, "turkeys_army", "Turkey’s army");
            dsg.add(one, IRIS.concept("turkeys_army"), NG.about, IRIS.entity("turkey"));
            // Tied to a country in each article: neither is right, so it stays a concept.
            concept(dsg, "turkish_forces", "Turkish forces");
            dsg.add(one, IRIS.concept("turkish_forces"), NG.country, IRIS.entity("turkey"));
            dsg.add(two, IRIS.concept("turkish_forces"), NG.country, IRIS.entity("russia"));
            concept(dsg, "turkish_hostility", "Turkish hostility");
            dsg.add(one, IRIS.concept("turkish_hostility"), NG.country, IRIS.entity("turkey"));
            concept(dsg, "ceasefire", "48-hour humanitarian ceasefire");
            concept(dsg, "retreat", "YPG retreat");
            fact(dsg, one, IRIS.concept("turkish_military"), "shell", IRIS.entity("ypg"), false);
            fact(dsg, one, IRIS.concept("turkeys_army"), "shell", IRIS.entity("ypg"), false);
            fact(dsg, two, IRIS.concept("turkish_forces"), "shell", IRIS.entity("ypg"), false);
            fact(dsg, one, IRIS.concept("turkish_hostility"), "worry", IRIS.entity("russia"), false);
            fact(dsg, two, IRIS.entity("russia"), "agree to", IRIS.concept("ceasefire"), false);
            fact(dsg, two, IRIS.entity("russia"), "demand", IRIS.concept("retreat"), true);
            fact(dsg, two, IRIS.entity("russia"), "meet", IRIS.entity("turkey"), false);
        });
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static void entity(DatasetGraph dsg, String key, String label, String type) {
        Node e = IRIS.entity(key);
        dsg.add(NG.CORPUS_GRAPH, e, RDF.type.asNode(), NG.Entity);
        dsg.add(NG.CORPUS_GRAPH, e, RDF.type.asNode(), NG.ng(type));
        dsg.add(NG.CORPUS_GRAPH, e, RDFS.label.asNode(), NodeFactory.createLiteralString(label));
    }

    private static void concept(DatasetGraph dsg, String key, String label) {
        Node c = IRIS.concept(key);
        dsg.add(NG.CORPUS_GRAPH, c, RDF.type.asNode(), NG.Concept);
        dsg.add(NG.CORPUS_GRAPH, c, RDFS.label.asNode(), NodeFactory.createLiteralString(label));
    }

    /** A fact as ArticleGraphs writes one: reified, and asserted as a plain triple unless negated. */
    private static void fact(DatasetGraph dsg, Node article, Node s, String relation, Node o, boolean negated) {
        Node p = IRIS.relation(relation);
        Node f = IRIS.part(article, "f", facts++);
        dsg.add(article, p, RDF.type.asNode(), NG.Relation);
        dsg.add(article, p, RDFS.label.asNode(), NodeFactory.createLiteralString(relation));
        if (!negated) {
            dsg.add(article, s, p, o);
        }
        dsg.add(article, f, RDF.type.asNode(), NG.Fact);
        dsg.add(article, f, RDF.subject.asNode(), s);
        dsg.add(article, f, RDF.predicate.asNode(), p);
        dsg.add(article, f, RDF.object.asNode(), o);
        dsg.add(article, f, NG.negated, NodeFactory.createLiteralByValue(negated));
        dsg.add(article, f, NG.provWasDerivedFrom, article);
    }

    private static String key(String iri) {
        return Iris.key(iri.substring(iri.lastIndexOf('/') + 1));
    }

    private static List<String> nodes(EntityGraph g) {
        return g.nodes().stream().map(n -> key(n.id())).sorted().toList();
    }

    private static List<String> edges(EntityGraph g) {
        return g.edges().stream().map(e -> key(e.source()) + " " + e.label() + " " + key(e.target()) + " "
                + e.weight()).sorted().toList();
    }

    private static Map<String, EntityGraph.Node> byKey(EntityGraph g) {
        return g.nodes().stream().collect(Collectors.toMap(n -> key(n.id()), n -> n));
    }

    private static EntityGraph read(NodeChoice choice) {
        return new EntityGraphReader(store.dataset()).read(choice);
    }

    @Test
    void entitiesAreThePictureBetweenEntities() {
        EntityGraph g = read(NodeChoice.ENTITIES);
        assertEquals(List.of("russia", "turkey", "ypg"), nodes(g));
        assertEquals(List.of("russia meet turkey 1"), edges(g));
    }

    @Test
    void allDrawsTheConceptsOfAssertedFactsWithAnEntity() {
        EntityGraph g = read(NodeChoice.ALL);
        assertEquals(List.of("ceasefire", "russia", "turkey", "turkeys_army", "turkish_forces", "turkish_hostility",
                "turkish_military", "ypg"), nodes(g), "the retreat is only in a negated fact");
        assertEquals(List.of("russia agree to ceasefire 1", "russia meet turkey 1",
                "turkeys_army shell ypg 1", "turkish_forces shell ypg 1", "turkish_hostility worry russia 1",
                "turkish_military shell ypg 1"), edges(g));
        assertEquals("Concept", byKey(g).get("ceasefire").type());
        assertEquals(1, byKey(g).get("turkey").facts());
    }

    @Test
    void actorsAreTheirOneEntityByDemonymOrPossessive() {
        EntityGraph g = read(NodeChoice.ACTORS);
        assertEquals(List.of("ceasefire", "russia", "turkey", "turkish_forces", "turkish_hostility", "ypg"), nodes(g),
                "two countries' forces and a hostility are no actors");
        assertEquals(List.of("russia agree to ceasefire 1", "russia meet turkey 1", "turkey shell ypg 2",
                "turkish_forces shell ypg 1", "turkish_hostility worry russia 1"), edges(g));
        EntityGraph.Edge shell = g.edges().stream().filter(e -> key(e.source()).equals("turkey")).findFirst()
                .orElseThrow();
        assertEquals(List.of("Turkey’s army", "Turkish military"), shell.sourceText());
        assertEquals(List.of(), shell.targetText());
        assertEquals(3, byKey(g).get("turkey").facts(), "its own fact and its actors'");
    }

    @Test
    void aQueryPicksStoredTriplesBeforeActorsAreDrawn() {
        String shell = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(?p = <" + IRIS.relation("shell").getURI()
                + ">) }";
        EntityGraph g = new EntityGraphReader(store.dataset()).read(NodeChoice.ACTORS, QueryFactory.create(shell));
        assertEquals(List.of("turkey", "turkish_forces", "ypg"), nodes(g));
        assertEquals(List.of("turkey shell ypg 2", "turkish_forces shell ypg 1"), edges(g));
    }

    @Test
    void theStoryGraphQueryPicksTheDefaultPicture() throws IOException {
        EntityGraphReader reader = new EntityGraphReader(store.dataset());
        EntityGraph picked = reader.read(NodeChoice.ALL, QueryFactory.create(
                Files.readString(Path.of("queries", "story-graph.rq"), StandardCharsets.UTF_8)));
        assertEquals(reader.read(NodeChoice.ALL), picked, "every node of the picture is in a fact here");
    }
}
