package org.newsgraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.rdf.NG;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Recomputes the corpus graph's description of entities and concepts from what the article graphs say of them:
 * the label is the name most articles give (then the longest, then the first in code-point order), the type the
 * one most articles give, and every other surface form an alias. A pure function of the article graphs, so the
 * same articles give the same graph whatever order they came in.
 */
final class CorpusDescriptions {

    private CorpusDescriptions() {
    }

    /** Rewrites the corpus graph's triples about each resource; call inside a write transaction. */
    static void recompute(DatasetGraph dsg, Iterable<Node> resources) {
        for (Node r : resources) {
            dsg.deleteAny(NG.CORPUS_GRAPH, r, Node.ANY, Node.ANY);
            Map<String, Integer> labels = new HashMap<>();
            Map<Node, Integer> types = new HashMap<>();
            TreeSet<String> forms = new TreeSet<>();
            Iterator<Quad> it = dsg.find(Node.ANY, r, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                if (q.getGraph().equals(NG.CORPUS_GRAPH)) {
                    continue;
                }
                if (q.getPredicate().equals(NG.articleLabel)) {
                    labels.merge(q.getObject().getLiteralLexicalForm(), 1, Integer::sum);
                } else if (q.getPredicate().equals(NG.typeInArticle)) {
                    types.merge(q.getObject(), 1, Integer::sum);
                } else if (q.getPredicate().equals(NG.surfaceForm)) {
                    forms.add(q.getObject().getLiteralLexicalForm());
                }
            }
            if (labels.isEmpty()) {
                continue;
            }
            String label = labels.keySet().stream()
                    .max(Comparator.comparingInt((String l) -> labels.get(l))
                            .thenComparingInt(String::length)
                            .thenComparing(Comparator.reverseOrder()))
                    .orElseThrow();
            Node type = types.keySet().stream()
                    .max(Comparator.comparingInt((Node t) -> types.get(t))
                            .thenComparing(Node::getURI, Comparator.reverseOrder()))
                    .orElse(NG.Concept);
            dsg.add(NG.CORPUS_GRAPH, r, RDFS.label.asNode(), NodeFactory.createLiteralString(label));
            dsg.add(NG.CORPUS_GRAPH, r, RDF.type.asNode(), type);
            if (!type.equals(NG.Concept)) {
                dsg.add(NG.CORPUS_GRAPH, r, RDF.type.asNode(), NG.Entity);
            }
            for (String form : forms) {
                if (!form.equals(label)) {
                    dsg.add(NG.CORPUS_GRAPH, r, NG.skosAltLabel, NodeFactory.createLiteralString(form));
                }
            }
        }
    }

    static List<Node> mentionedBy(DatasetGraph dsg, Node graph) {
        List<Node> out = new ArrayList<>();
        dsg.find(graph, graph, NG.schemaMentions, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }
}
