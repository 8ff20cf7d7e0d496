package org.newsgraph.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.support.ExampleGraph;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SHACL shapes accept the graph newsgraph writes and reject graphs that break its model.
 */
class ShapesTest {

    private static Graph example;

    @BeforeAll
    static void copyExampleGraph() {
        var store = ExampleGraph.get().store();
        example = Txn.calculateRead(store.dataset(), () -> {
            Graph g = GraphFactory.createDefaultGraph();
            store.dataset().asDatasetGraph().getUnionGraph().find().forEachRemaining(g::add);
            return g;
        });
    }

    private static Graph copy() {
        Graph g = GraphFactory.createDefaultGraph();
        example.find().forEachRemaining(g::add);
        return g;
    }

    @Test
    void theExampleGraphConforms() {
        ValidationReport report = Shapes.validate(example);
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }

    @Test
    void anEntityWithTwoLabelsViolates() {
        Graph g = copy();
        Node entity = g.find(Node.ANY, RDF.type.asNode(), NG.Entity).next().getSubject();
        g.add(entity, RDFS.label.asNode(), ArticleGraphs.literal("a second label"));
        assertFalse(Shapes.validate(g).conforms());
    }

    @Test
    void aFactWithoutItsSentenceViolates() {
        Graph g = copy();
        Node fact = g.find(Node.ANY, RDF.type.asNode(), NG.Fact).next().getSubject();
        List<Triple> sentence = g.find(fact, NG.sentence, Node.ANY).toList();
        sentence.forEach(g::delete);
        assertFalse(Shapes.validate(g).conforms());
    }

    @Test
    void aConfidenceAboveOneViolates() {
        Graph g = copy();
        Node fact = g.find(Node.ANY, RDF.type.asNode(), NG.Fact).next().getSubject();
        g.find(fact, NG.confidence, Node.ANY).toList().forEach(g::delete);
        g.add(fact, NG.confidence, org.apache.jena.graph.NodeFactory.createLiteralDT("1.5",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDdouble));
        assertFalse(Shapes.validate(g).conforms());
    }
}
