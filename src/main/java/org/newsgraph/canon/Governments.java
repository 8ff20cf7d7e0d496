package org.newsgraph.canon;

import org.newsgraph.extract.Argument;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Mention;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "Tokyo said", "Washington warned", "Tehran rejected the offer": a capital that acts, as the subject of a verb
 * or the speaker of reported speech, stands for its country's government, so in that fact it is the country. The
 * city stays its own entity wherever it is a place: in its mentions, and in facts that place something in it or
 * say what it is ("talks in Geneva", "Tokyo is crowded", "Tokyo was hit by a storm").
 */
final class Governments {

    private static final Set<EntityType> PLACES = Set.of(EntityType.CITY, EntityType.STATE_OR_PROVINCE,
            EntityType.LOCATION);

    /** A word for a government that a capital's name modifies: "the Bonn government", "Tokyo officials". */
    private static final Pattern GOVERNMENT_AFTER = Pattern.compile(
            "\\s+(?:government|administration|authorities|officials|leadership|regime)\\b");

    private final Map<String, Entity> entities;
    private final Map<String, Entity> added;
    private final Map<Integer, String> countryOfActingMention = new HashMap<>();

    /** Over an article's entities by key; countries the article never names go into {@code added}. */
    Governments(Map<String, Entity> entities, Map<String, Entity> added) {
        this.entities = entities;
        this.added = added;
    }

    /** The fact's subject, or the country whose capital it is when the capital acts in the fact. */
    Optional<Ref> subject(Fact f, Optional<Ref> subject) {
        return Concepts.copular(f.relation().lemma()) ? subject : acting(f.subject(), subject);
    }

    /** The speaker of reported speech, or the country whose capital it is. */
    Optional<Ref> speaker(Argument speaker, Optional<Ref> ref) {
        return acting(speaker, ref);
    }

    /**
     * The capitals that stand for their country wherever the article names them, by key, with their country's key:
     * each of their mentions acts in a fact or modifies a word for a government ("the Bonn government"). Such a
     * capital's name is one of its country's names in this article ("Bonn" for West Germany); a capital named
     * once as a place ("talks in Bonn") stays a city.
     */
    Map<String, String> capitalsActingThroughout(List<Mention> mentions, Map<Integer, String> entityOfMention,
                                                 String text) {
        Map<String, String> out = new HashMap<>();
        Set<String> placed = new HashSet<>();
        for (Mention m : mentions) {
            String city = entityOfMention.get(m.index());
            if (city == null || !entities.containsKey(city) || !PLACES.contains(entities.get(city).type())) {
                continue;
            }
            String country = countryOfActingMention.get(m.index());
            int end = m.span().end();
            if (country == null && GOVERNMENT_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
                country = Countries.get().byCapital(entities.get(city).label())
                        .map(c -> Names.key(c.label())).orElse(null);
            }
            if (country == null) {
                placed.add(city);
            } else {
                out.put(city, country);
            }
        }
        placed.forEach(out::remove);
        return out;
    }

    private Optional<Ref> acting(Argument argument, Optional<Ref> ref) {
        if (ref.isEmpty() || !(ref.get() instanceof Ref.EntityRef e)) {
            return ref;
        }
        Entity city = entities.get(e.key());
        if (city == null || !PLACES.contains(city.type())) {
            return ref;
        }
        return Countries.get().byCapital(city.label()).map(c -> {
            String key = Names.key(c.label());
            if (!entities.containsKey(key)) {
                added.putIfAbsent(key, new Entity(key, c.label(), EntityType.COUNTRY, List.of(), Set.of()));
            }
            if (argument.mention() >= 0) {
                countryOfActingMention.put(argument.mention(), key);
            }
            return (Ref) new Ref.EntityRef(key);
        }).or(() -> ref);
    }
}
