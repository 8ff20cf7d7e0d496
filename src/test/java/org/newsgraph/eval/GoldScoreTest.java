package org.newsgraph.eval;

import org.junit.jupiter.api.Test;
import org.newsgraph.eval.GoldSet.GoldEntity;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** How the scorer tells one actor annotated in several articles from two actors. */
class GoldScoreTest {

    @Test
    void goldEntitiesSharingALabelOrANameFormAreOneActor() {
        Map<String, String> actors = GoldScore.actors(List.of(
                new GoldEntity("A1", "Andean Pact", "Organization", List.of("Andean Pact", "Pact"), "one"),
                new GoldEntity("B1", "Pact Secretariat", "Organization", List.of("Secretariat", "Pact"), "two"),
                new GoldEntity("C1", "Andean pact", "Organization", List.of("the Pact of Lima"), "three"),
                new GoldEntity("D1", "Lima", "City", List.of("Lima"), "one")));
        assertEquals(actors.get("A1"), actors.get("B1"), "a shared form");
        assertEquals(actors.get("A1"), actors.get("C1"), "the same label, ignoring case");
        assertNotEquals(actors.get("A1"), actors.get("D1"));
    }
}
