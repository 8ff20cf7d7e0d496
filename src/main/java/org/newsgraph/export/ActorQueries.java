package org.newsgraph.export;

import org.newsgraph.rdf.NG;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Which concepts {@link NodeChoice#ACTORS} draws as an entity, as SPARQL, so that the reader here and the
 * {@code /graph} page (serve/graph.js, which holds the same text and may not use this package) decide alike;
 * GraphPageTest compares the two pictures' counts.
 *
 * <p>A concept acts for an entity when it is tied to exactly one entity in one of two ways:
 * <ul>
 * <li>{@code ng:country}, set for a demonym in the phrase, and the label is the demonym alone ("Syrians") or one
 * capitalized word followed by an actor's head noun ({@link #HEADS}: "Turkish military", "Syrian air force").
 * The tie alone is not enough: "Syrian Kurdish militia", "Syrian rebels" and "Turkish hostility" carry a
 * demonym too, and are not their country;</li>
 * <li>{@code ng:about} an entity whose label, with 's, opens the concept's label before a head noun ("Turkey's
 * military", "Assad’s forces").</li>
 * </ul>
 * A concept tied to two entities ("Russian-Turkish forces" would be) is left a concept: either would be wrong.
 */
final class ActorQueries {

    /** The head nouns of an actor's phrase, lower case: armed bodies, governments and their officers. */
    static final List<String> HEADS = List.of("military", "army", "armed forces", "forces", "special forces",
            "security forces", "government forces", "troops", "soldiers", "air force", "navy", "warplanes", "jets",
            "government", "regime", "authorities", "officials");

    private static final String CORPUS = "<" + NG.CORPUS_GRAPH.getURI() + ">";

    private ActorQueries() {
    }

    /**
     * A SPARQL group binding {@code concept} to each actor concept and {@code owner} to the entity it acts for,
     * each a variable name with its {@code ?}. The group is a subquery, so its own variables stay inside; each
     * branch of its union reads the label itself, since a filter sees only the variables of its own group.
     */
    static String actors(String concept, String owner) {
        String heads = HEADS.stream().map(h -> '"' + h + '"').collect(Collectors.joining(", "));
        return """
                { SELECT %1$s (SAMPLE(?actorOwner) AS %2$s) WHERE {
                    {
                      GRAPH %3$s { %1$s a ng:Concept ; rdfs:label ?actorName }
                      %1$s ng:country ?actorOwner .
                      FILTER(REGEX(?actorName, "^[A-Z][a-z]+$")
                             || REGEX(STRBEFORE(?actorName, " "), "^[A-Z][a-z]+$")
                                && LCASE(STRAFTER(?actorName, " ")) IN (%4$s))
                    } UNION {
                      GRAPH %3$s { %1$s a ng:Concept ; rdfs:label ?actorName }
                      %1$s ng:about ?actorOwner .
                      GRAPH %3$s { ?actorOwner rdfs:label ?ownerName }
                      BIND(CONCAT(LCASE(?ownerName), "'s ") AS ?possessive)
                      BIND(REPLACE(LCASE(?actorName), "’", "'") AS ?lowerName)
                      FILTER(STRSTARTS(?lowerName, ?possessive)
                             && SUBSTR(?lowerName, STRLEN(?possessive) + 1) IN (%4$s))
                    }
                    GRAPH %3$s { ?actorOwner a ng:Entity }
                  } GROUP BY %1$s HAVING (COUNT(DISTINCT ?actorOwner) = 1) }""".formatted(concept, owner, CORPUS,
                heads);
    }

    /** Every actor concept ({@code ?concept}) with the entity it acts for ({@code ?owner}). */
    static String all() {
        return NG.SPARQL_PREFIXES + "SELECT ?concept ?owner WHERE " + actors("?concept", "?owner");
    }
}
