package org.newsgraph.extract;

import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.NlpPipeline;
import org.newsgraph.ingest.Article;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which of CoreNLP's OpenIE triples become facts, on sentences written for these tests, with the real models. */
class OpenIeFactsTest {

    private static List<Fact> nominal(String text) {
        return new ArticleExtractor().extract(Article.of("t", text), NlpPipeline.shared().annotate(text)).facts()
                .stream().filter(f -> f.extractor().equals(OpenIeFacts.EXTRACTOR))
                .filter(f -> f.relation().lemma().startsWith("be ")).toList();
    }

    @Test
    void aNounsPrepositionalPhraseIsNoFactUnlessItNamesAPlace() {
        assertEquals(List.of(), nominal("Traders feared a sharp increase in freight rates after the storm."));
        assertEquals(List.of(), nominal("Growers reported difficulties in obtaining export licences this week."));
        assertEquals(List.of(), nominal("The two unions reached an agreement in principle on Monday."));
    }

    @Test
    void aNounPlacedInANamedPlaceIsAFact() {
        List<Fact> f = nominal("Heavy fighting in Mosul forced thousands of families to flee.");
        assertTrue(f.stream().anyMatch(x -> x.relation().lemma().equals("be in")
                && x.object().text().contains("Mosul")), f.toString());
    }

    @Test
    void aCopulasPhraseIsTheDependencyPatternsToRead() {
        assertEquals(List.of(), nominal("For the year as a whole, the trade balance was in surplus by two billion "
                + "dlrs."));
        assertEquals(List.of(), nominal("Second-quarter results were broadly in line with forecasts."));
    }
}
