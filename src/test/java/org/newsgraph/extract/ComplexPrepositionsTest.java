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
    void aCopularStateTakesThePhraseBelowItsNounAsObjectEvenWithAnArticleOrAPlural() {
        List<Fact> f = facts("Egypt is in the market for soft wheat. The airline is in talks with its creditors.");
        assertTrue(find(f, "Egypt", "be in market for", "wheat").isPresent(), f.toString());
        assertTrue(find(f, "airline", "be in talks with", "creditors").isPresent(), f.toString());
    }

    @Test
    void aCopularPlaceKeepsItsNounAsObject() {
        List<Fact> f = facts("The refinery is in a town near the border. The mine is in the north of the country.");
        assertTrue(f.stream().noneMatch(x -> x.relation().lemma().startsWith("be in town")
                || x.relation().lemma().startsWith("be in north")), f.toString());
    }

    @Test
    void aQuantifyingPhraseKeepsThePrepositionBeforeIt() {
        List<Fact> f = SentenceFacts.facts("The team is working on a new version of the engine. Grain exports rose to "
                + "a total of five mln tonnes.");
        assertTrue(SentenceFacts.find(f, "team", "work on", "engine").isPresent(), f.toString());
        assertTrue(f.stream().noneMatch(x -> x.relation().lemma().endsWith(" of")), f.toString());
    }

    @Test
    void thePossessiveFormOfInFavorOfHasThePossessorAsObject() {
        List<Fact> f = facts("The arbitration panel ruled in their favor on Tuesday. The broker bought the shares "
                + "on her behalf.");
        Fact rule = get(f, "panel", "rule in favor", "their");
        assertEquals(Argument.Kind.PRONOUN, rule.object().kind());
        assertTrue(find(f, "broker", "buy", "shares").isPresent(), f.toString());
        assertTrue(f.stream().noneMatch(x -> x.object().text().contains("favor")), f.toString());
    }
}
