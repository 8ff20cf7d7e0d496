package org.newsgraph.canon;

import org.newsgraph.extract.Fact;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Tokyo said", "Washington warned", "Tehran rejected the offer": a capital that acts, as the subject of a verb
 * or the speaker of reported speech, stands for its country's government, so in that fact it is the country. The
 * city stays its own entity wherever it is a place: in its mentions, and in facts that place something in it or
 * say what it is ("talks in Geneva", "Tokyo is crowded", "Tokyo was hit by a storm").
 */
final class Governments {

    private static final Set<EntityType> PLACES = Set.of(EntityType.CITY, EntityType.STATE_OR_PROVINCE,
            EntityType.LOCATION);

    private final Map<String, Entity> entities;
    private final Map<String, Entity> added;

    /** Over an article's entities by key; countries the article never names go into {@code added}. */
    Governments(Map<String, Entity> entities, Map<String, Entity> added) {
        this.entities = entities;
        this.added = added;
    }

    /** The fact's subject, or the country whose capital it is when the capital acts in the fact. */
    Optional<Ref> subject(Fact f, Optional<Ref> subject) {
        return f.relation().lemma().startsWith("be") ? subject : acting(subject);
    }

    /** The speaker of reported speech, or the country whose capital it is. */
    Optional<Ref> speaker(Optional<Ref> speaker) {
        return acting(speaker);
    }

    private Optional<Ref> acting(Optional<Ref> ref) {
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
            return (Ref) new Ref.EntityRef(key);
        }).or(() -> ref);
    }
}
