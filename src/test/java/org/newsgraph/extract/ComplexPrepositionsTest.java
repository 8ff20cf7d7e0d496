package org.newsgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.SentenceFacts.facts;
import static org.newsgraph.extract.SentenceFacts.find;
import static org.newsgraph.extract.SentenceFacts.get;

/** Preposition + bare noun + preposition read as one preposition ({@link ComplexPrepositions}). */
class ComplexPrepositionsTest {

    @Test
    void theObjectOfAVerbsComplexPrepositionIsThePhraseBelowTheNoun() {
        List<Fact> f = facts("Wheat prices jumped in response to the floods. The lawyer acted on behalf of three "
                + "unions.");
        Fact jump = get(f, "prices", "jump in response to", "floods");
        assertEquals("floods", jump.object().text().replace("the ", ""));
        assertTrue(jump.relation().text().contains("in response to"), jump.toString());
        assertTrue(find(f, "lawyer", "act on behalf of", "unions").isPresent(), f.toString());
    }

    @Test
    void aCopularComplexPrepositionJoinsTheRelation() {
        List<Fact> f = facts("The new tariffs are in line with the trade agreement.");
        assertTrue(find(f, "tariffs", "be in line with", "trade agreement").isPresent(), f.toString());
    }

    @Test
    void aNounWithADeterminerOrModifierIsAnObjectOfItsOwn() {
        List<Fact> f = facts("Sales fell in the market for used cars. The senator spoke in his reply to critics.");
        assertTrue(find(f, "Sales", "fall in", "market").isPresent(), f.toString());
        assertTrue(find(f, "senator", "speak in", "reply").isPresent(), f.toString());
    }

    @Test
    void aQuantifyingPhraseKeepsThePrepositionBeforeIt() {
        List<Fact> f = SentenceFacts.facts("The team is working on a new version of the engine. Grain exports rose to "
                + "a total of five mln tonnes.");
        assertTrue(SentenceFacts.find(f, "team", "work on", "engine").isPresent(), f.toString());
        assertTrue(f.stream().noneMatch(x -> x.relation().lemma().endsWith(" of")), f.toString());
    }
}
