package org.newsgraph.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

import java.util.Set;

/**
 * Everything one article contributes to the store: its named graph and the entities and concepts it names,
 * whose corpus-wide descriptions the store recomputes when the article is written or deleted.
 *
 * @param article   the article's IRI, also the name of its graph
 * @param id        the article's id
 * @param graph     the triples of its named graph
 * @param resources the entities and concepts it names
 */
public record ArticleGraph(Node article, String id, Graph graph, Set<Node> resources) {

    public ArticleGraph {
        resources = Set.copyOf(resources);
    }
}
