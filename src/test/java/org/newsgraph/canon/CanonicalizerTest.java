package org.newsgraph.canon;

import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.NlpPipeline;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.ingest.Article;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names merged into entities within an article, with the real models, on a text written for this test.
 */
class CanonicalizerTest {

    private static final String TEXT = """
            The Russian Federation and the U.S. signed a deal in Vienna on Monday, the Austrian Foreign Ministry
            said. The International Atomic Energy Agency (IAEA) will watch it. Foreign Minister Olena Kravchenko
            welcomed the deal. Kravchenko said the IAEA and the USA had promised help. Russia said it was pleased.
            The Turkish military shelled the border on Tuesday.
            """;

    private static ResolvedArticle resolved() {
        return new Canonicalizer().resolve(new ArticleExtractor().extract(Article.of("t", TEXT),
                NlpPipeline.shared().annotate(TEXT)));
    }

    private static Entity entity(ResolvedArticle r, String key) {
        return r.entity(key).orElseThrow(() -> new AssertionError(key + " not in " + r.entities()));
    }

    @Test
    void namesOfOneActorAreOneEntity() {
        ResolvedArticle r = resolved();
        assertTrue(entity(r, "russia").forms().containsAll(List.of("Russian Federation", "Russia")));
        assertTrue(entity(r, "united states").forms().containsAll(List.of("U.S.", "USA")));
        assertTrue(entity(r, "olena kravchenko").forms().contains("Kravchenko"));
        assertEquals(EntityType.COUNTRY, entity(r, "russia").type());
        assertEquals("Russia", entity(r, "russia").label());
    }

    @Test
    void anAcronymGivenInTheTextJoinsItsName() {
        ResolvedArticle r = resolved();
        Entity iaea = entity(r, "international atomic energy agency");
        assertTrue(iaea.forms().contains("IAEA"), iaea.toString());
        assertTrue(r.entity("iaea").isEmpty());
    }

    @Test
    void aDemonymTiesABodyAndAPhraseToTheirCountry() {
        ResolvedArticle r = resolved();
        assertTrue(r.entities().stream().anyMatch(e -> e.label().equals("Austrian Foreign Ministry")
                && e.countries().contains("austria")), r.entities().toString());
        assertTrue(r.facts().stream().anyMatch(f -> f.subject().orElse(null) instanceof Ref.ConceptRef c
                && c.label().equals("Turkish military") && c.countries().contains("turkey")), r.facts().toString());
        assertTrue(r.entity("turkey").isPresent(), "a country named only by its demonym is an entity of the article");
    }

    private static final String TITLES = """
            Gerald R. Ford was buried in Grand Rapids on Wednesday. Gerald Ford had led the country after 1974.
            Mourners said President Ford had healed the nation. Ford was 93. Acme Widgets Inc. said it would
            close its plant; Acme Widgets employs 300 people.
            """;

    @Test
    void aTitledNameIsAPersonAndMiddleInitialsAndLegalFormsDoNotSplitAnEntity() {
        ResolvedArticle r = new Canonicalizer().resolve(new ArticleExtractor().extract(Article.of("t", TITLES),
                NlpPipeline.shared().annotate(TITLES)));
        Entity ford = entity(r, "gerald r ford");
        assertEquals(EntityType.PERSON, ford.type());
        assertTrue(ford.forms().containsAll(List.of("Gerald Ford", "Ford", "President Ford")), ford.toString());
        assertEquals("Gerald R. Ford", ford.label());
        assertTrue(r.entities().stream().noneMatch(e -> e.key().equals("ford")), r.entities().toString());
        assertTrue(r.entities().stream().filter(e -> e.names().contains("Acme Widgets")).count() == 1
                && r.entities().stream().noneMatch(e -> e.key().equals("acme widgets") && !e.names()
                .contains("Acme Widgets Inc.")), r.entities().toString());
    }
}
