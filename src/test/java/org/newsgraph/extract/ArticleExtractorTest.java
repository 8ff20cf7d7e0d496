package org.newsgraph.extract;

import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.NlpPipeline;
import org.newsgraph.canon.Ref;
import org.newsgraph.canon.ResolvedArticle;
import org.newsgraph.canon.ResolvedFact;
import org.newsgraph.ingest.Article;
import org.newsgraph.support.ExampleGraph;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the extractors read from sentences written for these tests, with the real CoreNLP models.
 */
class ArticleExtractorTest {

    private static ResolvedArticle read(String text) {
        return ExampleGraph.processor().resolve(Article.of("test", text));
    }

    private static Optional<ResolvedFact> find(ResolvedArticle a, String subject, String lemma, String object) {
        return a.facts().stream()
                .filter(f -> f.fact().relation().lemma().equals(lemma))
                .filter(f -> f.fact().subject().text().contains(subject))
                .filter(f -> f.fact().object().text().contains(object))
                .findFirst();
    }

    @Test
    void aWiresCompanyMarksAreReadAsNamesAndNoSentenceIsReportedUnread() {
        String text = "<Harlow Freight Corp> said it bought <Dessen Leasing Ltd> from Volta Mining Corp <VMC>.";
        Extraction e = new ArticleExtractor().extract(Article.of("t", text), NlpPipeline.shared().annotate(text));
        assertEquals(List.of(), e.skipped());
        assertTrue(e.mentions().stream().anyMatch(m -> m.text().equals("Harlow Freight Corp")),
                e.mentions().toString());
        assertTrue(e.facts().stream().anyMatch(f -> f.relation().lemma().equals("buy")
                && f.object().text().contains("Dessen Leasing Ltd")), e.facts().toString());
    }

    @Test
    void readsSubjectVerbObjectWithLemmatizedRelation() {
        ResolvedArticle a = read("Chilean troops had shelled the rebel village of Arroyo on Monday.");
        ResolvedFact f = find(a, "troops", "shell", "village").orElseThrow(() -> new AssertionError(a.facts()));
        assertTrue(f.storable());
        assertEquals("dependency", f.fact().extractor());
        assertTrue(f.fact().object().text().contains("Arroyo"), f.fact().object().text());
    }

    @Test
    void readsVerbWithPrepositionInsideReportedSpeech() {
        ResolvedArticle a = read("The ministry said Brazil had agreed to a 72-hour truce in the port city of Santos.");
        ResolvedFact f = find(a, "Brazil", "agree to", "truce").orElseThrow(() -> new AssertionError(a.facts()));
        assertTrue(f.subject().orElseThrow() instanceof Ref.EntityRef, "Brazil is an entity");
        assertTrue(f.object().orElseThrow() instanceof Ref.ConceptRef c && c.label().contains("72-hour truce"),
                String.valueOf(f.object()));
    }

    @Test
    void passiveWithAgentPutsTheAgentFirst() {
        ResolvedArticle a = read("The delegates were welcomed by Prime Minister Ana Ruiz in Lima.");
        assertTrue(find(a, "Ana Ruiz", "welcome", "delegates").isPresent(), a.facts().toString());
    }

    @Test
    void resolvesPronounsThroughCoreferenceOrLeavesThemOut() {
        ResolvedArticle a = read("Maria Lopez visited Quito on Tuesday. She praised the mayor of the city.");
        List<ResolvedFact> praise = a.facts().stream()
                .filter(f -> f.fact().relation().lemma().equals("praise")).toList();
        assertFalse(praise.isEmpty(), a.facts().toString());
        for (ResolvedFact f : praise) {
            if (f.storable()) {
                assertEquals(new Ref.EntityRef("maria lopez"), f.subject().orElseThrow());
            }
        }
    }

    @Test
    void marksNegatedAndHedgedFacts() {
        ResolvedArticle a = read("Norway did not sign the treaty. Sweden may join the alliance.");
        assertTrue(find(a, "Norway", "sign", "treaty").orElseThrow().fact().negated());
        assertTrue(find(a, "Sweden", "join", "alliance").orElseThrow().fact().hedged());
    }

    @Test
    void mergesShortPersonNamesIntoTheFullName() {
        ResolvedArticle a = read("Foreign Minister Helga Brandt met reporters in Vienna. Later, Brandt left for Prague.");
        assertTrue(a.entity("helga brandt").isPresent(), a.entities().toString());
        assertFalse(a.entity("brandt").isPresent(), a.entities().toString());
        assertTrue(a.entity("helga brandt").get().forms().contains("Brandt"));
    }

    @Test
    void spansPointIntoTheArticleText() {
        String text = "Kenya signed a trade pact with Ethiopia.";
        ResolvedArticle a = read(text);
        for (ResolvedFact f : a.facts()) {
            Argument s = f.fact().subject();
            assertEquals(s.text(), text.substring(s.span().begin(), s.span().end()));
        }
    }
}
