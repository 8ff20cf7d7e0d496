package org.newsgraph.extract;

import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.NlpPipeline;
import org.newsgraph.ingest.Article;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The patterns for who did what to whom that plain subject–verb–object reading misses, and the repairs of parses
 * that go wrong in a known way, on sentences written for these tests, with the real models.
 */
class ParseRepairsTest {

    private static List<Fact> facts(String text) {
        return new ArticleExtractor().extract(Article.of("t", text), NlpPipeline.shared().annotate(text)).facts();
    }

    private static boolean has(List<Fact> facts, String subject, String lemma, String object) {
        return facts.stream().anyMatch(f -> f.extractor().equals(DependencyFacts.EXTRACTOR)
                && f.relation().lemma().equals(lemma)
                && f.subject().text().contains(subject) && f.object().text().contains(object));
    }

    @Test
    void conjoinedSubjectsOfAReciprocalVerbActOnEachOther() {
        List<Fact> f = facts("Chilean President Gabriel Boric and his Argentine counterpart Javier Milei met in "
                + "Santiago on Monday.");
        assertTrue(has(f, "Gabriel Boric", "meet", "Javier Milei"), f.toString());
        assertTrue(has(f, "Javier Milei", "meet in", "Santiago"), "the counterpart is the person named: " + f);
    }

    @Test
    void aCommaDelimitedRelativeClauseDescribesTheNameBeforeIt() {
        List<Fact> f = facts("Peru's stance has put it at odds with Chile, which sees the movement as a threat.");
        assertTrue(has(f, "Chile", "see", "movement"), f.toString());
    }

    @Test
    void aDemandThatSomeoneActIsADemandOnThem() {
        List<Fact> f = facts("The union demanded that the company withdraw the plan.");
        assertTrue(has(f, "union", "demand", "company"), f.toString());
    }

    @Test
    void aReducedRelativeIsAPassiveAndTheMainVerbKeepsItsSubject() {
        List<Fact> f = facts("Farmers backed by local officials blocked the highway near Lima.");
        assertTrue(has(f, "local officials", "back", "Farmers"), f.toString());
        assertTrue(has(f, "Farmers", "block", "highway"), f.toString());
    }

    @Test
    void anAdverbOfPlaceWithItsOwnPhraseJoinsTheRelation() {
        List<Fact> f = facts("The army had moved north of the border last month.");
        assertTrue(has(f, "army", "move north of", "border"), f.toString());
    }

    @Test
    void reportedSpeechIsAttributedToTheSpeaker() {
        List<Fact> f = facts("Brazil agreed to a truce, a ministry official said.");
        assertTrue(f.stream().anyMatch(x -> x.relation().lemma().equals("agree to") && x.attributedTo() != null
                && x.attributedTo().text().contains("ministry official")), f.toString());
    }

    @Test
    void anAmountInAppositionIsTheDegreeOfItsParticipleNotTheNounItDescribes() {
        List<Fact> f = facts("The mine, 51 pct owned by Kessler Holdings Inc, reopened on Monday. "
                + "The refinery, 40 pct held by the state, will close in May.");
        assertTrue(SentenceFacts.find(f, "Kessler Holdings", "own", "mine").isPresent(), f.toString());
        assertTrue(SentenceFacts.find(f, "state", "hold", "refinery").isPresent(), f.toString());
        assertTrue(f.stream().noneMatch(x -> x.object().text().contains("pct")), "the amount is no argument: " + f);
    }

    @Test
    void aReportedClauseSplitIntoTheSpeechVerbsObjectKeepsItsSubjectAndSpeaker() {
        List<Fact> f = facts("Lopez told journalists the central bank would cut its discount rate on Monday.");
        assertTrue(has(f, "central bank", "cut", "discount rate"), f.toString());
        Fact cut = f.stream().filter(x -> x.relation().lemma().equals("cut")).findFirst().orElseThrow();
        assertTrue(cut.attributedTo() != null && cut.attributedTo().text().equals("Lopez"), "Lopez said it: " + f);
        assertTrue(!has(f, "journalists", "cut", "discount rate"), "whom it was told to cut nothing: " + f);
    }

    @Test
    void aSpeechVerbParsedAsTheClausalSubjectLeavesTheClauseItsOwnSubject() {
        List<Fact> f = facts("Duff and Phelps's said slower growth in the face of falling oil prices would mean a "
                + "larger budget deficit.");
        assertTrue(has(f, "slower growth", "mean", "budget deficit"), f.toString());
    }

    @Test
    void aMainVerbHungBelowTheRootNounHasThatNounAsSubject() {
        List<Fact> f = facts("The European Community (EC) budget talks on farm spending continued into the night.");
        assertTrue(has(f, "budget talks", "continue into", "night"), f.toString());
    }

    @Test
    void aMainVerbHungBelowANounsInfinitiveHasThatNounAsSubject() {
        List<Fact> f = facts("The failure of the two sides to reach a deal last week led to a sharp fall in prices.");
        assertTrue(has(f, "failure", "lead to", "fall"), f.toString());
        assertTrue(has(f, "two sides", "fail to reach", "deal"), f.toString());
    }
}
