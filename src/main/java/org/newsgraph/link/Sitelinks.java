package org.newsgraph.link;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * English Wikipedia page IRIs the way Wikidata writes its sitelinks. Wikibase builds them with MediaWiki's
 * {@code wfUrlencode} of the underscored title: PHP {@code urlencode}, then {@code ; @ $ ! * ( ) , / ~ :} put back.
 * So {@code https://en.wikipedia.org/wiki/Recep_Tayyip_Erdo%C4%9Fan}, {@code …/wiki/C%C3%B4te_d%27Ivoire} and
 * {@code …/wiki/AC/DC}. Our article graphs encode a few characters differently (an apostrophe stays, a colon
 * is escaped), so a page is always looked up by its title, re-encoded here, never by our IRI as written.
 */
public final class Sitelinks {

    /** The English Wikipedia, as Wikidata's {@code schema:isPartOf} names it. */
    public static final String ENWIKI = "https://en.wikipedia.org/";

    private static final String PAGE = ENWIKI + "wiki/";

    /** What wfUrlencode puts back after urlencode; Java's encoder already leaves {@code *} alone. */
    private static final Map<String, String> KEPT = Map.of("%3B", ";", "%40", "@", "%24", "$", "%21", "!",
            "%28", "(", "%29", ")", "%2C", ",", "%2F", "/", "%7E", "~", "%3A", ":");

    private Sitelinks() {
    }

    /**
     * The title ("Atlanta,_Georgia") of an English Wikipedia page IRI however it is percent-encoded, or empty
     * when the IRI is no such page or is not valid percent-encoding.
     */
    public static Optional<String> title(String pageIri) {
        if (!pageIri.startsWith(PAGE) || pageIri.length() == PAGE.length()) {
            return Optional.empty();
        }
        try {
            // URLDecoder reads '+' as a space; in a page path it is a plus sign.
            String title = URLDecoder.decode(pageIri.substring(PAGE.length()).replace("+", "%2B"),
                    StandardCharsets.UTF_8).replace(' ', '_');
            // URLDecoder turns bytes that are no UTF-8 into U+FFFD instead of failing.
            return title.indexOf('\uFFFD') >= 0 ? Optional.empty() : Optional.of(title);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The IRI Wikidata's sitelinks use for the English Wikipedia page with this title. */
    public static String iri(String title) {
        String encoded = URLEncoder.encode(title.replace(' ', '_'), StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(PAGE.length() + encoded.length()).append(PAGE);
        for (int i = 0; i < encoded.length(); i++) {
            String escape = encoded.charAt(i) == '%' ? encoded.substring(i, i + 3) : null;
            if (escape != null && KEPT.containsKey(escape)) {
                sb.append(KEPT.get(escape));
                i += 2;
            } else {
                sb.append(encoded.charAt(i));
            }
        }
        return sb.toString();
    }

    /** Our IRI for a page re-encoded the way Wikidata writes it, or empty when it is no English Wikipedia page. */
    public static Optional<String> wikidataForm(String pageIri) {
        return title(pageIri).map(Sitelinks::iri);
    }
}
