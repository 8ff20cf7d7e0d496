package org.newsgraph.canon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The entities already stored, by key, so that a new article's entities get the IRIs the corpus already uses:
 * "Lavrov" in a new article is the stored Sergei Lavrov; "UN" is the stored United Nations. When the new
 * article names a stored entity more fully ("Sergei Lavrov" after "Lavrov"), the stored one is renamed to the
 * fuller key, so the final keys do not depend on the order articles arrive in.
 */
public final class CorpusEntities {

    /**
     * A stored entity.
     *
     * @param key   its key
     * @param type  its type
     * @param names its label and aliases
     * @param pages the Wikipedia page titles it is linked to
     */
    public record Known(String key, EntityType type, Set<String> names, Set<String> pages) {
        public Known {
            names = Set.copyOf(names);
            pages = Set.copyOf(pages);
        }

        /** A stored entity not linked to any page. */
        public Known(String key, EntityType type, Set<String> names) {
            this(key, type, names, Set.of());
        }
    }

    /**
     * How a new article's entities meet the corpus.
     *
     * @param keyOf   for each local key that the corpus knows under another key, that key
     * @param renamed stored keys to be replaced by a fuller local key
     */
    public record Linking(Map<String, String> keyOf, Map<String, String> renamed) {
        public Linking {
            keyOf = Map.copyOf(keyOf);
            renamed = Map.copyOf(renamed);
        }
    }

    private final Map<String, Known> byKey = new LinkedHashMap<>();
    /** Stored keys by the cues that any related name shares (its key, last word, initials), so that a lookup
     * compares a new name with a handful of stored entities, not all of them. */
    private final Map<String, Set<String>> keysByCue = new HashMap<>();

    /** Adds or replaces what the corpus knows of an entity. */
    public void add(Known known) {
        Objects.requireNonNull(known, "known");
        Known merged = byKey.merge(known.key(), known, (a, b) -> {
            Set<String> names = new LinkedHashSet<>(a.names());
            names.addAll(b.names());
            Set<String> pages = new LinkedHashSet<>(a.pages());
            pages.addAll(b.pages());
            return new Known(a.key(), a.type(), names, pages);
        });
        for (String cue : cues(merged)) {
            keysByCue.computeIfAbsent(cue, c -> new LinkedHashSet<>()).add(merged.key());
        }
    }

    /** Records a new article's entities and renames, once it is stored. */
    public void record(List<Entity> entities, Map<String, String> renamed) {
        renamed.forEach((from, to) -> {
            Known old = byKey.remove(from);
            if (old != null) {
                for (String cue : cues(old)) {
                    Set<String> keys = keysByCue.get(cue);
                    if (keys != null) {
                        keys.remove(from);
                    }
                }
                add(new Known(to, old.type(), old.names(), old.pages()));
            }
        });
        for (Entity e : entities) {
            Set<String> names = new LinkedHashSet<>(e.forms());
            names.add(e.label());
            add(new Known(e.key(), e.type(), names, e.page().map(p -> Set.of(p.title())).orElse(Set.of())));
        }
    }

    /** Number of entities known. */
    public int size() {
        return byKey.size();
    }

    /**
     * How these local entities meet the stored ones: a local entity related to exactly one stored entity (a
     * shared name, or one's name ends or abbreviates the other's) takes the stored key when that key is at least
     * as long as its own; otherwise the stored entity is renamed to the local key.
     */
    public Linking link(List<Entity> local) {
        Map<String, String> keyOf = new HashMap<>();
        Map<String, String> renamed = new HashMap<>();
        for (Entity e : local) {
            if (byKey.containsKey(e.key()) || e.type() == EntityType.COUNTRY) {
                continue;
            }
            Set<String> candidates = new LinkedHashSet<>();
            List<String> forms = new ArrayList<>(e.forms());
            forms.add(e.label());
            for (String form : forms) {
                for (String cue : cues(form)) {
                    candidates.addAll(keysByCue.getOrDefault(cue, Set.of()));
                }
            }
            e.page().ifPresent(p -> candidates.addAll(keysByCue.getOrDefault("p:" + p.title(), Set.of())));
            List<Known> related = new ArrayList<>();
            for (String key : candidates) {
                Known k = byKey.get(key);
                if (k != null && k.type() != EntityType.COUNTRY && compatible(e.type(), k.type()) && related(e, k)) {
                    related.add(k);
                }
            }
            if (related.size() != 1) {
                continue;
            }
            Known k = related.get(0);
            if (k.key().length() >= e.key().length()) {
                keyOf.put(e.key(), k.key());
            } else if (!renamed.containsKey(k.key())) {
                renamed.put(k.key(), e.key());
            }
        }
        return new Linking(keyOf, renamed);
    }

    private static List<String> cues(Known k) {
        List<String> out = new ArrayList<>();
        k.names().forEach(n -> out.addAll(cues(n)));
        k.pages().forEach(p -> out.add("p:" + p));
        return out;
    }

    /** What two related names share: the same key, the same last word, or the same initials. */
    private static List<String> cues(String name) {
        List<String> out = new ArrayList<>(3);
        String key = Names.key(name);
        out.add("k:" + key);
        String[] words = Names.words(name);
        if (words.length > 0) {
            out.add("w:" + Names.withoutArabicArticle(words[words.length - 1]));
        }
        String letters = Names.isAcronym(name) ? Names.acronymLetters(name) : Names.initials(name);
        if (letters.length() >= 2) {
            out.add("i:" + letters);
        }
        return out;
    }

    private static boolean related(Entity e, Known k) {
        if (e.page().isPresent() && k.pages().contains(e.page().get().title())) {
            return true;
        }
        if (e.page().isPresent() && !k.pages().isEmpty()) {
            return false;
        }
        List<String> forms = new ArrayList<>(e.forms());
        forms.add(e.label());
        for (String form : forms) {
            for (String name : k.names()) {
                if (Names.key(name).equals(Names.key(form)) || abbreviates(form, name, e.type())
                        || abbreviates(name, form, k.type())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether short is a person's shorter name ending full, or an acronym spelling full's initials. */
    static boolean abbreviates(String shortName, String fullName, EntityType type) {
        if (type == EntityType.PERSON) {
            return Canonicalizer.endsWith(Names.words(fullName), Names.words(shortName));
        }
        return Names.isAcronym(shortName) && !Names.isAcronym(fullName)
                && Names.initials(fullName).equals(Names.acronymLetters(shortName));
    }

    private static boolean compatible(EntityType a, EntityType b) {
        return (a == EntityType.PERSON) == (b == EntityType.PERSON);
    }

}
