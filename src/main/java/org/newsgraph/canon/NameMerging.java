package org.newsgraph.canon;

import org.newsgraph.extract.Mention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An article's NER mentions merged into its entities, so that every way the article names one actor or place is
 * one node. Names are read as NER delimited them, then completed from the text around them ({@link NameForms}).
 * Names with the same key are one entity; so are a country's names and codes ({@link Countries}), a name and the
 * acronym the text gives for it or that its initials spell, and a person's shorter name and the one longer person
 * name it ends ("Kerry", "John Kerry"); a later surname or body's head word alone joins the one full name it
 * fits whatever NER typed it ({@link ShortNames}), and a wire's ticker in angle brackets is its company's name.
 * Mentions NER cut in two or overran are redrawn first ({@link SplitMentions}). An entity is labelled with its longest name, a country with its usual
 * English name; a demonym ties a name to its country ("Russian Defense Ministry"). A {@link Curation} overrides
 * all of this: names it declares different are never merged, names it declares the same always are.
 */
final class NameMerging {

    /**
     * An article's entities in order of first mention (a list the caller may add to), the entity key of each
     * mention that names one, and the keys of the entities each coreference chain reaches.
     */
    record Merged(List<Entity> entities, Map<Integer, String> entityOfMention,
                  Map<Integer, Set<String>> entitiesOfChain) {
    }

    /**
     * One NER mention read as a name.
     *
     * @param titled the name with the person title written before it ("President Ford"), used to link the
     *               entity but never its label
     */
    private record Name(Mention mention, List<String> forms, EntityType type, Optional<Countries.Country> country,
                        Set<String> countries, Optional<String> titled) {
        String key() {
            return country.map(c -> Names.key(c.label())).orElse(Names.key(forms.get(0)));
        }
    }

    private final Curation curation;

    NameMerging(Curation curation) {
        this.curation = curation;
    }

    /** Merges the names of an article's mentions, read in the article's text. */
    Merged merge(List<Mention> mentions, String text) {
        List<Name> names = new ArrayList<>();
        Mention previous = null;
        for (Mention m : SplitMentions.joined(mentions, text)) {
            Optional<String> title = personTitleBefore(previous, m, text);
            EntityType.ofNer(m.nerType()).filter(t -> !Names.key(m.text()).isEmpty())
                    .ifPresent(t -> names.add(name(m, t, text, title)));
            previous = m;
        }
        names.removeIf(n -> NameForms.isKindWord(n.forms().get(0)));
        // A name once written after a person title ("President Ford") is a person's all through the article.
        Set<String> titled = names.stream().filter(n -> n.titled().isPresent()).map(Name::key)
                .collect(Collectors.toSet());
        names.replaceAll(n -> titled.contains(n.key()) && n.type() != EntityType.PERSON && n.country().isEmpty()
                ? new Name(n.mention(), n.forms(), EntityType.PERSON, n.country(), n.countries(), n.titled()) : n);
        names.replaceAll(n -> demonymDropped(n, names));
        KeyGroups keys = new KeyGroups(curation);
        Map<String, List<Name>> byKey = new LinkedHashMap<>();
        for (Name n : names) {
            byKey.computeIfAbsent(n.key(), k -> new ArrayList<>()).add(n);
            keys.add(n.key());
            for (String form : n.forms()) {
                if (Names.isAcronym(form) || n.forms().size() > 1) {
                    keys.join(n.key(), Names.key(form));
                }
            }
        }
        joinAcronymsByInitials(byKey, keys);
        joinMiddleInitials(byKey, keys);
        List<ShortNames.Named> named = byKey.entrySet().stream().map(e -> named(e.getKey(), e.getValue())).toList();
        ShortNames.joinPersonTails(named, keys);
        ShortNames.joinHeads(named, keys);
        ShortNames.joinCompanyLeads(named, keys);
        for (String surname : ShortNames.joinSurnames(named, keys)) {
            byKey.get(surname).replaceAll(n -> new Name(n.mention(), n.forms(), EntityType.PERSON, n.country(),
                    n.countries(), n.titled()));
        }
        joinCuratedNames(byKey.keySet(), keys);

        Map<String, List<Name>> clusters = new LinkedHashMap<>();
        byKey.forEach((key, ns) -> clusters.computeIfAbsent(keys.root(key), k -> new ArrayList<>()).addAll(ns));
        List<Entity> entities = new ArrayList<>();
        Map<Integer, String> entityOfMention = new HashMap<>();
        Map<Integer, Set<String>> entitiesOfChain = new HashMap<>();
        for (List<Name> cluster : clusters.values()) {
            Entity e = entity(cluster);
            entities.add(e);
            for (Name n : cluster) {
                entityOfMention.put(n.mention().index(), e.key());
                if (n.mention().corefChain() >= 0) {
                    entitiesOfChain.computeIfAbsent(n.mention().corefChain(), c -> new HashSet<>()).add(e.key());
                }
            }
        }
        return new Merged(entities, entityOfMention, entitiesOfChain);
    }

    /**
     * The countries that the article names only by a demonym ("Turkish military"), in an entity's name or in a
     * concept of the facts, as entities of their own.
     */
    static Collection<Entity> countriesNamedOnlyByDemonym(List<Entity> entities, List<ResolvedFact> facts) {
        Map<String, Entity> countries = new LinkedHashMap<>();
        Set<String> known = entities.stream().map(Entity::key).collect(Collectors.toSet());
        for (Entity e : entities) {
            e.countries().forEach(c -> demonymCountry(c, known, countries));
        }
        for (ResolvedFact rf : facts) {
            for (Optional<Ref> r : List.of(rf.subject(), rf.object(), rf.speaker())) {
                if (r.isPresent() && r.get() instanceof Ref.ConceptRef c) {
                    c.countries().forEach(k -> demonymCountry(k, known, countries));
                }
            }
        }
        return countries.values();
    }

    /**
     * A capitalized title that directly precedes a name ("President Ford", "Gov. Granholm"): CoreNLP tags it
     * TITLE, and it makes the name a person's whatever NER said of the name.
     */
    private static Optional<String> personTitleBefore(Mention previous, Mention m, String text) {
        if (previous == null || !previous.nerType().equals("TITLE") || previous.span().end() > m.span().begin()
                || !text.substring(previous.span().end(), m.span().begin()).equals(" ")
                || !Character.isUpperCase(previous.text().charAt(0))) {
            return Optional.empty();
        }
        return Optional.of(previous.text());
    }

    private static Name name(Mention m, EntityType nerType, String text, Optional<String> title) {
        String surface = NameForms.withoutLeadingParticiple(NameForms.withoutTickerMarks(m.text().strip()));
        List<String> forms = new ArrayList<>();
        Set<String> countries = new TreeSet<>();
        EntityType type = title.isPresent() ? EntityType.PERSON : nerType;
        String[] words = surface.split("\\s+");
        Optional<Countries.Country> leading = words.length > 1
                ? Countries.get().byDemonym(words[0]) : Optional.empty();
        if (leading.isPresent()) {
            countries.add(Names.key(leading.get().label()));
        }
        String name = surface;
        if (type == EntityType.ORGANIZATION && leading.isEmpty()) {
            Optional<String> demonym = NameForms.demonymBefore(text, m.span().begin());
            if (demonym.isPresent()) {
                name = demonym.get() + " " + surface;
                Countries.get().byDemonym(demonym.get()).ifPresent(c -> countries.add(Names.key(c.label())));
            }
        }
        Optional<String> longer = NameForms.withKindAfter(name, type, text, m.span().end());
        forms.add(longer.orElse(name));
        if (!name.equals(surface) || longer.isPresent()) {
            forms.add(surface);
        }
        NameForms.aliasAfter(surface, text, m.span().end()).ifPresent(forms::add);
        NameForms.tickerAfter(text, m.span().end()).ifPresent(forms::add);
        SplitMentions.withAcronymInside(surface).ifPresent(forms::add);
        if (type == EntityType.STATE_OR_PROVINCE || type == EntityType.LOCATION) {
            StateNames.ofAbbreviation(surface).ifPresent(forms::add);
        }
        String stateName = SplitMentions.withoutStateForm(surface);
        if (type == EntityType.ORGANIZATION) {
            forms.add(Names.withoutCorporateSuffix(forms.get(0)));
        }
        Optional<Countries.Country> country = Optional.empty();
        if (type != EntityType.PERSON) {
            boolean place = type != EntityType.ORGANIZATION;
            country = Countries.get().byName(withoutPossessive(stateName), place);
            if (country.isEmpty() && place && words.length == 1) {
                // a place NER found that is written as a demonym stands for the country: "Soviet", "the Soviets"
                country = Countries.get().byDemonym(withoutPossessive(surface));
            }
            if (country.isPresent()) {
                type = EntityType.COUNTRY;
                countries.clear();
            }
        }
        Optional<String> titled = title.filter(t -> words.length == 1).map(t -> t + " " + surface);
        boolean company = type == EntityType.ORGANIZATION;
        return new Name(m, forms.stream().map(f -> company && ownPossessive(f, text) ? f : withoutPossessive(f))
                .distinct().toList(), type, country,
                countries, titled.map(NameMerging::withoutPossessive));
    }

    /**
     * Whether a company's name ends in a possessive that is its own: the article writes it before a company
     * designator too ("Standard and Poor's" of "Standard and Poor's Corp", "McDonald's" of "McDonald's Corp").
     */
    private static boolean ownPossessive(String name, String text) {
        return name.matches(".*\\S['’]s") && Pattern.compile(Pattern.quote(name) + " (?:Corp|Corporation|Inc|Co|Cos"
                + "|Ltd|Plc|PLC|LLC|AG|SA|NV)\\b").matcher(text).find();
    }

    private static String withoutPossessive(String text) {
        return text.replaceAll("\\s*['’]s?$", "").strip();
    }

    /**
     * "Syrian Assad": a demonym before what is elsewhere in the article a person's name is no part of the name;
     * the name stays tied to the country.
     */
    private static Name demonymDropped(Name n, List<Name> all) {
        String first = n.forms().get(0);
        String[] words = first.split("\\s+");
        if (n.type() == EntityType.PERSON || n.countries().isEmpty() || words.length < 2
                || Countries.get().byDemonym(words[0]).isEmpty()) {
            return n;
        }
        String[] rest = Names.words(first.substring(words[0].length()).strip());
        boolean personNamed = all.stream().anyMatch(o -> o.type() == EntityType.PERSON
                && (Arrays.equals(Names.words(o.forms().get(0)), rest)
                || endsWith(Names.words(o.forms().get(0)), rest)));
        if (!personNamed) {
            return n;
        }
        String name = first.substring(words[0].length()).strip();
        return new Name(n.mention(), List.of(name), EntityType.PERSON, Optional.empty(), n.countries(),
                n.titled());
    }

    /** An acronym ("UN") joins the one other name of the article whose capitalized words it spells. */
    private static void joinAcronymsByInitials(Map<String, List<Name>> byKey, KeyGroups keys) {
        for (List<Name> ns : byKey.values()) {
            String form = ns.get(0).forms().get(0);
            if (!Names.isAcronym(form) || ns.get(0).country().isPresent()) {
                continue;
            }
            String letters = Names.acronymLetters(form);
            List<String> spelled = byKey.entrySet().stream()
                    .filter(e -> spells(form, e.getValue().get(0).forms().get(0)))
                    .filter(e -> Names.initials(e.getValue().get(0).forms().get(0)).equals(letters))
                    .map(Map.Entry::getKey)
                    .toList();
            if (spelled.size() == 1) {
                keys.join(spelled.get(0), Names.key(form));
            }
        }
    }

    /**
     * Whether a name can be what an acronym stands for: not an acronym itself, and not holding the acronym as one of
     * its words ("EC Commission" has the initials E and C, but its "EC" is the European Community).
     */
    private static boolean spells(String acronym, String name) {
        return !Names.isAcronym(name) && Arrays.stream(name.split("[\\s-]+")).noneMatch(acronym::equals);
    }

    /** Names the curation declares the same are one entity. */
    private void joinCuratedNames(Set<String> names, KeyGroups keys) {
        if (curation.isEmpty()) {
            return;
        }
        List<String> all = new ArrayList<>(names);
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (curation.same(Set.of(all.get(i)), Set.of(all.get(j)))) {
                    keys.join(all.get(i), all.get(j));
                }
            }
        }
    }

    /**
     * A person's name and the one fuller name it equals but for middle initials are one person ("Gerald Ford",
     * "Gerald R. Ford"); with two such fuller names ("George W. Bush", "George H. W. Bush") none is joined.
     */
    private static void joinMiddleInitials(Map<String, List<Name>> byKey, KeyGroups keys) {
        Map<String, List<String>> byBareName = new HashMap<>();
        for (Map.Entry<String, List<Name>> e : byKey.entrySet()) {
            if (isPerson(e.getValue())) {
                byBareName.computeIfAbsent(withoutInitials(e.getKey()), k -> new ArrayList<>()).add(e.getKey());
            }
        }
        for (List<String> group : byBareName.values()) {
            List<String> withInitials = group.stream().filter(k -> !k.equals(withoutInitials(k))).toList();
            if (withInitials.size() == 1 && group.size() > 1) {
                group.forEach(k -> keys.join(withInitials.get(0), k));
            }
        }
    }

    private static String withoutInitials(String key) {
        String[] words = Names.words(key);
        if (words.length < 3) {
            return key;
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (i == 0 || i == words.length - 1 || words[i].length() > 1) {
                kept.add(words[i]);
            }
        }
        return String.join(" ", kept);
    }

    /** A person's shorter name joins the one longer person name it ends ("Lavrov", "Sergei Lavrov"). */
    private static ShortNames.Named named(String key, List<Name> ns) {
        EntityType type = isPerson(ns) ? EntityType.PERSON : ns.get(0).type();
        boolean place = ns.stream().anyMatch(n -> n.country().isPresent() || n.type() != EntityType.PERSON
                && n.type() != EntityType.ORGANIZATION);
        return new ShortNames.Named(key, ns.get(0).forms().get(0), type, ns.get(0).mention().index(), place);
    }

    private static boolean isPerson(List<Name> ns) {
        return ns.stream().filter(n -> n.type() == EntityType.PERSON).count() * 2 >= ns.size();
    }

    /** Whether a name's words end with the tail's, an Arabic article allowed before the first ("al-Assad"). */
    static boolean endsWith(String[] name, String[] tail) {
        if (tail.length == 0 || tail.length >= name.length) {
            return false;
        }
        for (int i = 1; i <= tail.length; i++) {
            String n = name[name.length - i];
            String t = tail[tail.length - i];
            if (!n.equals(t) && !Names.withoutArabicArticle(n).equals(t)) {
                return false;
            }
        }
        return true;
    }

    private static Entity entity(List<Name> cluster) {
        Set<String> forms = new LinkedHashSet<>();
        Set<String> countries = new TreeSet<>();
        Optional<Countries.Country> country = Optional.empty();
        for (Name n : cluster) {
            forms.addAll(n.forms());
            countries.addAll(n.countries());
            if (n.country().isPresent()) {
                country = n.country();
            }
        }
        if (country.isPresent()) {
            String label = country.get().label();
            return new Entity(Names.key(label), label, EntityType.COUNTRY, new ArrayList<>(forms), Set.of());
        }
        String label = forms.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        cluster.forEach(n -> n.titled().ifPresent(forms::add));
        Map<EntityType, Long> votes = cluster.stream()
                .collect(Collectors.groupingBy(Name::type, Collectors.counting()));
        EntityType labelType = cluster.stream().filter(n -> n.forms().contains(label)).map(Name::type)
                .findFirst().orElse(cluster.get(0).type());
        // NER often takes an unfamiliar one-word place for a person ("entered Jarablus"); a person in the news
        // is named in full at least once, so on a tie a one-word name is not a person.
        boolean oneWord = forms.stream().allMatch(f -> Names.words(f).length == 1);
        EntityType type = Arrays.stream(EntityType.values())
                .max(Comparator.comparingLong((EntityType t) -> votes.getOrDefault(t, 0L))
                        .thenComparing(t -> oneWord && t != EntityType.PERSON)
                        .thenComparing(t -> t == labelType))
                .orElseThrow();
        return new Entity(Names.key(label), label, type, new ArrayList<>(forms), countries);
    }

    private static void demonymCountry(String key, Set<String> known, Map<String, Entity> into) {
        if (known.contains(key) || into.containsKey(key)) {
            return;
        }
        Countries.get().byName(key, true).ifPresent(c ->
                into.put(key, new Entity(key, c.label(), EntityType.COUNTRY, List.of(), Set.of())));
    }
}
