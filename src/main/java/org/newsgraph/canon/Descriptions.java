package org.newsgraph.canon;

import org.newsgraph.extract.Argument;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Definite descriptions a news article uses for an actor it has named: "the company", "the firm" for a company;
 * "the ministry", "the association" for a body of that kind; "the country" for a country; "the city" for a
 * city. A description stands for the one entity its coreference chain reaches when its head noun is a word for
 * that kind of entity and nothing modifies it: "the company said" after "Nippon Life Insurance Co", "the ministry
 * will permit" after "the Finance Ministry". A word for a kind of body must be in the body's name ("the union" is
 * no company, whatever the chain says), and where coreference made no chain of the description, it stands for
 * the one body of the article whose name holds the word ("the committee" of an article naming one committee); a
 * description whose head is a word for another kind ("the country" in a chain with a company) or that says more
 * than its head ("the Dutch company") stays a concept.
 */
final class Descriptions {

    private static final Pattern DEFINITE = Pattern.compile("(?i)^(the|this|that)\\s+\\p{Ll}+$");

    /** Words for a company, which stand for any organization the chain reaches. */
    private static final Set<String> COMPANY = Set.of("company", "firm", "group", "concern", "corporation", "bank",
            "insurer", "airline", "carrier", "maker", "producer", "manufacturer", "retailer", "utility",
            "partnership", "subsidiary");
    /** Words for a kind of body, which stand for an organization whose name holds the word. */
    private static final Set<String> BODY = Set.of("agency", "ministry", "department", "commission", "committee",
            "council", "organization", "organisation", "association", "federation", "union", "party", "alliance",
            "court", "exchange", "fund", "board", "institute", "university", "authority", "bureau", "office");
    /** Words for a kind of place, by the type of entity they stand for. */
    private static final Map<EntityType, Set<String>> PLACE = Map.of(
            EntityType.COUNTRY, Set.of("country", "nation", "kingdom", "republic", "emirate"),
            EntityType.CITY, Set.of("city", "town"),
            EntityType.STATE_OR_PROVINCE, Set.of("state", "province"));

    private Descriptions() {
    }

    /**
     * The entity a definite description stands for, if its coreference chain reaches exactly that one entity and
     * its head noun fits the entity.
     *
     * @param a        the argument, a phrase
     * @param chained  the keys of the entities its coreference chain reaches
     * @param entities the article's entities by key
     */
    static Optional<String> entity(Argument a, Set<String> chained, Map<String, Entity> entities) {
        if (!DEFINITE.matcher(a.text().strip()).matches()) {
            return Optional.empty();
        }
        String head = a.label().strip().toLowerCase(Locale.ROOT);
        if (chained.isEmpty() && BODY.contains(head)) {
            // no chain: "the committee" of an article that names one committee
            List<String> bodies = entities.values().stream()
                    .filter(e -> e.type() == EntityType.ORGANIZATION && named(e, head)).map(Entity::key).toList();
            return bodies.size() == 1 ? Optional.of(bodies.get(0)) : Optional.empty();
        }
        Entity e = chained.size() == 1 ? entities.get(chained.iterator().next()) : null;
        if (e == null) {
            return Optional.empty();
        }
        boolean fits = switch (e.type()) {
            case ORGANIZATION -> COMPANY.contains(head) || BODY.contains(head) && named(e, head);
            case COUNTRY, CITY, STATE_OR_PROVINCE -> PLACE.get(e.type()).contains(head);
            default -> false;
        };
        return fits ? Optional.of(e.key()) : Optional.empty();
    }

    private static boolean named(Entity e, String word) {
        return e.names().stream().anyMatch(n -> Arrays.asList(Names.words(n)).contains(word));
    }
}
