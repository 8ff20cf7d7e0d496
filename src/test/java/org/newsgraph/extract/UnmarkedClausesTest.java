package org.newsgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.SentenceFacts.facts;
import static org.newsgraph.extract.SentenceFacts.find;

/** The unmarked complement clauses of {@link UnmarkedClauses}, on sentences written for these tests. */
class UnmarkedClausesTest {

    private static boolean objectIs(List<Fact> f, String subject, String lemma, String object) {
        return f.stream().anyMatch(x -> x.relation().lemma().equals(lemma) && x.subject().text().contains(subject)
                && x.object().text().equals(object));
    }

    @Test
    void theSubjectOfAClauseWithoutThatIsNeverTheVerbsObject() {
        List<Fact> f = facts("Inspectors found the old bridge was unsafe for heavy trucks. Dock workers realized "
                + "their jobs were at risk after the port closed.");
        assertTrue(!objectIs(f, "Inspectors", "find", "the old bridge"), f.toString());
        assertTrue(!objectIs(f, "Dock workers", "realize", "their jobs"), f.toString());
        assertTrue(find(f, "Inspectors", "find", "bridge was unsafe").isPresent(), f.toString());
    }

    @Test
    void aForecastWithoutThatStatesTheForecastOfItsSpeaker() {
        List<Fact> f = facts("Bank economists predicted the peso would weaken against the dollar this year.");
        assertTrue(!objectIs(f, "economists", "predict", "the peso"), f.toString());
        Fact weaken = f.stream().filter(x -> x.subject().text().contains("peso")
                && x.relation().lemma().startsWith("weaken")).findFirst().orElseThrow(() -> new AssertionError(f));
        assertTrue(weaken.attributedTo() != null && weaken.attributedTo().text().contains("economists"),
                weaken.toString());
    }

    @Test
    void anInfinitiveInsideASubjectLendsNoSubjectToTheVerbAfterIt() {
        List<Fact> f = facts("The council's decision to close the old market was a mistake, traders said.");
        assertTrue(f.stream().noneMatch(x -> x.subject().text().contains("market")
                && x.object().text().contains("mistake")), f.toString());
    }

    @Test
    void aParentheticalBeforeTheVerbLeavesTheClauseUnmarked() {
        List<Fact> f = facts("The analysts, however, believe this drop in demand will hurt exporters for months.");
        assertTrue(!objectIs(f, "analysts", "believe", "this drop"), f.toString());
        assertTrue(find(f, "analysts", "believe", "drop in demand will hurt").isPresent(), f.toString());
    }
}
