package org.newsgraph.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The graph a {@link NodeChoice} draws, from what {@link EntityGraphReader} read: the entities and concepts with
 * their attributes, the actor concepts with the entity each acts for, and the asserted facts. Each fact's ends
 * are drawn as themselves, or an actor as its entity; the facts the choice keeps are aggregated per drawn
 * (subject, relation, object). Pure, so the rules are tested without a store.
 */
final class Picture {

    /**
     * One asserted fact as the reader reads it, its ends as stored.
     *
     * @param fact       its IRI
     * @param subject    its subject's IRI
     * @param relation   its relation's IRI
     * @param object     its object's IRI
     * @param label      the relation's label
     * @param category   the local name of its event category, or ""
     * @param confidence its confidence
     * @param article    its article's IRI
     * @param date       its article's publication date, or ""
     * @param sentence   its sentence's text, or ""
     */
    record Fact(String fact, String subject, String relation, String object, String label, String category,
                double confidence, String article, String date, String sentence) {
    }

    private final NodeChoice choice;
    private final Map<String, EntityGraph.Node> entities;
    private final Map<String, EntityGraph.Node> concepts;
    private final Map<String, String> actors;

    /**
     * A picture of these nodes by IRI (the concepts' type is {@code Concept}); {@code actors} maps an actor
     * concept to the entity it acts for, and is followed only for {@link NodeChoice#ACTORS}.
     */
    Picture(NodeChoice choice, Map<String, EntityGraph.Node> entities, Map<String, EntityGraph.Node> concepts,
            Map<String, String> actors) {
        this.choice = Objects.requireNonNull(choice, "choice");
        this.entities = Map.copyOf(entities);
        this.concepts = choice == NodeChoice.ENTITIES ? Map.of() : Map.copyOf(concepts);
        this.actors = choice == NodeChoice.ACTORS ? Map.copyOf(actors) : Map.of();
    }

    /** The IRI of the node a fact's end is drawn as, or null when it is neither an entity nor a concept. */
    String drawn(String iri) {
        if (entities.containsKey(iri)) {
            return iri;
        }
        return concepts.containsKey(iri) ? actors.getOrDefault(iri, iri) : null;
    }

    /** The picture of these facts: its nodes in IRI order, its edges in (subject, relation, object) order. */
    EntityGraph graph(Collection<Fact> facts) {
        Map<List<String>, Map<String, Fact>> bySpo = new HashMap<>();
        for (Fact f : facts) {
            String s = drawn(f.subject());
            String o = drawn(f.object());
            if (s == null || o == null || !kept(s, o)) {
                continue;
            }
            bySpo.computeIfAbsent(List.of(s, f.relation(), o), k -> new LinkedHashMap<>()).putIfAbsent(f.fact(), f);
        }
        List<List<String>> keys = new ArrayList<>(bySpo.keySet());
        keys.sort(Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1))
                .thenComparing(k -> k.get(2)));
        List<EntityGraph.Edge> edges = new ArrayList<>();
        Set<String> ends = new TreeSet<>();
        for (List<String> k : keys) {
            edges.add(edge("e" + edges.size(), k, bySpo.get(k).values()));
            ends.add(k.get(0));
            ends.add(k.get(2));
        }
        Map<String, EntityGraph.Node> nodes = new TreeMap<>(entities);
        ends.stream().filter(concepts::containsKey).forEach(c -> nodes.put(c, concepts.get(c)));
        return new EntityGraph(List.copyOf(nodes.values()), edges);
    }

    /** Whether a fact between these drawn ends is an edge of the picture. */
    private boolean kept(String s, String o) {
        boolean se = entities.containsKey(s);
        boolean oe = entities.containsKey(o);
        return choice == NodeChoice.ENTITIES ? se && oe : se || oe;
    }

    private EntityGraph.Edge edge(String id, List<String> spo, Collection<Fact> facts) {
        // The surest fact gives the example; ties go to the first by fact IRI so the export is reproducible.
        Fact surest = facts.stream().min(Comparator.comparingDouble((Fact f) -> -f.confidence())
                .thenComparing(Fact::fact)).orElseThrow();
        // ISO dates sort as text; a date that is not ISO still sorts, and the user sees it as written.
        TreeSet<String> dates = new TreeSet<>();
        facts.stream().map(Fact::date).filter(d -> !d.isEmpty()).forEach(dates::add);
        List<String> articles = facts.stream().map(Fact::article).distinct().sorted().toList();
        return new EntityGraph.Edge(id, spo.get(0), spo.get(2), spo.get(1), surest.label(), surest.category(),
                facts.size(), surest.confidence(), dates.isEmpty() ? "" : dates.first(),
                dates.isEmpty() ? "" : dates.last(), articles, surest.sentence(),
                originalWords(spo.get(0), facts, Fact::subject), originalWords(spo.get(2), facts, Fact::object));
    }

    /**
     * The labels of the ends the facts name on one side, when at least one of them is an actor drawn as
     * {@code drawnEnd}; none when every fact names the drawn node itself, so an empty list means "not rolled up".
     */
    private List<String> originalWords(String drawnEnd, Collection<Fact> facts, Function<Fact, String> end) {
        if (facts.stream().map(end).allMatch(drawnEnd::equals)) {
            return List.of();
        }
        return facts.stream().map(end).distinct().map(this::label).sorted().distinct().toList();
    }

    private String label(String iri) {
        EntityGraph.Node n = entities.containsKey(iri) ? entities.get(iri) : concepts.get(iri);
        return n.label();
    }
}
