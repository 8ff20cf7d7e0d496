package org.newsgraph.canon;

import org.newsgraph.extract.Extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Optional;

/**
 * An article's extraction with names merged into entities and fact arguments resolved.
 *
 * @param extraction      what was read from the article
 * @param entities        the article's entities, in order of first mention
 * @param entityOfMention for each NER mention index that names an entity, that entity's key
 * @param facts           every extracted fact, resolved where possible
 */
public record ResolvedArticle(Extraction extraction, List<Entity> entities, Map<Integer, String> entityOfMention,
                              List<ResolvedFact> facts) {

    public ResolvedArticle {
        entities = List.copyOf(entities);
        entityOfMention = Map.copyOf(entityOfMention);
        facts = List.copyOf(facts);
    }

    /**
     * The same article with entity keys replaced as the map says (keys not in it stay); entities that end up
     * with one key become one entity.
     */
    public ResolvedArticle rekeyed(Map<String, String> keyOf) {
        return rekeyed(keyOf, Map.of());
    }

    /** As {@link #rekeyed(Map)}, also giving entities the types the map says (by their key before rekeying). */
    public ResolvedArticle rekeyed(Map<String, String> keyOf, Map<String, EntityType> typeOf) {
        if (keyOf.isEmpty() && typeOf.isEmpty()) {
            return this;
        }
        java.util.function.UnaryOperator<String> k = key -> keyOf.getOrDefault(key, key);
        Map<String, Entity> merged = new java.util.LinkedHashMap<>();
        // an entity that keeps its key keeps its label too: a capital that joins its country ("Tokyo", Japan)
        Set<String> staying = entities.stream().map(Entity::key).filter(key -> k.apply(key).equals(key))
                .collect(Collectors.toSet());
        for (Entity e : entities) {
            boolean stays = staying.contains(e.key());
            Set<String> countries = e.countries().stream().map(k).collect(Collectors.toSet());
            Entity moved = new Entity(k.apply(e.key()), e.label(), typeOf.getOrDefault(e.key(), e.type()),
                    e.forms(), countries, e.page());
            merged.merge(moved.key(), moved, (a, b) -> {
                List<String> forms = new ArrayList<>(a.forms());
                b.forms().stream().filter(f -> !forms.contains(f)).forEach(forms::add);
                Set<String> cs = new java.util.TreeSet<>(a.countries());
                cs.addAll(b.countries());
                Entity staying1 = !staying.contains(a.key()) ? null : stays ? b : a;
                String label = staying1 != null ? staying1.label()
                        : a.label().length() >= b.label().length() ? a.label() : b.label();
                return new Entity(a.key(), label, (staying1 != null ? staying1 : a).type(), forms, cs,
                        a.page().or(b::page));
            });
        }
        Map<Integer, String> mentions = new java.util.HashMap<>();
        entityOfMention.forEach((m, key) -> mentions.put(m, k.apply(key)));
        List<ResolvedFact> rekeyedFacts = facts.stream()
                .map(f -> new ResolvedFact(f.fact(), f.subject().map(r -> rekeyed(r, k)),
                        f.object().map(r -> rekeyed(r, k)), f.speaker().map(r -> rekeyed(r, k))))
                .toList();
        return new ResolvedArticle(extraction, new ArrayList<>(merged.values()), mentions, rekeyedFacts);
    }

    private static Ref rekeyed(Ref ref, java.util.function.UnaryOperator<String> k) {
        if (ref instanceof Ref.EntityRef e) {
            return new Ref.EntityRef(k.apply(e.key()));
        }
        Ref.ConceptRef c = (Ref.ConceptRef) ref;
        return new Ref.ConceptRef(c.key(), c.label(),
                c.countries().stream().map(k).collect(Collectors.toSet()),
                c.about().stream().map(k).collect(Collectors.toSet()));
    }

    /** The same article with each entity linked to the page the function finds for it, if any. */
    public ResolvedArticle linked(java.util.function.Function<Entity, java.util.Optional<WikiPage>> linker) {
        List<Entity> linked = entities.stream().map(e -> e.withPage(linker.apply(e))).toList();
        return new ResolvedArticle(extraction, linked, entityOfMention, facts);
    }

    /** The entity with this key, if the article has it. */
    public Optional<Entity> entity(String key) {
        return entities.stream().filter(e -> e.key().equals(key)).findFirst();
    }
}
