package org.newsgraph.canon;

import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Relation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which of an article's facts the graph takes, and in what form: the extractors read more than the graph should
 * hold (OpenIE's guesses, appositions between two names, the same statement read several ways, arguments that
 * only say when or which way).
 */
final class FactFilter {

    private static final Pattern LOCATIVE = Pattern.compile(
            "be (in|at|on|near|inside|outside|within|across)");

    /** Head words of phrases that say when or which way, not what: "last week", "this month", "south". */
    private static final Set<String> TIME_AND_DIRECTION_WORDS = Set.of("today", "yesterday", "tomorrow", "tonight",
            "day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "decade", "decades",
            "century", "hour", "hours", "minute", "minutes", "morning", "afternoon", "evening", "night", "time",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
            "north-west", "south-east", "south-west");
    private static final Set<String> TIME_MODIFIERS = Set.of("last", "next", "this", "that", "earlier", "later",
            "past", "coming", "previous", "same", "first", "second", "a", "one", "two", "three", "few", "several");

    /** "10 am", "0800 GMT": a time, never a concept. */
    private static final Pattern CLOCK_TIME = Pattern.compile(
            "[0-9: ]+(am|pm|a m|p m|gmt|utc|hours|hrs|h)?");

    private FactFilter() {
    }

    /**
     * What the graph takes from CoreNLP OpenIE once the dependency patterns have had their say: only where a thing
     * is ("talks | be in | Geneva"). Its other leftovers were mostly wrong when read by hand on the seed articles
     * ("deal | help | Bashar al-Assad"); {@code eval carb} still scores every extraction.
     */
    static boolean trusted(Fact f) {
        return !f.extractor().equals("openie") || LOCATIVE.matcher(f.relation().lemma()).matches();
    }

    /**
     * "X is Y" between two named entities (an apposition, mostly): "Geneva, Switzerland" says where Geneva is;
     * a person "being" a place, or two different people being one, is a misreading and leaves the graph.
     */
    static ResolvedFact placedOrKept(ResolvedFact rf, Map<String, EntityType> typeOf) {
        Fact f = rf.fact();
        if (!f.relation().lemma().equals("be") || !(rf.subject().orElse(null) instanceof Ref.EntityRef s)
                || !(rf.object().orElse(null) instanceof Ref.EntityRef o)) {
            return rf;
        }
        EntityType st = typeOf.get(s.key());
        EntityType ot = typeOf.get(o.key());
        boolean place = st != null && ot != null && st != EntityType.PERSON && st != EntityType.ORGANIZATION
                && (ot == EntityType.COUNTRY || ot == EntityType.STATE_OR_PROVINCE || ot == EntityType.LOCATION);
        if (place && st != ot) {
            Relation r = f.relation();
            Fact placed = new Fact(f.sentence(), f.subject(), new Relation(r.text(), r.span(), "be in", r.head()),
                    f.object(), f.confidence(), f.extractor(), f.negated(), f.hedged(), f.attributedTo(), f.extras(),
                    f.objectFirst());
            return new ResolvedFact(placed, rf.subject(), rf.object(), rf.speaker());
        }
        return new ResolvedFact(f, rf.subject(), Optional.empty(), rf.speaker());
    }

    /** Whether an argument's key only says when ("10 am", "last week") or which way ("south"). */
    static boolean timeOrDirection(String key) {
        return CLOCK_TIME.matcher(key).matches() || timeOrDirectionPhrase(key);
    }

    private static boolean timeOrDirectionPhrase(String key) {
        String[] words = key.split(" ");
        if (words.length > 3 || !TIME_AND_DIRECTION_WORDS.contains(words[words.length - 1])) {
            return false;
        }
        for (int i = 0; i < words.length - 1; i++) {
            if (!TIME_MODIFIERS.contains(words[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * One statement per sentence: of the facts with the same subject and relation whose objects are the same
     * node or nested phrases ("lead to cessation", "lead to cessation of hostilities"), the surest is kept, an
     * entity before a concept, then the fuller phrase.
     */
    static List<ResolvedFact> variantsDropped(List<ResolvedFact> facts) {
        Comparator<ResolvedFact> better = Comparator
                .comparingDouble((ResolvedFact f) -> f.fact().confidence())
                .thenComparing(f -> f.object().orElseThrow() instanceof Ref.EntityRef)
                .thenComparingInt(f -> f.fact().object().text().length());
        List<ResolvedFact> kept = new ArrayList<>();
        for (ResolvedFact f : facts) {
            if (!f.storable()) {
                kept.add(f);
                continue;
            }
            int same = -1;
            for (int i = 0; i < kept.size() && same < 0; i++) {
                if (sameStatement(kept.get(i), f)) {
                    same = i;
                }
            }
            if (same < 0) {
                kept.add(f);
            } else if (better.compare(f, kept.get(same)) > 0) {
                kept.set(same, f);
            }
        }
        return kept;
    }

    private static boolean sameStatement(ResolvedFact a, ResolvedFact b) {
        if (!a.storable() || a.fact().sentence() != b.fact().sentence() || a.fact().negated() != b.fact().negated()
                || !a.subject().equals(b.subject())
                || !a.fact().relation().lemma().equals(b.fact().relation().lemma())) {
            return false;
        }
        if (a.object().equals(b.object())) {
            return true;
        }
        var x = a.fact().object().span();
        var y = b.fact().object().span();
        return x.begin() <= y.begin() && y.end() <= x.end() || y.begin() <= x.begin() && x.end() <= y.end();
    }
}
