package org.newsgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.SentenceFacts.facts;
import static org.newsgraph.extract.SentenceFacts.get;

/**
 * A noun of deciding, trying or failing with its actor and a to-infinitive ({@link NominalControl}): the actor
 * does what the infinitive says, with the noun's verb in the relation, on sentences written for these tests.
 */
class NominalControlTest {

    @Test
    void theActorOfANominalizationIsTheInfinitivesSubject() {
        List<Fact> f = facts("The failure of the two sides to reach a deal led to a strike at the port.");
        get(f, "two sides", "fail to reach", "deal");
        assertTrue(f.stream().noneMatch(x -> x.subject().text().contains("failure")
                && x.relation().lemma().contains("reach")), "the failure reached nothing: " + f);
    }

    @Test
    void aPossessorActsAsAnOfPhraseDoes() {
        List<Fact> f = facts("The bank's decision to raise its prime rate surprised analysts. "
                + "The refusal of the union to accept the offer angered the managers.");
        get(f, "bank", "decide to raise", "prime rate");
        get(f, "union", "refuse to accept", "offer");
    }

    @Test
    void theVerbThatGovernsTheNounControlsNothing() {
        List<Fact> f = facts("Analysts praised the decision of the board to sell the unit. "
                + "Traders cheered the move of the central bank to cut its discount rate.");
        get(f, "board", "decide to sell", "unit");
        get(f, "central bank", "move to cut", "discount rate");
    }

    @Test
    void otherNounsBeforeAnInfinitiveSayNothingOfTheirActor() {
        List<Fact> f = facts("The right of workers to strike is protected by the constitution.");
        assertTrue(f.stream().noneMatch(x -> x.subject().text().equals("workers")), f.toString());
    }

    @Test
    void anEffortOrABidToActIsATry() {
        List<Fact> f = facts("The government's efforts to curb inflation have failed. "
                + "The bid of the Dutch group to buy the brewery was rejected.");
        get(f, "government", "try to curb", "inflation");
        get(f, "Dutch group", "try to buy", "brewery");
    }
}
