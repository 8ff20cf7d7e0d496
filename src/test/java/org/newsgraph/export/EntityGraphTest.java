package org.newsgraph.export;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The filters on the entity graph. */
class EntityGraphTest {

    private static EntityGraph.Node node(String id, String type) {
        return new EntityGraph.Node(id, id.toUpperCase(), type, 1, List.of(), List.of());
    }

    private static EntityGraph.Edge edge(String source, String target, int weight) {
        return new EntityGraph.Edge(source + target, source, target, "r", "r", "", weight, 1, "", "", List.of(), "",
                List.of(), List.of());
    }

    private static final EntityGraph G = new EntityGraph(
            List.of(node("a", "Person"), node("b", "Country"), node("c", "Person"), node("lonely", "Person"),
                    node("ceasefire", "Concept")),
            List.of(edge("a", "b", 1), edge("a", "c", 3), edge("c", "b", 2), edge("b", "ceasefire", 1)));

    private static List<String> ids(EntityGraph g) {
        return g.nodes().stream().map(EntityGraph.Node::id).toList();
    }

    private static List<String> edgeIds(EntityGraph g) {
        return g.edges().stream().map(EntityGraph.Edge::id).toList();
    }

    @Test
    void typesKeepTheirEntitiesAndTheEdgesBetweenThemInAnyCase() {
        EntityGraph people = G.withTypes(Set.of("person"));
        assertEquals(List.of("a", "c", "lonely"), ids(people));
        assertEquals(List.of("ac"), edgeIds(people));
        assertEquals(G, G.withTypes(Set.of()));
        EntityGraph countriesAndConcepts = G.withTypes(Set.of("Country", "concept"));
        assertEquals(List.of("b", "ceasefire"), ids(countriesAndConcepts));
        assertEquals(List.of("bceasefire"), edgeIds(countriesAndConcepts));
    }

    @Test
    void minWeightKeepsStrongEdgesAndTheEntitiesTheyConnect() {
        EntityGraph strong = G.withMinWeight(2);
        assertEquals(List.of("ac", "cb"), edgeIds(strong));
        assertEquals(List.of("a", "b", "c"), ids(strong));
    }

    @Test
    void isImmutable() {
        assertThrows(UnsupportedOperationException.class, () -> G.nodes().add(node("x", "")));
        assertThrows(UnsupportedOperationException.class, () -> G.edges().get(0).articles().add("x"));
    }
}
