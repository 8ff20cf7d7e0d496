package org.newsgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.SentenceFacts.facts;
import static org.newsgraph.extract.SentenceFacts.find;

/** A relative clause the parser hung nowhere stands for the noun right before it ({@link DetachedRelatives}). */
class DetachedRelativesTest {

    @Test
    void aRelativeClauseAfterATimeDescribesTheNounBeforeTheTime() {
        List<Fact> f = facts("The Senate may take up a bill tomorrow that would raise the tax on tobacco imports, aides "
                + "said. The House will debate a measure next week that would cut farm subsidies.");
        assertTrue(find(f, "bill", "raise", "tax").isPresent(), f.toString());
        assertTrue(find(f, "measure", "cut", "farm subsidies").isPresent(), f.toString());
        assertTrue(f.stream().noneMatch(x -> x.subject().text().equals("tomorrow")
                || x.subject().text().equals("next week")), f.toString());
    }

    @Test
    void aRelativeClauseAfterACommaDescribesTheNounBeforeTheComma() {
        List<Fact> f = facts("The firm agreed to buy 500,000 of its own shares, which will be acquired from its founder "
                + "John Walsh.");
        assertTrue(find(f, "shares", "be acquired from", "founder").isPresent(), f.toString());
    }

    @Test
    void aThatAfterAVerbsTimeOrAfterASpeechVerbsPhraseIsNoRelativePronoun() {
        List<Fact> f = facts("He found this year that attempts to raise taxes arouse fierce opposition. The central "
                + "bank said in its monthly report that higher oil prices would hurt exports.");
        assertTrue(f.stream().noneMatch(x -> x.subject().text().contains("year")
                || x.subject().text().contains("report")), f.toString());
    }
}
