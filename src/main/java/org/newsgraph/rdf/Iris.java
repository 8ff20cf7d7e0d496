package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.newsgraph.text.IriSegments;
import org.newsgraph.text.Unicode;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Mints the graph's IRIs under a base IRI. The same key always gives the same IRI, and any string gives a valid
 * IRI: everything but unreserved ASCII characters is percent-encoded (UTF-8). In a key or lemma a space is written
 * {@code _}, as Wikipedia and DBpedia write names, so an underscore of its own is {@code %5F}: distinct strings
 * give distinct IRIs, except that a lone surrogate, which UTF-8 cannot encode, counts as U+FFFD (see
 * {@link Unicode#wellFormed}).
 */
public final class Iris {

    /** Where IRIs live unless the user says otherwise: resolvable on a default local {@code serve}. */
    public static final String DEFAULT_BASE = "http://localhost:3030/id/";

    private final String base;

    private Iris(String base) {
        this.base = base;
    }

    /** IRIs under this base; it must be an absolute http(s) IRI ending in '/' or '#'. */
    public static Iris under(String base) {
        Objects.requireNonNull(base, "base");
        // The pattern alone lets through what no IRI may hold (control characters, a stray '%', a second '#'), and
        // every IRI minted under such a base would be broken.
        if (!base.matches("(?i)https?://[^\\s<>\"{}|\\\\^`]+[/#]") || !isIri(base)) {
            throw new IllegalArgumentException("base IRI must be an http(s) IRI ending in '/' or '#': " + base);
        }
        return new Iris(base);
    }

    private static boolean isIri(String s) {
        try {
            IRIx iri = IRIx.create(s);
            // Not isAbsolute(), which in RFC 3986's sense excludes a fragment, and a base may end in '#'. A base with a
            // violation (such as user info in an http IRI) would pass it on to every IRI minted under it.
            return !iri.isRelative() && !iri.hasViolations();
        } catch (IRIException e) {
            return false;
        }
    }

    public static Iris standard() {
        return new Iris(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    /** The IRI of the article with this id, also the name of its graph. */
    public Node article(String id) {
        return NodeFactory.createURI(base + "article/" + encode(id));
    }

    /** The IRI of the entity with this key. */
    public Node entity(String key) {
        return NodeFactory.createURI(base + "entity/" + encodeKey(key));
    }

    /** The key an entity IRI under this base was minted from, if it is one. */
    public java.util.Optional<String> entityKey(Node iri) {
        String prefix = base + "entity/";
        if (!iri.isURI() || !iri.getURI().startsWith(prefix)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(key(iri.getURI().substring(prefix.length())));
    }

    /**
     * The key or lemma that an entity, concept or relation IRI ends in, decoded: {@code _} is a space, and
     * {@code %5F} an underscore.
     *
     * @throws IllegalArgumentException when a '%' is not followed by two hexadecimal digits
     */
    public static String key(String encoded) {
        return id(encoded.replace('_', ' '));
    }

    /**
     * The article id that an article IRI ends in, decoded.
     *
     * @throws IllegalArgumentException when a '%' is not followed by two hexadecimal digits
     */
    public static String id(String encoded) {
        // URLDecoder reads '+' as a space; in an IRI it is a plus sign.
        return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The IRI of the concept with this key. */
    public Node concept(String key) {
        return NodeFactory.createURI(base + "concept/" + encodeKey(key));
    }

    /** The IRI of the relation (an {@code owl:ObjectProperty}) with this lemma. */
    public Node relation(String lemma) {
        return NodeFactory.createURI(base + "relation/" + encodeKey(lemma));
    }

    /**
     * A part of an article (a sentence, fact or mention), as a fragment of the article's IRI; under a base that
     * already puts the article in a fragment (one ending in '#'), as a path inside that fragment, since an IRI has
     * at most one '#'.
     */
    public Node part(Node article, String kind, int number) {
        String a = article.getURI();
        return NodeFactory.createURI(a + (a.indexOf('#') < 0 ? "#" : "/") + kind + number);
    }

    static String encode(String s) {
        return encode(s, false);
    }

    private static String encodeKey(String key) {
        return encode(key, true);
    }

    private static String encode(String s, boolean spaceAsUnderscore) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (byte b : Unicode.wellFormed(s).getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (spaceAsUnderscore && c == ' ') {
                sb.append('_');
            } else if (c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '~'
                    || c == '_' && !spaceAsUnderscore)) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return IriSegments.noDotSegment(sb.toString());
    }
}
