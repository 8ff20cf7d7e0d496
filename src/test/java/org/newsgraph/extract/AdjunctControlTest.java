package org.newsgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.SentenceFacts.facts;
import static org.newsgraph.extract.SentenceFacts.find;
import static org.newsgraph.extract.SentenceFacts.get;

/**
 * A gerund adjoined to a verb without a subject of its own takes that verb's subject ({@link AdjunctControl}), on
 * sentences written for these tests, with the real models.
 */
class AdjunctControlTest {

    @Test
    void aFreeAdjunctAfterACommaIsDoneByTheSubject() {
        List<Fact> f = facts("The storm hit the northern coast on Monday, destroying hundreds of homes.");
        Fact destroy = get(f, "storm", "destroy", "homes");
        assertTrue(destroy.confidence() < get(f, "storm", "hit", "coast").confidence(),
                "a borrowed subject is less sure: " + f);
    }

    @Test
    void aFreeAdjunctOfAPassiveIsNotDoneByThePassiveSubject() {
        List<Fact> f = facts("The village was shelled overnight, killing three farmers.");
        assertTrue(find(f, "village", "kill", "farmers").isEmpty(), f.toString());
    }

    @Test
    void aGerundAfterAPrepositionKeepsTheGoverningVerbInTheRelation() {
        List<Fact> f = facts("The plan is aimed at reducing the budget deficit. "
                + "The union succeeded in winning a large pay rise.");
        get(f, "plan", "aim at reduce", "deficit");
        get(f, "union", "succeed in win", "pay rise");
        assertTrue(find(f, "plan", "reduce", "deficit").isEmpty(), "the aim is not the deed: " + f);
    }

    @Test
    void aGerundAfterAPrepositionOfDenialMakesNoFact() {
        List<Fact> f = facts("The ministers left the meeting without signing the accord. "
                + "The bank refrained from raising its lending rate.");
        assertTrue(f.stream().filter(x -> x.extractor().equals(DependencyFacts.EXTRACTOR))
                .noneMatch(x -> x.relation().lemma().contains("sign") || x.relation().lemma().contains("raise")),
                f.toString());
    }
}
