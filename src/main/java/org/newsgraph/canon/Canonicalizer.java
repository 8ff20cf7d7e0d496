package org.newsgraph.canon;

import org.newsgraph.extract.Argument;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Mention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Merges an article's names into entities and resolves fact arguments to entities or concepts.
 *
 * <p>Mentions with the same name key are one entity; a person's shorter name ("Kerry") joins the one longer name
 * it ends ("John Kerry"). An entity is labelled with its longest name. Pronouns resolve through coreference only
 * when their chain reaches exactly one entity; otherwise the argument stays unresolved.
 */
public final class Canonicalizer {

    /** Resolves one article. */
    public ResolvedArticle resolve(Extraction extraction) {
        List<Mention> mentions = extraction.mentions();
        Map<String, List<Mention>> byKey = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (EntityType.ofNer(m.nerType()).isPresent() && !Names.key(m.text()).isEmpty()) {
                byKey.computeIfAbsent(Names.key(m.text()), k -> new ArrayList<>()).add(m);
            }
        }
        Map<String, String> groupOf = shortPersonNamesJoined(byKey);
        Map<String, List<Mention>> clusters = new LinkedHashMap<>();
        byKey.forEach((key, ms) -> clusters.computeIfAbsent(groupOf.getOrDefault(key, key),
                k -> new ArrayList<>()).addAll(ms));

        List<Entity> entities = new ArrayList<>();
        Map<Integer, String> entityOfMention = new HashMap<>();
        Map<Integer, Set<String>> entitiesOfChain = new HashMap<>();
        for (List<Mention> cluster : clusters.values()) {
            Entity e = entity(cluster);
            entities.add(e);
            for (Mention m : cluster) {
                entityOfMention.put(m.index(), e.key());
                if (m.corefChain() >= 0) {
                    entitiesOfChain.computeIfAbsent(m.corefChain(), c -> new HashSet<>()).add(e.key());
                }
            }
        }
        List<ResolvedFact> facts = new ArrayList<>();
        for (Fact f : extraction.facts()) {
            facts.add(new ResolvedFact(f, ref(f.subject(), entityOfMention, entitiesOfChain),
                    ref(f.object(), entityOfMention, entitiesOfChain)));
        }
        return new ResolvedArticle(extraction, entities, entityOfMention, facts);
    }

    /** Maps the key of a one-word person name to the key of the single longer person name it ends, if any. */
    private static Map<String, String> shortPersonNamesJoined(Map<String, List<Mention>> byKey) {
        List<String> persons = byKey.entrySet().stream()
                .filter(e -> isPerson(e.getValue()))
                .map(Map.Entry::getKey)
                .toList();
        Map<String, String> joined = new HashMap<>();
        for (String shorter : persons) {
            String[] words = Names.words(shorter);
            List<String> longer = persons.stream()
                    .filter(other -> other.length() > shorter.length() && endsWith(Names.words(other), words))
                    .toList();
            if (longer.size() == 1) {
                joined.put(shorter, longer.get(0));
            }
        }
        return joined;
    }

    private static boolean isPerson(List<Mention> ms) {
        return ms.stream().filter(m -> m.nerType().equals("PERSON")).count() * 2 > ms.size();
    }

    private static boolean endsWith(String[] name, String[] tail) {
        if (tail.length == 0 || tail.length >= name.length) {
            return false;
        }
        for (int i = 1; i <= tail.length; i++) {
            String n = name[name.length - i];
            String t = tail[tail.length - i];
            if (!n.equals(t) && !n.equals("al-" + t)) {
                return false;
            }
        }
        return true;
    }

    private static Entity entity(List<Mention> cluster) {
        Set<String> forms = new LinkedHashSet<>();
        for (Mention m : cluster) {
            forms.add(withoutPossessive(m.text()));
        }
        String label = forms.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        Map<EntityType, Long> votes = cluster.stream()
                .map(m -> EntityType.ofNer(m.nerType()).orElseThrow())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        EntityType labelType = cluster.stream()
                .filter(m -> withoutPossessive(m.text()).equals(label))
                .map(m -> EntityType.ofNer(m.nerType()).orElseThrow())
                .findFirst().orElseThrow();
        EntityType type = Arrays.stream(EntityType.values())
                .max(Comparator.comparingLong((EntityType t) -> votes.getOrDefault(t, 0L))
                        .thenComparing(t -> t == labelType))
                .orElseThrow();
        return new Entity(Names.key(label), label, type, new ArrayList<>(forms));
    }

    private static String withoutPossessive(String text) {
        return text.replaceAll("\\s*['’]s?$", "").strip();
    }

    private static Optional<Ref> ref(Argument a, Map<Integer, String> entityOfMention,
                                     Map<Integer, Set<String>> entitiesOfChain) {
        switch (a.kind()) {
            case NAME -> {
                String key = entityOfMention.get(a.mention());
                if (key != null) {
                    return Optional.of(new Ref.EntityRef(key));
                }
                return concept(a);
            }
            case PRONOUN -> {
                Set<String> candidates = entitiesOfChain.getOrDefault(a.corefChain(), Set.of());
                return candidates.size() == 1
                        ? Optional.of(new Ref.EntityRef(candidates.iterator().next()))
                        : Optional.empty();
            }
            case PHRASE -> {
                return concept(a);
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private static Optional<Ref> concept(Argument a) {
        String key = Names.key(a.label());
        if (key.isEmpty() || !key.chars().anyMatch(Character::isLetter)) {
            return Optional.empty();
        }
        return Optional.of(new Ref.ConceptRef(key, a.label()));
    }
}
