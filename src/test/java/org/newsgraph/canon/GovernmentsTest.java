package org.newsgraph.canon;

import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.NlpPipeline;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.ingest.Article;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A capital that acts is its country in that fact, and stays a city where it is a place; with the real models. */
class GovernmentsTest {

    private static ResolvedArticle resolved(String text) {
        return new Canonicalizer().resolve(new ArticleExtractor().extract(Article.of("t", text),
                NlpPipeline.shared().annotate(text)));
    }

    private static Optional<ResolvedFact> fact(ResolvedArticle r, String lemma) {
        return r.facts().stream().filter(f -> f.fact().relation().lemma().equals(lemma)).findFirst();
    }

    @Test
    void aCapitalThatActsIsItsCountry() {
        ResolvedArticle r = resolved("Tokyo rejected the new quotas on Friday. Ottawa welcomed the plan. "
                + "Talks on the quotas resume in Tokyo next week.");
        assertEquals(Optional.of(new Ref.EntityRef("japan")), fact(r, "reject").orElseThrow().subject());
        assertEquals(Optional.of(new Ref.EntityRef("canada")), fact(r, "welcome").orElseThrow().subject());
        assertEquals(EntityType.COUNTRY, r.entity("japan").orElseThrow().type(), "added though never named");
        assertTrue(r.entity("tokyo").isPresent(), "the city is still an entity of the article: " + r.entities());
    }

    @Test
    void aCapitalThatIsAPlaceStaysTheCity() {
        ResolvedArticle r = resolved("Tokyo was hit by a typhoon on Friday. The ministers met in Ottawa.");
        List<ResolvedFact> facts = r.facts();
        assertTrue(facts.stream().noneMatch(f -> f.subject().equals(Optional.of(new Ref.EntityRef("japan")))
                || f.object().equals(Optional.of(new Ref.EntityRef("canada")))), facts.toString());
    }

    @Test
    void aCapitalThatActsWhereverTheArticleNamesItIsANameOfItsCountry() {
        ResolvedArticle r = resolved("West Germany rejected the proposal on Monday. Bonn said it would cut "
                + "taxes next year, and the Bonn government later raised its growth forecast.");
        Entity germany = r.entity("germany").orElseThrow();
        assertTrue(germany.forms().containsAll(java.util.List.of("West Germany", "Bonn")), germany.toString());
        assertEquals("Germany", germany.label());
        assertTrue(r.entity("bonn").isEmpty(), r.entities().toString());
    }
}
