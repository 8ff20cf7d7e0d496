package org.newsgraph.extract;

import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.NlpPipeline;
import org.newsgraph.ingest.Article;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A company's name NER found once is a name wherever the article writes it again; with the real models. */
class RepeatedNamesTest {

    private static Extraction extraction(String text) {
        return new ArticleExtractor().extract(Article.of("t", text), NlpPipeline.shared().annotate(text));
    }

    @Test
    void aNameWrittenAgainWithoutItsDesignatorIsOneArgument() {
        String text = "Standard and Poor's Corp lowered the rating of two Swedish banks on Tuesday. "
                + "Standard and Poor's defines the A category as adequate.";
        List<Fact> facts = extraction(text).facts();
        Fact define = SentenceFacts.get(facts, "Standard", "define", "category");
        assertEquals("Standard and Poor's", define.subject().text());
        assertEquals(Argument.Kind.NAME, define.subject().kind());
        assertTrue(facts.stream().noneMatch(f -> f.subject().text().equals("Poor")), facts.toString());
    }

    @Test
    void theRepeatedNameIsAMentionInTextOrder() {
        Extraction e = extraction("Brevik Shipping Lines Inc reported a loss. Analysts said Brevik Shipping Lines "
                + "and Oslo Ferries would merge.");
        List<Mention> second = e.mentions().stream().filter(m -> m.sentence() == 1).toList();
        assertTrue(second.stream().anyMatch(m -> m.text().equals("Brevik Shipping Lines")
                && m.nerType().equals("ORGANIZATION")), second.toString());
        for (int i = 1; i < e.mentions().size(); i++) {
            assertTrue(e.mentions().get(i - 1).span().begin() < e.mentions().get(i).span().begin());
            assertEquals(i, e.mentions().get(i).index());
        }
    }

}
