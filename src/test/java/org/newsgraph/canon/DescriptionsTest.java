package org.newsgraph.canon;

import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.NlpPipeline;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.ingest.Article;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "The company", "the ministry" stand for the entity the article named, and a speaker's own "it" or "he" for the
 * speaker; with the real models.
 */
class DescriptionsTest {

    private static ResolvedArticle resolved(String text) {
        return new Canonicalizer().resolve(new ArticleExtractor().extract(Article.of("t", text),
                NlpPipeline.shared().annotate(text)));
    }

    private static Optional<Ref> subjectOf(ResolvedArticle r, String lemma) {
        return r.facts().stream().filter(f -> f.fact().relation().lemma().equals(lemma)).findFirst()
                .orElseThrow(() -> new AssertionError("no fact " + lemma + " in " + r.facts())).subject();
    }

    @Test
    void theCompanyIsTheCompanyTheArticleNamed() {
        ResolvedArticle r = resolved("Halvorsen Shipping Inc reported a loss of 12 mln dlrs for 1986. "
                + "The company earned 3.1 mln dlrs in 1985.");
        assertEquals(Optional.of(new Ref.EntityRef("halvorsen shipping inc")), subjectOf(r, "earn"));
    }

    @Test
    void theMinistryIsTheMinistryTheArticleNamed() {
        ResolvedArticle r = resolved("Japan's Finance Ministry is studying new rules for bond issues. "
                + "Dealers believe the ministry will permit foreign banks to issue the bonds next month.");
        assertEquals(Optional.of(new Ref.EntityRef("finance ministry")), subjectOf(r, "permit"));
    }

    @Test
    void aWordForABodyIsNoCompanyWhoseNameLacksIt() {
        ResolvedArticle r = resolved("Halvorsen Shipping Inc said it broke off talks on a new contract after "
                + "the union rejected its final offer.");
        assertNotEquals(Optional.of(new Ref.EntityRef("halvorsen shipping inc")), subjectOf(r, "reject"));
    }

    @Test
    void aSpeakersOwnPronounIsTheSpeaker() {
        ResolvedArticle company = resolved("Norsk Vannkraft AS said it had sold its fertiliser unit.");
        assertEquals(Optional.of(new Ref.EntityRef("norsk vannkraft as")), subjectOf(company, "sell"));
        ResolvedArticle person = resolved("Finance Minister Palle Jensen said he would veto the proposal.");
        assertEquals(Optional.of(new Ref.EntityRef("palle jensen")), subjectOf(person, "veto"));
    }

    @Test
    void aCompanysItIsNoPersonsPronoun() {
        ResolvedArticle r = resolved("Finance Minister Palle Jensen said it had been a difficult year for exporters.");
        r.facts().stream().filter(f -> !f.fact().relation().lemma().equals("say"))
                .forEach(f -> assertNotEquals(Optional.of(new Ref.EntityRef("palle jensen")), f.subject()));
    }

    @Test
    void aBodyWordWithoutACoreferenceChainIsTheOneBodyOfThatKindTheArticleNames() {
        ResolvedArticle one = resolved("The Senate Finance Committee will take up the tax bill on Thursday. Aides "
                + "said the bill was expected to be approved by the committee.");
        assertEquals(Optional.of(new Ref.EntityRef("senate finance committee")), objectOrSubject(one, "committee"));
        ResolvedArticle two = resolved("The Senate Finance Committee and the House Ways and Means Committee will "
                + "take up the tax bill. Aides said the bill was expected to be approved by the committee.");
        assertTrue(objectOrSubject(two, "committee").filter(Ref.EntityRef.class::isInstance).isEmpty(),
                "two committees: " + two.facts());
    }

    /** The resolved argument of the first fact whose subject or object text ends in this word. */
    private static Optional<Ref> objectOrSubject(ResolvedArticle r, String word) {
        return r.facts().stream().flatMap(f -> java.util.stream.Stream.of(
                        f.fact().subject().text().endsWith(word) ? f.subject() : Optional.<Ref>empty(),
                        f.fact().object().text().endsWith(word) ? f.object() : Optional.<Ref>empty()))
                .filter(Optional::isPresent).findFirst().orElse(Optional.empty());
    }
}
