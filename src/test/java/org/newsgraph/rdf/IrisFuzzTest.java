package org.newsgraph.rdf;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.newsgraph.text.Unicode;
import org.newsgraph.support.NastyStrings;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Whatever string an id, key or lemma is, {@link Iris} mints a valid absolute IRI under the base, one that N-Quads,
 * Turtle and SPARQL can hold between angle brackets as it is, and the string can be read back from it, so distinct
 * strings never share an IRI. The one exception is documented: a lone surrogate, which UTF-8 cannot encode, counts as
 * U+FFFD, as it does in every literal.
 */
class IrisFuzzTest {

    /** Bases with a path, with a fragment ('#' at the end or before the path), and with non-ASCII characters. */
    private static final List<String> BASES = List.of(Iris.DEFAULT_BASE, "https://news.example.org/kg/",
            "http://example.org/kg#", "http://example.org/a#b/", "https://\u4F8B\u3048.jp/\u00F1/id/");

    /** The kinds of IRI, each with how to read its string back from what follows its prefix. */
    private static final Map<String, Function<String, String>> DECODERS = Map.of(
            "article/", IrisFuzzTest::percentDecoded, "entity/", Iris::key, "concept/", Iris::key,
            "relation/", Iris::key);

    @Provide
    Arbitrary<String> nasty() {
        return NastyStrings.any();
    }

    @Provide
    Arbitrary<String> bases() {
        return Arbitraries.of(BASES);
    }

    @Property(tries = 2000)
    void everyMintedIriIsValidAbsoluteAndUnderTheBase(@ForAll("nasty") String s, @ForAll("bases") String base) {
        Iris iris = Iris.under(base);
        Node article = iris.article(s);
        List<Node> minted = List.of(article, iris.entity(s), iris.concept(s), iris.relation(s),
                iris.part(article, "s", 0), iris.part(article, "f", 12), iris.part(article, "m", Integer.MAX_VALUE));
        for (Node n : minted) {
            String uri = n.getURI();
            assertTrue(uri.startsWith(iris.base()), uri);
            assertValid(uri);
            // What follows the base is plain ASCII: nothing that N-Quads, Turtle or SPARQL would have to escape.
            String local = uri.substring(iris.base().length());
            assertTrue(local.chars().allMatch(c -> c > ' ' && c < 0x7F && "<>\"{}|^`\\".indexOf(c) < 0), uri);
        }
    }

    @Property(tries = 2000)
    void theStringComesBackFromItsIri(@ForAll("nasty") String s, @ForAll("bases") String base) {
        Iris iris = Iris.under(base);
        String expected = Unicode.wellFormed(s);
        Map<String, Node> byKind = Map.of("article/", iris.article(s), "entity/", iris.entity(s),
                "concept/", iris.concept(s), "relation/", iris.relation(s));
        byKind.forEach((kind, iri) -> {
            String prefix = iris.base() + kind;
            assertTrue(iri.getURI().startsWith(prefix), iri.getURI());
            assertEquals(expected, DECODERS.get(kind).apply(iri.getURI().substring(prefix.length())), kind);
        });
        assertEquals(Optional.of(expected), iris.entityKey(iris.entity(s)));
    }

    @Property(tries = 1000)
    void nearlyEqualStringsGetDistinctIris(@ForAll("nasty") String s, @ForAll("bases") String base) {
        Iris iris = Iris.under(base);
        // The neighbours an encoder most easily confuses: a space and an underscore or plus, a character and its
        // percent-encoding, the string and its own encoding.
        List<String> near = new ArrayList<>(List.of(s.replace(' ', '_'), s.replace('_', ' '), s.replace(' ', '+'),
                s + " ", s + "_", s + "%20", s + "%5F", Iris.encode(s), s.replace("%", "%25"), s.toUpperCase(),
                s.strip()));
        try {
            near.add(percentDecoded(s));
        } catch (IllegalArgumentException notEncoded) {
            // s is no percent-encoding of anything; nothing to compare with
        }
        for (String other : near) {
            if (!Unicode.wellFormed(other).equals(Unicode.wellFormed(s))) {
                assertNotEquals(iris.article(s), iris.article(other), other);
                assertNotEquals(iris.entity(s), iris.entity(other), other);
                assertNotEquals(iris.concept(s), iris.concept(other), other);
                assertNotEquals(iris.relation(s), iris.relation(other), other);
            }
        }
    }

    @Property(tries = 500)
    void aLoneSurrogateCountsAsTheReplacementCharacter(@ForAll("nasty") String s, @ForAll("bases") String base) {
        Iris iris = Iris.under(base);
        String w = Unicode.wellFormed(s);
        String lone = w + "\uD800" + w;
        assertEquals(iris.article(w + "\uFFFD" + w), iris.article(lone));
        assertEquals(iris.entity(w + "\uFFFD" + w), iris.entity(lone));
        assertNotEquals(iris.entity(w + "?" + w), iris.entity(lone), "a lone surrogate is no '?'");
    }

    @Property(tries = 2000)
    void aBaseIsRefusedUnlessEveryIriUnderItIsValid(@ForAll("baseCandidates") String base,
                                                    @ForAll("nasty") String key) {
        Iris iris;
        try {
            iris = Iris.under(base);
        } catch (IllegalArgumentException refused) {
            Statistics.collect("refused");
            return;
        } finally {
            // Not refusing everything either: plenty of the candidates are good bases.
            Statistics.coverage(coverage -> coverage.check("accepted").percentage(p -> p > 10));
        }
        Statistics.collect("accepted");
        Node article = iris.article(key);
        for (Node n : List.of(article, iris.entity(key), iris.part(article, "s", 3))) {
            assertValid(n.getURI());
        }
    }

    @Provide
    Arbitrary<String> baseCandidates() {
        Arbitrary<String> scheme = Arbitraries.of("http://", "https://", "HTTP://", "ftp://", "http:/", "");
        Arbitrary<String> host = Arbitraries.oneOf(Arbitraries.of("example.org", "localhost:3030", "[::1]",
                "user@example.org", "127.0.0.1", "\u4F8B\u3048.jp"), NastyStrings.any());
        Arbitrary<String> path = Arbitraries.oneOf(Arbitraries.of("/", "/id/", "/kg#", "/a#b/", "/?q=1/"),
                NastyStrings.any().map(p -> "/" + p + "/"), NastyStrings.any().map(p -> "/" + p + "#"));
        return Combinators.combine(scheme, host, path).as((s, h, p) -> s + h + p);
    }

    private static void assertValid(String uri) {
        try {
            IRIx iri = IRIx.create(uri);
            // A scheme, so no relative reference; not isAbsolute(), which in RFC 3986 excludes a fragment.
            assertFalse(iri.isRelative(), uri);
            StringBuilder violations = new StringBuilder();
            iri.handleViolations((error, message) -> violations.append(message).append("; "));
            assertEquals("", violations.toString(), uri);
        } catch (IRIException e) {
            fail("not an IRI: " + e.getMessage());
        }
    }

    private static String percentDecoded(String s) {
        // URLDecoder reads '+' as a space; in an IRI it is a plus sign.
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
