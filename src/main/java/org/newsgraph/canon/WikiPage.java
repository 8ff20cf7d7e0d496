package org.newsgraph.canon;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The English Wikipedia page an entity is, as linking found it.
 *
 * @param title      the page title, underscored as in its URL ("Atlanta,_Georgia")
 * @param confidence how sure the link is, in [0, 1]
 */
public record WikiPage(String title, double confidence) {

    /** The DBpedia resource IRI of the page. */
    public String dbpedia() {
        return "http://dbpedia.org/resource/" + encode(title);
    }

    /** The English Wikipedia URL of the page. */
    public String wikipedia() {
        return "https://en.wikipedia.org/wiki/" + encode(title);
    }

    private static String encode(String title) {
        StringBuilder sb = new StringBuilder();
        for (String part : title.split("(?<=[_(),'])|(?=[_(),'])")) {
            sb.append(part.matches("[_(),']") ? part : URLEncoder.encode(part, StandardCharsets.UTF_8));
        }
        return sb.toString();
    }
}
