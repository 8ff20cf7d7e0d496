package org.newsgraph.link;

import org.newsgraph.canon.Entity;
import org.newsgraph.canon.EntityType;
import org.newsgraph.canon.Names;
import org.newsgraph.canon.WikiPage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Links an entity (not a mention) to the English Wikipedia page it is, through {@link WikiDict}, or abstains.
 *
 * <p>The dictionary holds one page per string, no context, and many wrong entries ("John Kerry" → a band). So the
 * entity's fullest name is looked up first, then its other names; a page counts only when its title fits the
 * entity: a person's page ends with the person's surname and carries no qualifier of a thing ("Kerry_GAA" is no
 * person); a place's page is named by the place, perhaps with a comma qualifier ("Atlanta,_Georgia"); a body's
 * page holds the words of its name, and an acronym's page must spell it and agree with any expansion the article
 * gives ("YPG" with "People's Protection Units" is not "Yuma_Proving_Ground"). The confidence is the
 * dictionary's score for the string, lowered when the title fits only in part; below {@link #MIN_CONFIDENCE} there
 * is no link, since a wrong link is worse than none.
 */
public final class Linker {

    /** Links weaker than this are not made. */
    public static final double MIN_CONFIDENCE = 0.65;

    /** Qualifiers that say a page is about a thing, not a person or a place. */
    private static final Set<String> THING_QUALIFIERS = Set.of("band", "album", "song", "film", "novel", "book",
            "magazine", "newspaper", "ship", "horse", "gaa", "company", "brand", "software", "video game", "game",
            "tv series", "television series", "play", "musical", "opera", "painting", "sculpture", "single",
            "ep", "group", "rapper", "programming language", "car", "automobile", "aircraft", "missile", "rifle",
            "restaurant", "website", "comics", "character", "surname", "given name", "name", "disambiguation");
    /** Words that make a title a body's or a place's, never a person's ("Ford_Motor_Company"). */
    private static final Set<String> BODY_AND_PLACE_WORDS = Set.of("company", "corporation", "motor", "motors",
            "group", "bank", "airlines", "university", "college", "school", "institute", "party", "club", "team",
            "records", "foundation", "association", "society", "church", "hospital", "agency", "ministry",
            "council", "committee", "army", "front", "river", "lake", "county", "city", "district", "province");
    private static final Set<String> ARABIC_ARTICLES = Set.of("al", "el", "ad", "as", "ash", "at", "az", "an", "ar");

    private final WikiDict dict;

    public Linker(WikiDict dict) {
        this.dict = Objects.requireNonNull(dict, "dict");
    }

    /**
     * What the rest of an article says that helps choose a page: the places it names.
     *
     * @param places keys of the names of the article's places (countries, states, cities, other locations)
     */
    public record Context(Set<String> places) {
        /** No context. */
        public static final Context NONE = new Context(Set.of());

        public Context {
            places = Set.copyOf(places);
        }

        /** The context an article's entities give. */
        public static Context of(List<Entity> entities) {
            Set<String> places = new java.util.HashSet<>();
            for (Entity e : entities) {
                if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
                    e.names().forEach(n -> places.add(Names.key(n)));
                }
            }
            return new Context(places);
        }

        boolean names(String place) {
            return places.contains(Names.key(place));
        }
    }

    /** The page the entity is, if one fits well enough, without context. */
    public Optional<WikiPage> link(Entity entity) {
        return link(entity, Context.NONE);
    }

    /**
     * The page the entity is, if one fits well enough. Its names may lead to several pages; the first that fits
     * wins, unless another's qualifier names a place the article names ("Columbia,_South_Carolina" in an article
     * about South Carolina).
     */
    public Optional<WikiPage> link(Entity entity, Context context) {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(context, "context");
        List<String> names = new ArrayList<>();
        names.add(entity.label());
        entity.forms().stream().filter(f -> !f.equals(entity.label()))
                .sorted(Comparator.comparingInt(String::length).reversed()).forEach(names::add);
        if (entity.type() == EntityType.ORGANIZATION) {
            List.copyOf(names).stream().map(Names::withoutCorporateSuffix).filter(n -> !names.contains(n))
                    .forEach(names::add);
        }
        List<String> expansions = names.stream().filter(n -> !Names.isAcronym(n)).toList();
        Optional<WikiPage> first = Optional.empty();
        for (String name : names) {
            Optional<WikiDict.Entry> entry = dict.lookup(name);
            if (entry.isEmpty()) {
                continue;
            }
            double fit = fit(entity, name, expansions, entry.get().page());
            double confidence = entry.get().score() * fit;
            if (confidence < MIN_CONFIDENCE) {
                continue;
            }
            WikiPage page = new WikiPage(entry.get().page(), Math.min(1, confidence));
            String qualifier = Title.of(page.title()).qualifier();
            if (qualifier != null && context.names(qualifier)) {
                return Optional.of(page);
            }
            if (first.isEmpty()) {
                first = Optional.of(page);
            }
        }
        return first;
    }

    /** How well a page title fits the entity named so: 1 fits, 0.85 fits in part, 0 does not fit. */
    static double fit(Entity entity, String name, List<String> expansions, String page) {
        Title t = Title.of(page);
        if (t.qualifier() != null && THING_QUALIFIERS.contains(t.qualifier().toLowerCase(java.util.Locale.ROOT))) {
            return 0;
        }
        String[] base = Names.words(t.base());
        String[] words = Names.words(name);
        if (base.length == 0 || words.length == 0 || lowerCased(name, t.base())) {
            return 0;
        }
        return switch (entity.type()) {
            case PERSON -> t.comma() ? 0 : personFit(entity, base);
            case ORGANIZATION -> Names.isAcronym(name) ? acronymFit(name, expansions, t.base())
                    : organizationFit(name, t.base());
            default -> sameWords(base, words) ? 1
                    : containsAll(words, base) || containsAll(base, words) || abbreviates(name, base) ? 0.85 : 0;
        };
    }

    /** A body's page holds the words of its name, legal forms aside ("Lennar Corp." and "Lennar_Corporation"). */
    private static double organizationFit(String name, String title) {
        String[] base = Names.words(Names.withoutCorporateSuffix(title));
        String[] words = Names.words(Names.withoutCorporateSuffix(name));
        return sameWords(base, words) ? 1 : containsAll(base, words) ? 0.85 : 0;
    }

    /**
     * Whether a one-word name with a dot abbreviates a one-word title: its letters in order, the first the same
     * ("Colo." for Colorado, "Fla." for Florida).
     */
    private static boolean abbreviates(String name, String[] base) {
        String n = name.strip();
        if (!n.endsWith(".") || base.length != 1 || n.indexOf(' ') >= 0 || n.length() < 3) {
            return false;
        }
        String letters = n.substring(0, n.length() - 1).toLowerCase(java.util.Locale.ROOT);
        String title = base[0];
        if (title.length() <= letters.length() || title.charAt(0) != letters.charAt(0)) {
            return false;
        }
        int i = 0;
        for (int j = 0; j < title.length() && i < letters.length(); j++) {
            if (title.charAt(j) == letters.charAt(i)) {
                i++;
            }
        }
        return i == letters.length();
    }

    /**
     * Whether the title writes in lower case a word the name capitalizes ("Islamic_state" for "Islamic State"):
     * Wikipedia titles keep case after the first letter, so that is a page about a common noun, not the name.
     */
    private static boolean lowerCased(String name, String base) {
        String[] n = name.split("\\s+");
        String[] b = base.split("\\s+");
        if (n.length != b.length) {
            return false;
        }
        for (int i = 1; i < n.length; i++) {
            if (n[i].equalsIgnoreCase(b[i]) && Character.isUpperCase(n[i].charAt(0))
                    && Character.isLowerCase(b[i].charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A person's page ends with the person's surname; a person the article names by one name only may also be
     * known by a first name that begins the title ("Saddam", "Muqtada").
     */
    private static double personFit(Entity entity, String[] base) {
        String[] full = Names.words(entity.label());
        if (base.length > 5) {
            return 0;
        }
        String surname = bare(full[full.length - 1]);
        if (bare(base[base.length - 1]).equals(surname)) {
            return Arrays.equals(base, full) ? 1 : 0.85;
        }
        boolean knownByOneName = full.length == 1 && base.length > 1
                && entity.forms().stream().allMatch(f -> Names.words(f).length <= 1 || f.contains(" " + entity.label()));
        return knownByOneName && base[0].equals(full[0]) && Arrays.stream(base).noneMatch(BODY_AND_PLACE_WORDS::contains)
                ? 0.85 : 0;
    }

    private static double acronymFit(String acronym, List<String> expansions, String base) {
        String letters = Names.acronymLetters(acronym);
        if (Names.acronymLetters(base).equals(letters)) {
            // The page is named by the acronym itself ("NBC", "DAX"): right unless the article spells it otherwise.
            return expansions.isEmpty() ? 0.85 : 0;
        }
        String spelled = Names.initials(base);
        if (!spelled.equalsIgnoreCase(letters)) {
            return 0;
        }
        if (expansions.isEmpty()) {
            return 0.85;
        }
        String key = Names.key(base);
        return expansions.stream().anyMatch(e -> Names.key(e).equals(key)) ? 1 : 0;
    }

    private static String bare(String word) {
        int dash = word.indexOf('-');
        return dash > 0 && ARABIC_ARTICLES.contains(word.substring(0, dash)) ? word.substring(dash + 1) : word;
    }

    /**
     * Whether two names have the same words, spaces and hyphens aside ("A.G. Edwards" and "A._G._Edwards",
     * "Al-Jazeera" and "Al_Jazeera").
     */
    private static boolean sameWords(String[] a, String[] b) {
        return Arrays.equals(a, b) || String.join("", a).replace("-", "").equals(String.join("", b).replace("-", ""));
    }

    /** Whether every word of b is in a. */
    private static boolean containsAll(String[] a, String[] b) {
        List<String> in = Arrays.asList(a);
        return Arrays.stream(b).allMatch(in::contains);
    }

    /** A page title split into its name and qualifier: "Atlanta,_Georgia", "Kerry_(band)". */
    record Title(String base, String qualifier, boolean comma) {
        static Title of(String page) {
            String t = page.replace('_', ' ').strip();
            if (t.endsWith(")") && t.lastIndexOf(" (") > 0) {
                int open = t.lastIndexOf(" (");
                return new Title(t.substring(0, open), t.substring(open + 2, t.length() - 1), false);
            }
            int comma = t.indexOf(", ");
            if (comma > 0) {
                return new Title(t.substring(0, comma), t.substring(comma + 2), true);
            }
            return new Title(t, null, false);
        }
    }
}
