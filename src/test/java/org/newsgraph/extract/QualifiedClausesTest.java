package org.newsgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.SentenceFacts.facts;
import static org.newsgraph.extract.SentenceFacts.find;
import static org.newsgraph.extract.SentenceFacts.get;

/**
 * Clauses the sentence supposes or intends ({@link QualifiedClauses}) give no facts, while the clauses it asserts
 * around them keep theirs; sentences written for these tests, with the real models.
 */
class QualifiedClausesTest {

    @Test
    void aConditionIsNotAFactButItsConsequentStaysHedged() {
        List<Fact> f = facts("If the government raises the fuel tax, truckers would block the highways.");
        assertTrue(find(f, "government", "raise", "tax").isEmpty(), f.toString());
        assertTrue(get(f, "truckers", "block", "highways").hedged());
        List<Fact> g = facts("The airline will cancel its order for ten jets unless the union accepts the new contract.");
        assertTrue(find(g, "union", "accept", "contract").isEmpty(), g.toString());
    }

    @Test
    void aTimeLimitClauseIsNotAFactButItsGoverningClauseIs() {
        List<Fact> f = facts("The refinery stayed closed until the inspectors approved its new boilers.");
        assertTrue(find(f, "inspectors", "approve", "boilers").isEmpty(), f.toString());
        List<Fact> g = facts("Dock workers blocked the port until the minister met their leaders.");
        assertTrue(find(g, "minister", "meet", "leaders").isEmpty(), g.toString());
        get(g, "workers", "block", "port");
    }

    @Test
    void aPurposeClauseIsNotAFactButWhatWasDoneIs() {
        List<Fact> f = facts("The steelmaker sold two mills to repay its bank loans.");
        assertTrue(find(f, "steelmaker", "repay", "loans").isEmpty(), f.toString());
        get(f, "steelmaker", "sell", "mills");
        List<Fact> g = facts("Farmers burned their crops in order to protest the new import quotas.");
        assertTrue(find(g, "Farmers", "protest", "quotas").isEmpty(), g.toString());
        get(g, "Farmers", "burn", "crops");
    }

    @Test
    void aRelativeClauseUnderAConsequentIsStillAFact() {
        List<Fact> f = facts("The bank, which owns a large stake in the carmaker, will sell shares if prices recover.");
        get(f, "bank", "own", "stake");
    }

    @Test
    void aTimeClauseOfAVerblessAdjectiveIsAwaitedNotReported() {
        List<Fact> f = facts("The new tariff, effective when the ministry publishes the decree, raises duties on "
                + "imported steel. The notes, payable once the company sells its Ohio plant, carry a coupon of nine pct.");
        assertTrue(find(f, "ministry", "publish", "decree").isEmpty(), f.toString());
        assertTrue(find(f, "company", "sell", "plant").isEmpty(), f.toString());
    }

    @Test
    void aTimeClauseOfAVerbStaysAFact() {
        List<Fact> f = facts("The mayor will sign the decree when he visits the port next week.");
        get(f, "he", "visit", "port");
    }
}
