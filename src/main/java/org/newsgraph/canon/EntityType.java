package org.newsgraph.canon;

import java.util.Map;
import java.util.Optional;

/**
 * The kinds of entity the graph holds, named as the ontology's classes, and the NER tags that give them.
 * Tags not listed (NATIONALITY, TITLE, MISC, DATE, …) never make an entity.
 */
public enum EntityType {
    PERSON("Person"),
    ORGANIZATION("Organization"),
    COUNTRY("Country"),
    CITY("City"),
    STATE_OR_PROVINCE("StateOrProvince"),
    LOCATION("Location");

    private static final Map<String, EntityType> BY_NER = Map.of(
            "PERSON", PERSON, "ORGANIZATION", ORGANIZATION, "COUNTRY", COUNTRY, "CITY", CITY,
            "STATE_OR_PROVINCE", STATE_OR_PROVINCE, "LOCATION", LOCATION);

    private final String className;

    EntityType(String className) {
        this.className = className;
    }

    /** Local name of the ontology class ({@code ng:Person}, …). */
    public String className() {
        return className;
    }

    /** The entity type whose ontology class has this local name ("Person"), if any. */
    public static Optional<EntityType> ofClassName(String className) {
        for (EntityType t : values()) {
            if (t.className.equals(className)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The entity type for a CoreNLP NER tag, if it names one. */
    public static Optional<EntityType> ofNer(String nerTag) {
        return Optional.ofNullable(nerTag == null ? null : BY_NER.get(nerTag));
    }
}
