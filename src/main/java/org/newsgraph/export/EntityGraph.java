package org.newsgraph.export;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The graph as the export formats see it: entities, and concepts where the {@link NodeChoice} draws them, as
 * nodes; facts aggregated per (subject, relation, object) as edges. Immutable; the filters return new graphs.
 *
 * @param nodes the entities and concepts, in a stable order
 * @param edges the aggregated facts between them, in a stable order
 */
public record EntityGraph(List<Node> nodes, List<Edge> edges) {

    public EntityGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * An entity or a concept.
     *
     * @param id      its IRI
     * @param label   its corpus-wide name ({@code rdfs:label})
     * @param type    the local name of its type ({@code Person}, {@code Country}, …, {@code Concept} for a
     *                concept), or "" when it has none
     * @param facts   how many facts it takes part in, as subject or object, with any argument; an entity that
     *                actors are drawn as counts theirs too
     * @param aliases its other names ({@code skos:altLabel})
     * @param sameAs  its external links ({@code owl:sameAs}, {@code schema:sameAs})
     */
    public record Node(String id, String label, String type, int facts, List<String> aliases,
                       List<String> sameAs) {
        public Node {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(type, "type");
            aliases = List.copyOf(aliases);
            sameAs = List.copyOf(sameAs);
        }
    }

    /**
     * The facts with one subject, relation and object.
     *
     * @param id         an identifier unique in the graph
     * @param source     the subject's IRI
     * @param target     the object's IRI
     * @param relation   the relation's IRI
     * @param label      the relation's label ("agree to")
     * @param category   the local name of its event category ({@code cooperate}, …), or ""
     * @param weight     how many facts support it
     * @param confidence the highest confidence of those facts
     * @param firstDate  the earliest publication date of their articles, or "" when none is known
     * @param lastDate   the latest publication date of their articles, or ""
     * @param articles   the IRIs of their articles
     * @param example    the sentence of the surest of them
     * @param sourceText the labels of the subjects the facts name, in order, when an actor among them is drawn as
     *                   the source ("Turkish military" for Turkey); empty when every fact names the source itself
     * @param targetText the same of the objects and the target
     */
    public record Edge(String id, String source, String target, String relation, String label, String category,
                       int weight, double confidence, String firstDate, String lastDate, List<String> articles,
                       String example, List<String> sourceText, List<String> targetText) {
        public Edge {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(firstDate, "firstDate");
            Objects.requireNonNull(lastDate, "lastDate");
            Objects.requireNonNull(example, "example");
            articles = List.copyOf(articles);
            sourceText = List.copyOf(sourceText);
            targetText = List.copyOf(targetText);
        }
    }

    /**
     * The graph of the nodes of these types (local names, any case, e.g. {@code person}; {@code concept} for the
     * concepts) and the edges between them; no types means no filter.
     */
    public EntityGraph withTypes(Set<String> types) {
        if (types.isEmpty()) {
            return this;
        }
        Set<String> wanted = types.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return keepNodes(n -> wanted.contains(n.type().toLowerCase(Locale.ROOT)));
    }

    /**
     * The graph of the edges that at least {@code minWeight} facts support and the nodes they connect: a node no
     * such edge touches is left out too, since the filter asks for the well-supported part of the graph.
     */
    public EntityGraph withMinWeight(int minWeight) {
        List<Edge> kept = edges.stream().filter(e -> e.weight() >= minWeight).toList();
        Set<String> ends = kept.stream().flatMap(e -> java.util.stream.Stream.of(e.source(), e.target()))
                .collect(Collectors.toSet());
        return new EntityGraph(nodes.stream().filter(n -> ends.contains(n.id())).toList(), kept);
    }

    /** The graph of the nodes that pass the test and the edges between two of them. */
    EntityGraph keepNodes(Predicate<Node> test) {
        List<Node> kept = nodes.stream().filter(test).toList();
        Set<String> ids = kept.stream().map(Node::id).collect(Collectors.toSet());
        return new EntityGraph(kept, edges.stream()
                .filter(e -> ids.contains(e.source()) && ids.contains(e.target())).toList());
    }
}
