package org.newsgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.SentenceFacts.facts;
import static org.newsgraph.extract.SentenceFacts.find;
import static org.newsgraph.extract.SentenceFacts.get;

/** The subjects {@link SubjectRepairs} takes away from a verb, on sentences written for these tests. */
class SubjectRepairsTest {

    @Test
    void aBareParticipleConjoinedWithAProgressiveVerbIsNotSaidOfItsSubject() {
        List<Fact> f = facts("Harbin Steel is offering a 50 mln dlr five-year loan with a floating rate, denominated "
                + "in dollars and repaid in ten installments. The state is selling a 300 mln dlr bond with a seven pct "
                + "coupon, listed in Luxembourg and priced at 99.5.");
        assertTrue(f.stream().noneMatch(x -> (x.subject().text().contains("Harbin")
                || x.subject().text().contains("state"))
                && (x.relation().lemma().contains("price") || x.relation().lemma().contains("repay")
                || x.relation().lemma().contains("denominate"))), f.toString());
        assertTrue(find(f, "state", "sell", "bond").isPresent(), f.toString());
    }

    @Test
    void aPastTenseConjunctKeepsTheSubjectItShares() {
        List<Fact> f = facts("Announced in May, the plan froze wages, fixed the exchange rate and ended indexation.");
        assertTrue(find(f, "plan", "fix", "exchange rate").isPresent(), f.toString());
    }

    @Test
    void aVerbHasOneSubjectTheNearestBeforeIt() {
        List<Fact> f = facts("As prices climbed and farmers held back grain to avoid further losses the reserve stock "
                + "fell to two mln tonnes in June.");
        assertTrue(f.stream().noneMatch(x -> x.subject().text().contains("losses")
                && x.relation().lemma().startsWith("fall")), f.toString());
        assertTrue(find(f, "reserve stock", "fall to", "tonnes").isPresent(), f.toString());
    }

    @Test
    void aPassiveOrCopularConjunctOfASpeechVerbContinuesTheReportedClause() {
        List<Fact> f = facts("Aides said the measure had wide support and was expected to be approved by the panel next "
                + "week. He said the new offer removed a major obstacle and was consistent with earlier proposals.");
        Fact approve = get(f, "panel", "be expected to approve", "measure");
        assertTrue(approve.attributedTo() != null && approve.attributedTo().text().equals("Aides"), approve.toString());
        assertTrue(find(f, "offer", "be consistent with", "proposals").isPresent(), f.toString());
        assertTrue(f.stream().noneMatch(x -> x.subject().text().equals("He")
                && x.relation().lemma().startsWith("be consistent")), f.toString());
    }

    @Test
    void anActiveConjunctOfASpeechVerbStaysTheSpeakers() {
        List<Fact> f = facts("The company said it sold the unit for 40 mln dlrs and gave no further details.");
        assertTrue(find(f, "company", "give", "details").isPresent(), f.toString());
    }

    @Test
    void aNounIsNeverTheSubjectOfTheInfinitiveAfterIt() {
        List<Fact> f = facts("Moves to sharply raise interest rates are unlikely while inflation stays low, dealers "
                + "said. The failure to cut costs at the plants explains the loss. A proposal to raise fees for "
                + "foreign students angers many universities.");
        assertTrue(f.stream().noneMatch(x -> x.subject().text().contains("Moves") && x.relation().lemma().equals("raise")
                || x.subject().text().contains("failure") && x.relation().lemma().equals("cut")
                || x.subject().text().contains("proposal") && x.relation().lemma().equals("raise")), f.toString());
    }

    @Test
    void aPossessorStillActsInTheNounsInfinitive() {
        List<Fact> f = facts("The union's decision to reject the offer surprised the owners.");
        assertTrue(f.stream().anyMatch(x -> x.subject().text().contains("union")
                && x.relation().lemma().contains("reject") && x.object().text().contains("offer")), f.toString());
    }

    @Test
    void aPluralNounIsNotTheSubjectOfAVerbInTheSForm() {
        List<Fact> f = facts("He found that attempts to raise a fuel levy to offset wage cuts angers most drivers. "
                + "NOTE: Net both quarters includes a gain of 1.2 mln dlrs on the sale of a plant.");
        assertTrue(f.stream().noneMatch(x -> x.relation().lemma().equals("anger")
                || x.relation().lemma().equals("include")), f.toString());
    }
}
