package org.newsgraph.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.rdf.NG;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a resolvable IRI answers: a CONSTRUCT-like graph of the resource's own triples from every graph, the
 * facts it takes part in (or, for an article, the facts drawn from it) with their sentence and article, the
 * articles that mention it, and the labels of everything it points to, so a client needs no second request to
 * show names.
 */
final class ResourceDescription {

    /** At most this many facts per resource, so a hub entity's page stays a page. */
    static final int MAX_FACTS = 500;

    private final DatasetGraph dataset;

    ResourceDescription(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The description of this IRI, or empty when the store says nothing about it. */
    Optional<Graph> describe(Node iri) {
        return Txn.calculateRead(dataset, () -> {
            if (!dataset.find(Node.ANY, iri, Node.ANY, Node.ANY).hasNext()) {
                return Optional.empty();
            }
            Graph g = GraphFactory.createDefaultGraph();
            prefixes(g);
            copySubject(g, iri);
            for (Node fact : facts(iri)) {
                copySubject(g, fact);
                find(fact, NG.sentence).forEach(s -> find(s, NG.text).forEach(t -> g.add(s, NG.text, t)));
            }
            dataset.find(Node.ANY, Node.ANY, NG.schemaMentions, iri)
                    .forEachRemaining(q -> g.add(q.getSubject(), NG.schemaMentions, iri));
            labelEverything(g);
            return Optional.of(g);
        });
    }

    /** The facts with the resource as subject or object, or derived from it when it is an article. */
    private Set<Node> facts(Node iri) {
        Set<Node> facts = new LinkedHashSet<>();
        for (Node p : List.of(RDF.subject.asNode(), RDF.object.asNode(), NG.provWasDerivedFrom)) {
            Iterator<Quad> it = dataset.find(Node.ANY, Node.ANY, p, iri);
            while (it.hasNext() && facts.size() < MAX_FACTS) {
                Node f = it.next().getSubject();
                if (dataset.contains(Node.ANY, f, RDF.type.asNode(), NG.Fact)) {
                    facts.add(f);
                }
            }
        }
        return facts;
    }

    private void copySubject(Graph g, Node s) {
        dataset.find(Node.ANY, s, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
    }

    private List<Node> find(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        dataset.find(Node.ANY, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    /** Adds the label (or an article's headline) of every IRI the description mentions but does not label. */
    private void labelEverything(Graph g) {
        Set<Node> nodes = new LinkedHashSet<>();
        g.find().forEachRemaining(t -> {
            nodes.add(t.getSubject());
            nodes.add(t.getPredicate());
            nodes.add(t.getObject());
        });
        for (Node n : nodes) {
            if (!n.isURI() || g.contains(n, RDFS.label.asNode(), Node.ANY)) {
                continue;
            }
            for (Node p : List.of(RDFS.label.asNode(), NG.schemaHeadline)) {
                find(n, p).stream().findFirst().ifPresent(label -> g.add(Triple.create(n, p, label)));
            }
        }
    }

    private static void prefixes(Graph g) {
        g.getPrefixMapping().setNsPrefix("ng", NG.NS).setNsPrefix("schema", NG.SCHEMA)
                .setNsPrefix("prov", NG.PROV).setNsPrefix("skos", SKOS.uri).setNsPrefix("owl", OWL.NS)
                .setNsPrefix("rdfs", RDFS.uri).setNsPrefix("rdf", RDF.uri);
    }
}
