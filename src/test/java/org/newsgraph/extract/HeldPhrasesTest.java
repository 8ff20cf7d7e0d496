package org.newsgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.SentenceFacts.facts;
import static org.newsgraph.extract.SentenceFacts.find;
import static org.newsgraph.extract.SentenceFacts.get;

/**
 * A verb's phrase that its object fact already holds as an extra is no fact of its own ({@link HeldPhrases});
 * sentences written for these tests, with the real models.
 */
class HeldPhrasesTest {

    @Test
    void aPlaceOrTimePhraseStaysWithTheObjectFact() {
        List<Fact> f = facts("The senator made the remarks at a news conference in Boston.");
        assertTrue(find(f, "senator", "make at", "conference").isEmpty(), f.toString());
        Fact made = get(f, "senator", "make", "remarks");
        assertTrue(made.extras().stream().anyMatch(e -> e.fullText().startsWith("at a news conference")),
                made.toString());
    }

    @Test
    void aGoalOrRecipientPhraseStaysWithTheObjectFact() {
        List<Fact> f = facts("The brewer lowered its dividend to ten cents a share last quarter.");
        assertTrue(find(f, "brewer", "lower to", "cents").isEmpty(), f.toString());
        get(f, "brewer", "lower", "dividend");
        List<Fact> g = facts("The insurer will pay a special bonus to its policyholders in May.");
        assertTrue(find(g, "insurer", "pay to", "policyholders").isEmpty(), g.toString());
        get(g, "insurer", "pay", "bonus");
    }

    @Test
    void withoutAnObjectThePhraseIsTheFact() {
        List<Fact> f = facts("The shares of the brewer rose to twelve dollars on Friday.");
        get(f, "shares", "rise to", "dollars");
        List<Fact> g = facts("The delegates met in Vienna last week.");
        get(g, "delegates", "meet in", "Vienna");
    }
}
