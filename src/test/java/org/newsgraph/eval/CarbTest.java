package org.newsgraph.eval;

import org.junit.jupiter.api.Test;
import org.newsgraph.support.SharedData;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.eval.CarbTuples.ex;
import static org.newsgraph.eval.CarbTuples.gold;

/**
 * The CaRB scorer: the matching rules on hand-written tuples, and the published numbers of two reference systems.
 */
class CarbTest {

    @Test
    void sentenceKeyIgnoresSpacesPunctuationAndBracketEscapes() {
        assertEquals(Carb.sentenceKey("He left ( briefly ) ."), Carb.sentenceKey("He left -LRB- briefly -RRB-"));
        assertEquals("Heleft", Carb.sentenceKey("He left ."));
    }

    @Test
    void precisionIsOneToOneAndRecallTakesTheBestExtraction() {
        Carb carb = new Carb(List.of(gold("agreed to", "Brazil", "a truce")));
        // Two identical extractions: recall 1, but only one can pair with the single gold tuple: precision 1/2.
        CarbResult twice = carb.score(List.of(ex(0.9, "agreed to", "Brazil", "a truce"),
                ex(0.9, "agreed to", "Brazil", "a truce")));
        assertEquals(1, twice.recall(), 1e-9);
        assertEquals(0.5, twice.precision(), 1e-9);
    }

    @Test
    void bestThresholdDropsLowConfidenceNoise() {
        Carb carb = new Carb(List.of(gold("agreed to", "Brazil", "a truce")));
        CarbResult r = carb.score(List.of(ex(0.9, "agreed to", "Brazil", "a truce"),
                ex(0.2, "said", "The ministry", "Santos")));
        assertEquals(0.9, r.threshold(), 1e-9);
        assertEquals(1, r.f1(), 1e-9);
        // Curve: threshold 0.2 gives (R 1, P 0.5), 0.9 gives (R 1, P 1); with (R 0, P 1) appended: area 1.
        assertEquals(1, r.auc(), 1e-9);
    }

    @Test
    void unmatchedGoldSentencesCountAgainstRecall() {
        CarbTuple other = new CarbTuple("Another sentence .", 1, "is", List.of("it", "another"));
        Carb carb = new Carb(List.of(gold("agreed to", "Brazil", "a truce"), other));
        CarbResult r = carb.score(List.of(ex(0.9, "agreed to", "Brazil", "a truce")));
        assertEquals(0.5, r.recall(), 1e-9);
        assertEquals(1, r.precision(), 1e-9);
        assertEquals(2, r.goldSentences());
    }

    @Test
    void reproducesPublishedScoresOfTheReferenceSystems() throws IOException {
        Path dir = SharedData.require("eval/carb-dev");
        Carb carb = Carb.ofGoldFile(dir.resolve("dev_gold.tsv"));
        assertEquals(638, carb.sentenceCount(), "641 lines, 638 distinct sentences once trimmed");
        CarbResult openie5 = carb.score(CarbFiles.readSystem(dir.resolve("reference/openie5.dev.tsv")));
        assertNear("OpenIE 5 F1", 45.8, openie5.f1());
        assertNear("OpenIE 5 P", 52.6, openie5.precision());
        assertNear("OpenIE 5 R", 40.6, openie5.recall());
        assertNear("OpenIE 5 AUC", 24.0, openie5.auc());
        CarbResult corenlp = carb.score(CarbFiles.readSystem(dir.resolve("reference/corenlp-openie.dev.tsv")));
        assertNear("CoreNLP F1", 20.0, corenlp.f1());
        assertNear("CoreNLP P", 17.0, corenlp.precision());
        assertNear("CoreNLP R", 24.2, corenlp.recall());
        assertNear("CoreNLP AUC", 14.2, corenlp.auc());
    }

    private static void assertNear(String what, double expectedPercent, double actual) {
        assertEquals(expectedPercent, 100 * actual, 1.0, what);
    }
}
