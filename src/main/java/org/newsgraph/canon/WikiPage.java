package org.newsgraph.canon;

import org.newsgraph.text.IriSegments;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The English Wikipedia page an entity is, as linking found it.
 *
 * @param title      the page title, underscored as in its URL ("Atlanta,_Georgia")
 * @param confidence how sure the link is, in [0, 1]
 */
public record WikiPage(String title, double confidence) {

    /** The namespace of DBpedia's resource IRIs, one per English Wikipedia page. */
    public static final String DBPEDIA = "http://dbpedia.org/resource/";

    /** The DBpedia resource IRI of the page. */
    public String dbpedia() {
        return DBPEDIA + encode(title);
    }

    /** The English Wikipedia URL of the page. */
    public String wikipedia() {
        return "https://en.wikipedia.org/wiki/" + encode(title);
    }

    /**
     * The title a page reference names: a title ("Recep Tayyip Erdoğan" or underscored), an English Wikipedia
     * URL or a DBpedia IRI (percent-encoded or not, angle brackets allowed).
     */
    public static String titleOf(String page) {
        String p = page.strip();
        if (p.startsWith("<") && p.endsWith(">")) {
            p = p.substring(1, p.length() - 1);
        }
        for (String prefix : PREFIXES) {
            if (p.startsWith(prefix)) {
                p = URLDecoder.decode(p.substring(prefix.length()).replace("+", "%2B"), StandardCharsets.UTF_8);
            }
        }
        return p.strip().replace(' ', '_');
    }

    private static final java.util.List<String> PREFIXES = java.util.List.of(DBPEDIA,
            "https://en.wikipedia.org/wiki/", "http://en.wikipedia.org/wiki/");

    private static String encode(String title) {
        StringBuilder sb = new StringBuilder();
        for (String part : title.split("(?<=[_(),'])|(?=[_(),'])")) {
            sb.append(part.matches("[_(),']") ? part : URLEncoder.encode(part, StandardCharsets.UTF_8));
        }
        return IriSegments.noDotSegment(sb.toString());
    }
}
