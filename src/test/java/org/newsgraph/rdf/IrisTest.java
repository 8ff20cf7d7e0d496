package org.newsgraph.rdf;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIx;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * IRIs are deterministic, valid for any input, and live under the chosen base.
 */
class IrisTest {

    private final Iris iris = Iris.under("https://news.example.org/kg/");

    @Test
    void sameKeyGivesSameIri() {
        assertEquals(iris.entity("john kerry"), iris.entity("john kerry"));
        assertEquals("https://news.example.org/kg/entity/john_kerry", iris.entity("john kerry").getURI());
        assertNotEquals(iris.entity("john kerry"), iris.concept("john kerry"));
    }

    @Test
    void anyStringMakesAValidIri() {
        for (String nasty : new String[] {"a b", "<x>", "\"q\"", "{}|\\^`", "line\nbreak", "ü/é#?%", "ت", ""}) {
            String uri = iris.article(nasty).getURI();
            assertTrue(uri.startsWith("https://news.example.org/kg/article/"), uri);
            IRIx parsed = IRIx.create(uri);
            assertTrue(parsed.isAbsolute(), uri);
            assertTrue(uri.chars().allMatch(c -> c > 32 && c < 127), uri);
        }
    }

    @Test
    void distinctIdsStayDistinct() {
        assertNotEquals(iris.article("a/b"), iris.article("a_b"));
        assertNotEquals(iris.article("a b"), iris.article("a+b"));
    }

    @Test
    void rejectsABaseThatIsNoHttpIri() {
        assertThrows(IllegalArgumentException.class, () -> Iris.under("not an iri/"));
        assertThrows(IllegalArgumentException.class, () -> Iris.under("http://example.org/no-slash"));
    }

    @Test
    void rejectsABaseUnderWhichNoIriWouldBeValid() {
        for (String broken : new String[] {"http://exa\u0001mple.org/", "http://example.org/%zz/",
                "http://example.org/a#b#", "http://[::1/", "http://user@example.org/"}) {
            assertThrows(IllegalArgumentException.class, () -> Iris.under(broken), broken);
        }
        assertEquals("http://example.org/kg#", Iris.under("http://example.org/kg#").base());
    }

    @Test
    void aSpaceInAKeyIsAnUnderscoreAndAnUnderscoreIsEncoded() {
        assertEquals("https://news.example.org/kg/entity/john_kerry", iris.entity("john kerry").getURI());
        assertEquals("https://news.example.org/kg/entity/john%5Fkerry", iris.entity("john_kerry").getURI());
        assertNotEquals(iris.concept("a b"), iris.concept("a_b"));
        assertNotEquals(iris.relation("agree to"), iris.relation("agree_to"));
        assertEquals(java.util.Optional.of("john_kerry"), iris.entityKey(iris.entity("john_kerry")));
        assertEquals(java.util.Optional.of("john kerry"), iris.entityKey(iris.entity("john kerry")));
    }

    @Test
    void aKeyOrIdOfOnlyDotsIsNoDotSegmentThatResolvingWouldRemove() {
        assertEquals("https://news.example.org/kg/entity/%2E", iris.entity(".").getURI());
        assertEquals("https://news.example.org/kg/article/%2E%2E", iris.article("..").getURI());
        assertEquals("https://news.example.org/kg/entity/...", iris.entity("...").getURI());
        assertEquals("https://news.example.org/kg/entity/U.S.", iris.entity("U.S.").getURI());
        assertEquals(java.util.Optional.of("."), iris.entityKey(iris.entity(".")));
        assertEquals(iris.entity(".."), NodeFactory.createURI(IRIx.create("https://news.example.org/kg/entity/")
                .resolve(iris.entity("..").getURI()).str()), "resolving leaves it as it is");
    }

    @Test
    void aLoneSurrogateIsTheReplacementCharacterNotAQuestionMark() {
        assertEquals(iris.article("a\uFFFD"), iris.article("a\uD800"));
        assertEquals("https://news.example.org/kg/article/a%EF%BF%BD", iris.article("a\uDC00").getURI());
        assertNotEquals(iris.entity("a?"), iris.entity("a\uD800"));
    }

    @Test
    void thePartsOfAnArticleUnderABaseEndingInHashAreValidIris() {
        Iris hash = Iris.under("http://example.org/kg#");
        String sentence = hash.part(hash.article("a"), "s", 3).getURI();
        assertEquals("http://example.org/kg#article/a/s3", sentence);
        assertTrue(!IRIx.create(sentence).isRelative() && !IRIx.create(sentence).hasViolations(), sentence);
        assertEquals("https://news.example.org/kg/article/a#s3", iris.part(iris.article("a"), "s", 3).getURI());
    }
}
