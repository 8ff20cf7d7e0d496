package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.ingest.Unicode;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Mints the graph's IRIs under a base IRI. The same key always gives the same IRI, and any string gives a valid
 * IRI: everything but unreserved ASCII characters is percent-encoded (UTF-8). A lone surrogate, which UTF-8 cannot
 * encode, counts as U+FFFD (see {@link Unicode#wellFormed}), not as the '?' Java's encoder would make of it.
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
        if (!base.matches("(?i)https?://[^\\s<>\"{}|\\\\^`]+[/#]")) {
            throw new IllegalArgumentException("base IRI must be an http(s) IRI ending in '/' or '#': " + base);
        }
        return new Iris(base);
    }

    public static Iris standard() {
        return new Iris(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    public Node article(String id) {
        return NodeFactory.createURI(base + "article/" + encode(id));
    }

    public Node entity(String key) {
        return NodeFactory.createURI(base + "entity/" + encode(key.replace(' ', '_')));
    }

    /** The key an entity IRI under this base was minted from, if it is one. */
    public java.util.Optional<String> entityKey(Node iri) {
        String prefix = base + "entity/";
        if (!iri.isURI() || !iri.getURI().startsWith(prefix)) {
            return java.util.Optional.empty();
        }
        String encoded = iri.getURI().substring(prefix.length());
        return java.util.Optional.of(java.net.URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8)
                .replace('_', ' '));
    }

    public Node concept(String key) {
        return NodeFactory.createURI(base + "concept/" + encode(key.replace(' ', '_')));
    }

    public Node relation(String lemma) {
        return NodeFactory.createURI(base + "relation/" + encode(lemma.replace(' ', '_')));
    }

    /** A part of an article (a sentence, fact or mention), as a fragment of the article's IRI. */
    public Node part(Node article, String kind, int number) {
        return NodeFactory.createURI(article.getURI() + "#" + kind + number);
    }

    static String encode(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (byte b : Unicode.wellFormed(s).getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~')) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }
}
