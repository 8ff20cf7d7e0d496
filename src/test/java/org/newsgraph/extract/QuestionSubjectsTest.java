package org.newsgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.SentenceFacts.facts;
import static org.newsgraph.extract.SentenceFacts.find;

/** A verb whose subject is a whether-clause is said of that clause's subject ({@link QuestionSubjects}). */
class QuestionSubjectsTest {

    @Test
    void aVerbWhoseSubjectIsAWhetherClauseIsSaidOfTheClausesSubject() {
        List<Fact> f = facts("Whether the peso rises or falls next year will depend on the central bank's policies. "
                + "The minister said whether the merger goes ahead would hinge on the regulators.");
        assertTrue(find(f, "peso", "depend on", "policies").isPresent(), f.toString());
        assertTrue(find(f, "merger", "hinge on", "regulators").isPresent(), f.toString());
    }

    @Test
    void aCopularPredicateOfAQuestionSaysNothingOfItsSubject() {
        List<Fact> f = facts("Whether the union accepts the offer is unclear. That prices fell surprised analysts.");
        assertTrue(f.stream().noneMatch(x -> x.subject().text().contains("union")
                && x.relation().lemma().startsWith("be")), f.toString());
        assertTrue(f.stream().noneMatch(x -> x.subject().text().contains("prices")
                && x.relation().lemma().contains("surprise")), f.toString());
    }
}
