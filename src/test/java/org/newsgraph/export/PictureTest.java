package org.newsgraph.export;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What each choice of nodes draws, on a made-up story: the rules of {@link Picture} without a store. */
class PictureTest {

    private static EntityGraph.Node node(String id, String label, String type) {
        return new EntityGraph.Node(id, label, type, 1, List.of(), List.of());
    }

    private static final Map<String, EntityGraph.Node> ENTITIES = byId(List.of(node("turkey", "Turkey", "Country"),
            node("ypg", "People's Protection Units", "Organization"), node("russia", "Russia", "Country")));
    private static final Map<String, EntityGraph.Node> CONCEPTS = byId(List.of(
            node("turkish_military", "Turkish military", "Concept"),
            node("turkish_forces", "Turkish forces", "Concept"),
            node("ceasefire", "48-hour humanitarian ceasefire", "Concept"),
            node("militia", "Kurdish militia", "Concept"), node("retreat", "YPG retreat", "Concept")));
    private static final Map<String, String> ACTORS = Map.of("turkish_military", "turkey", "turkish_forces", "turkey");

    private static int n;

    private static Picture.Fact fact(String s, String p, String o) {
        return new Picture.Fact("f" + n++, s, p, o, p, "", 0.5 + n / 100.0, "article", "2016-08-27",
                s + " " + p + " " + o + ".");
    }

    private static final List<Picture.Fact> FACTS = List.of(
            fact("turkish_military", "shell", "ypg"),
            fact("turkish_forces", "shell", "ypg"),
            fact("turkey", "shell", "ypg"),
            fact("turkish_military", "shell", "militia"),
            fact("turkish_military", "demand", "retreat"),
            fact("russia", "agree to", "ceasefire"),
            fact("russia", "meet", "turkey"),
            fact("russia", "say", "a literal or an unknown thing"));

    private static Map<String, EntityGraph.Node> byId(List<EntityGraph.Node> nodes) {
        return nodes.stream().collect(Collectors.toMap(EntityGraph.Node::id, Function.identity()));
    }

    private static EntityGraph draw(NodeChoice choice) {
        return new Picture(choice, ENTITIES, CONCEPTS, ACTORS).graph(FACTS);
    }

    private static List<String> ids(EntityGraph g) {
        return g.nodes().stream().map(EntityGraph.Node::id).toList();
    }

    private static List<String> edges(EntityGraph g) {
        return g.edges().stream().map(e -> e.source() + " " + e.relation() + " " + e.target() + " " + e.weight())
                .toList();
    }

    private static EntityGraph.Edge edge(EntityGraph g, String source, String relation, String target) {
        return g.edges().stream().filter(e -> e.source().equals(source) && e.relation().equals(relation)
                && e.target().equals(target)).findFirst().orElseThrow(() -> new AssertionError(
                source + " " + relation + " " + target + " in " + edges(g)));
    }

    @Test
    void entitiesDrawTheEdgesBetweenTwoEntitiesAndNoConcept() {
        EntityGraph g = draw(NodeChoice.ENTITIES);
        assertEquals(List.of("russia", "turkey", "ypg"), ids(g));
        assertEquals(List.of("russia meet turkey 1", "turkey shell ypg 1"), edges(g));
    }

    @Test
    void allDrawsTheConceptsInFactsWithAnEntityButNoFactBetweenTwoConcepts() {
        EntityGraph g = draw(NodeChoice.ALL);
        // The militia and the retreat are only in facts with another concept.
        assertEquals(List.of("ceasefire", "russia", "turkey", "turkish_forces", "turkish_military", "ypg"), ids(g));
        assertEquals(List.of("russia agree to ceasefire 1", "russia meet turkey 1", "turkey shell ypg 1",
                "turkish_forces shell ypg 1", "turkish_military shell ypg 1"), edges(g));
        assertEquals("Concept", g.nodes().get(0).type());
        assertTrue(g.edges().stream().allMatch(e -> e.sourceText().isEmpty() && e.targetText().isEmpty()),
                "nothing is drawn as another node");
    }

    @Test
    void actorsAreDrawnAsTheirEntityWithTheirWordsOnTheEdge() {
        EntityGraph g = draw(NodeChoice.ACTORS);
        assertEquals(List.of("ceasefire", "militia", "retreat", "russia", "turkey", "ypg"), ids(g));
        // Turkey's own shelling and its two actors' are one edge; the actors' facts with concepts become edges.
        assertEquals(List.of("russia agree to ceasefire 1", "russia meet turkey 1", "turkey demand retreat 1",
                "turkey shell militia 1", "turkey shell ypg 3"), edges(g));
        EntityGraph.Edge shell = edge(g, "turkey", "shell", "ypg");
        assertEquals(List.of("Turkey", "Turkish forces", "Turkish military"), shell.sourceText());
        assertEquals(List.of(), shell.targetText());
        assertEquals(List.of("Turkish military"), edge(g, "turkey", "shell", "militia").sourceText());
        assertEquals(List.of(), edge(g, "russia", "meet", "turkey").targetText(), "Turkey named itself");
        assertEquals("turkey shell ypg.", shell.example(), "the surest of the three gives the example");
    }

    @Test
    void anEndThatIsNeitherEntityNorConceptIsDrawnAsNothing() {
        Picture p = new Picture(NodeChoice.ACTORS, ENTITIES, CONCEPTS, ACTORS);
        assertNull(p.drawn("a literal or an unknown thing"));
        assertEquals("turkey", p.drawn("turkish_military"));
        assertEquals("ceasefire", p.drawn("ceasefire"));
        assertEquals("turkish_military", new Picture(NodeChoice.ALL, ENTITIES, CONCEPTS, ACTORS)
                .drawn("turkish_military"), "actors are followed only when asked");
        assertNull(new Picture(NodeChoice.ENTITIES, ENTITIES, CONCEPTS, ACTORS).drawn("ceasefire"));
    }
}
