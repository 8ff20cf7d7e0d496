package org.newsgraph.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title, publication date and address of an HTML page, from its metadata (Open Graph, Twitter
 * cards, Dublin Core, {@code <time>}, JSON-LD) with the page's own {@code <title>} and
 * {@code <h1>} as fallbacks for the title. A short site name after the title is cut off.
 *
 * @param title headline or {@code null}
 * @param date  ISO-8601 date or timestamp, or {@code null}
 * @param url   canonical address or {@code null}
 */
record HtmlMetadata(String title, String date, String url) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> DATE_KEYS = List.of("article:published_time", "og:published_time",
            "date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "dcterms.date");
    private static final Pattern SITE_SEPARATOR = Pattern.compile(" (?:[|\\-–—·•]|::) ");
    private static final int MAX_SITE_NAME_WORDS = 4;

    /** Reads the metadata; call before the page's furniture is removed. */
    static HtmlMetadata of(Document doc) {
        Map<String, String> meta = metaTags(doc);
        String title = first(Stream.of(
                withoutSiteName(meta.get("og:title")),
                withoutSiteName(meta.get("twitter:title")),
                withoutSiteName(doc.title()),
                text(doc.selectFirst("h1"))));
        String date = first(Stream.concat(
                Stream.concat(DATE_KEYS.stream().map(meta::get), doc.select("time[datetime]").stream().map(t -> t.attr("datetime"))),
                doc.select("script[type=application/ld+json]").stream().map(s -> jsonLdDate(s.data())))
                .map(Dates::normalize));
        String url = first(Stream.of(meta.get("og:url"), attr(doc.selectFirst("link[rel=canonical]"), "href")));
        return new HtmlMetadata(title, date, url);
    }

    /**
     * "Headline | Site Name" becomes "Headline" when the part after the last separator is short
     * and looks like a name (capitalised words or a domain).
     */
    static String withoutSiteName(String title) {
        String t = TextLine.collapse(title == null ? "" : title);
        var m = SITE_SEPARATOR.matcher(t);
        int cut = -1;
        int after = -1;
        while (m.find()) {
            cut = m.start();
            after = m.end();
        }
        if (cut < 0) {
            return t;
        }
        String head = t.substring(0, cut);
        List<String> site = Boilerplate.words(t.substring(after));
        boolean nameLike = !site.isEmpty() && site.size() <= MAX_SITE_NAME_WORDS
                && site.stream().allMatch(w -> !Character.isLowerCase(w.codePointAt(0)) || w.contains("."));
        return nameLike && Boilerplate.words(head).size() >= 2 ? head : t;
    }

    private static Map<String, String> metaTags(Document doc) {
        Map<String, String> meta = new HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            for (String key : List.of("property", "name", "itemprop")) {
                String name = m.attr(key).strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && !m.attr("content").isBlank()) {
                    meta.putIfAbsent(name, m.attr("content"));
                }
            }
        }
        return meta;
    }

    private static String jsonLdDate(String json) {
        try {
            JsonNode published = JSON.readTree(json).findValue("datePublished");
            return published != null && published.isTextual() ? published.asText() : null;
        } catch (JsonProcessingException | RuntimeException broken) {
            return null;
        }
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String first(Stream<String> candidates) {
        return candidates.filter(Objects::nonNull).map(TextLine::collapse).filter(s -> !s.isEmpty())
                .findFirst().orElse(null);
    }
}
