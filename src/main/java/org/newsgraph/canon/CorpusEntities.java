package org.newsgraph.canon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
     * @param key     its key
     * @param type    its type
     * @param names   its label and aliases
     * @param pages   the Wikipedia page titles it is linked to
     * @param context keys of the entities named in the same articles
     */
    public record Known(String key, EntityType type, Set<String> names, Set<String> pages, Set<String> context) {
        public Known {
            names = Set.copyOf(names);
            pages = Set.copyOf(pages);
            context = Set.copyOf(context);
        }

        /** A stored entity of which no context is known. */
        public Known(String key, EntityType type, Set<String> names, Set<String> pages) {
            this(key, type, names, pages, Set.of());
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
     * @param typeOf  for each local key whose type the corpus corrects, the stored type
     */
    public record Linking(Map<String, String> keyOf, Map<String, String> renamed, Map<String, EntityType> typeOf) {
        public Linking {
            keyOf = Map.copyOf(keyOf);
            renamed = Map.copyOf(renamed);
            typeOf = Map.copyOf(typeOf);
        }

        /** A linking that corrects no type. */
        public Linking(Map<String, String> keyOf, Map<String, String> renamed) {
            this(keyOf, renamed, Map.of());
        }
    }

    /** Entities share at least this many other entities of their articles to be taken for spelling variants. */
    static final int MIN_SHARED_CONTEXT = 2;

    private final Curation curation;
    private final Map<String, Known> byKey = new LinkedHashMap<>();
    /** Where stored keys went when renamed, so that old keys in a context still count. */
    private final Map<String, String> renamedTo = new HashMap<>();
    /** Stored keys by the cues that any related name shares (its key, last word, initials), so that a lookup
     * compares a new name with a handful of stored entities, not all of them. */
    private final Map<String, Set<String>> keysByCue = new HashMap<>();

    /** A corpus with no user corrections. */
    public CorpusEntities() {
        this(Curation.NONE);
    }

    /** A corpus that follows the user's corrections to merging. */
    public CorpusEntities(Curation curation) {
        this.curation = Objects.requireNonNull(curation, "curation");
    }

    /** Adds or replaces what the corpus knows of an entity. */
    public void add(Known known) {
        Objects.requireNonNull(known, "known");
        Known merged = byKey.merge(known.key(), known, (a, b) -> {
            Set<String> names = new LinkedHashSet<>(a.names());
            names.addAll(b.names());
            Set<String> pages = new LinkedHashSet<>(a.pages());
            pages.addAll(b.pages());
            Set<String> context = new HashSet<>(a.context());
            context.addAll(b.context());
            return new Known(a.key(), a.type(), names, pages, context);
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
                add(new Known(to, old.type(), old.names(), old.pages(), old.context()));
            }
            renamedTo.put(from, to);
        });
        Set<String> keys = entities.stream().map(Entity::key).collect(java.util.stream.Collectors.toSet());
        for (Entity e : entities) {
            Set<String> context = new HashSet<>(keys);
            context.remove(e.key());
            add(new Known(e.key(), e.type(), e.names(), e.page().map(p -> Set.of(p.title())).orElse(Set.of()),
                    context));
        }
    }

    /** Number of entities known. */
    public int size() {
        return byKey.size();
    }

    /** The names the corpus knows for this key (label and aliases), none when it does not know the key. */
    public Set<String> names(String key) {
        Known k = byKey.get(key);
        return k == null ? Set.of() : k.names();
    }

    /**
     * How these local entities meet the stored ones: a local entity related to exactly one stored entity (a
     * shared name or page, one's name ends or abbreviates the other's, or the curation says they are the same)
     * takes the stored key when that key wins (see {@link #meet}); otherwise the stored entity is renamed to the
     * local key. Failing that, a stored entity whose name is a spelling variant of the local one's
     * ({@link Spellings}), of the same type (a one-word "person" may be a place), named in articles that share at
     * least {@link #MIN_SHARED_CONTEXT} other entities with this one, is the same entity. Names the curation
     * declares different never meet.
     */
    public Linking link(List<Entity> local) {
        Map<String, String> keyOf = new HashMap<>();
        Map<String, String> renamed = new HashMap<>();
        Map<Entity, Set<String>> unmatched = new LinkedHashMap<>();
        for (Entity e : local) {
            boolean stored = byKey.containsKey(e.key());
            if (e.type() == EntityType.COUNTRY || stored && !curation.concerns(e.names())) {
                continue;
            }
            Set<String> candidates = new LinkedHashSet<>();
            Set<String> soundAlike = new LinkedHashSet<>();
            for (String form : e.names()) {
                Set<String> lookups = new LinkedHashSet<>(curation.sameNames(form));
                lookups.add(form);
                for (String same : lookups) {
                    for (String cue : cues(same)) {
                        candidates.addAll(keysByCue.getOrDefault(cue, Set.of()));
                    }
                }
                soundAlike.addAll(keysByCue.getOrDefault(soundCue(form), Set.of()));
            }
            e.page().ifPresent(p -> candidates.addAll(keysByCue.getOrDefault("p:" + p.title(), Set.of())));
            candidates.remove(e.key());
            // A stored key meets another stored entity only where the curation says so ("same Burma Myanmar").
            List<Known> related = matching(candidates, k -> stored ? curation.same(e.names(), k.names())
                    : compatible(e.type(), k.type()) && related(e, k));
            if (related.isEmpty() && !stored) {
                unmatched.put(e, soundAlike);
            } else if (related.size() == 1) {
                meet(e, related.get(0), keyOf, renamed);
            }
        }
        // Spelling variants last, so that the context counts the entities just found under their stored keys.
        Set<String> context = new HashSet<>();
        for (Entity e : local) {
            context.add(e.key());
            context.add(keyOf.getOrDefault(e.key(), e.key()));
        }
        Map<String, EntityType> typeOf = new HashMap<>();
        unmatched.forEach((e, soundAlike) -> {
            Set<String> others = new HashSet<>(context);
            others.remove(e.key());
            List<Known> variants = matching(soundAlike, k -> variants(e, k, others));
            if (variants.size() == 1) {
                meet(e, variants.get(0), keyOf, renamed);
                if (variants.get(0).type() != e.type() && isPlace(variants.get(0).type())) {
                    typeOf.put(e.key(), variants.get(0).type());
                }
            }
        });
        return new Linking(keyOf, renamed, typeOf);
    }

    /**
     * The local entity is the stored one: the longer key wins, then the first in code-point order, so that the
     * key does not depend on which article came first.
     */
    private static void meet(Entity e, Known k, Map<String, String> keyOf, Map<String, String> renamed) {
        if (k.key().length() > e.key().length()
                || k.key().length() == e.key().length() && k.key().compareTo(e.key()) <= 0) {
            keyOf.put(e.key(), k.key());
        } else if (!renamed.containsKey(k.key())) {
            renamed.put(k.key(), e.key());
        }
    }

    private List<Known> matching(Set<String> keys, java.util.function.Predicate<Known> test) {
        List<Known> out = new ArrayList<>();
        for (String key : keys) {
            Known k = byKey.get(key);
            if (k != null && k.type() != EntityType.COUNTRY && test.test(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /** Whether a stored entity is the local one spelled another way, with the evidence to show for it. */
    private boolean variants(Entity e, Known k, Set<String> localContext) {
        if (!sameKind(e, k) || curation.different(e.names(), k.names())) {
            return false;
        }
        boolean spelled = e.names().stream().anyMatch(a -> k.names().stream().anyMatch(b -> Spellings.variants(a, b)));
        if (!spelled) {
            return false;
        }
        if (e.page().isPresent() && !k.pages().isEmpty() && !k.pages().contains(e.page().get().title())) {
            // Two pages: one name only if the titles are themselves spellings of one name (duplicate pages).
            String mine = e.page().get().title().replace('_', ' ');
            if (k.pages().stream().noneMatch(p -> Spellings.variants(mine, p.replace('_', ' ')))) {
                return false;
            }
        }
        long shared = k.context().stream().map(this::current).filter(localContext::contains).distinct().count();
        return shared >= MIN_SHARED_CONTEXT;
    }

    /**
     * Whether the two are of one type, taking a one-word "person" for the place it spells: NER often tags an
     * unfamiliar place as a person ("reach Kobane"), while a person in the news is named in full at least once.
     */
    private static boolean sameKind(Entity e, Known k) {
        if (e.type() == k.type()) {
            return true;
        }
        if (e.type() == EntityType.PERSON) {
            return isPlace(k.type()) && oneWord(e.names());
        }
        return k.type() == EntityType.PERSON && isPlace(e.type()) && oneWord(k.names());
    }

    private static boolean isPlace(EntityType type) {
        return type != EntityType.PERSON && type != EntityType.ORGANIZATION;
    }

    private static boolean oneWord(Set<String> names) {
        return names.stream().allMatch(n -> Names.words(n).length == 1);
    }

    private String current(String key) {
        String k = key;
        for (int hops = 0; renamedTo.containsKey(k) && hops < 100; hops++) {
            k = renamedTo.get(k);
        }
        return k;
    }

    private static List<String> cues(Known k) {
        List<String> out = new ArrayList<>();
        k.names().forEach(n -> {
            out.addAll(cues(n));
            out.add(soundCue(n));
        });
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

    private static String soundCue(String name) {
        return "s:" + Spellings.sound(name);
    }

    private boolean related(Entity e, Known k) {
        if (curation.different(e.names(), k.names())) {
            return false;
        }
        if (curation.same(e.names(), k.names())) {
            return true;
        }
        if (e.page().isPresent() && k.pages().contains(e.page().get().title())) {
            return true;
        }
        if (e.page().isPresent() && !k.pages().isEmpty()) {
            return false;
        }
        for (String form : e.names()) {
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
            return NameMerging.endsWith(Names.words(fullName), Names.words(shortName));
        }
        return Names.isAcronym(shortName) && !Names.isAcronym(fullName)
                && Names.initials(fullName).equals(Names.acronymLetters(shortName));
    }

    private static boolean compatible(EntityType a, EntityType b) {
        return (a == EntityType.PERSON) == (b == EntityType.PERSON);
    }

}
