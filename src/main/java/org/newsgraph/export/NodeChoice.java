package org.newsgraph.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which nodes the picture draws ({@code export --nodes}, {@code /graph?nodes=}). A fact's argument is an entity
 * or a concept (a noun phrase such as "48-hour humanitarian ceasefire"); most facts of a news story have a concept
 * on one side, so a picture of entities alone leaves the story out.
 */
public enum NodeChoice {

    /** Every entity, and the edges between two entities: the picture before concepts were drawn. */
    ENTITIES("entities"),
    /**
     * As {@link #ALL}, with each actor concept drawn as the entity it acts for: a demonym with an actor's head
     * noun ("Turkish military", "Syrians") as its country, "X's forces" as X. See {@link ActorQueries}.
     */
    ACTORS("actors"),
    /** Every entity, and every concept in an asserted fact with an entity, and the edges touching an entity. */
    ALL("all");

    private final String name;

    NodeChoice(String name) {
        this.name = name;
    }

    /** The choice's name on the command line and in the page's address. */
    public String choiceName() {
        return name;
    }

    /** The choice of this name, any case. */
    public static Optional<NodeChoice> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.name.equals(n)).findFirst();
    }
}
