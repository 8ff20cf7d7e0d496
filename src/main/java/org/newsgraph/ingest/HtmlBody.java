package org.newsgraph.ingest;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article body of an HTML page and returns its paragraphs, one per blank-line-separated
 * block. Every walk over the tree is iterative (jsoup's {@link NodeTraversor}), so deeply nested
 * pages cannot overflow the stack.
 */
final class HtmlBody {

    private static final Set<String> JUNK_TAGS = Set.of("script", "style", "noscript", "nav", "header", "footer",
            "aside", "form", "iframe", "svg", "template", "button", "select", "input", "textarea", "dialog");
    private static final Set<String> JUNK_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "dialog");
    /** Class and id words that mark page furniture, matched as whole words of the attribute. */
    private static final Set<String> FURNITURE_NAMES = Set.of("share", "sharing", "social", "related", "comment",
            "comments", "newsletter", "advert", "advertisement", "ad", "ads", "promo", "promotion", "cookie",
            "cookies", "consent", "subscribe", "subscription", "breadcrumb", "breadcrumbs", "footer", "nav",
            "navbar", "navigation", "menu", "sidebar", "popup", "modal");
    private static final Pattern NAME_SPLIT = Pattern.compile("[^\\p{Alnum}]+|(?<=\\p{Ll})(?=\\p{Lu})");

    private HtmlBody() {
    }

    /** The page's article text; the document is modified (furniture is removed). */
    static String paragraphs(Document doc) {
        Element body = doc.body();
        removeBelow(body, HtmlBody::isJunk);
        Element semantic = semanticMain(body);
        Element main = semantic != null ? semantic : mostParagraphText(body);
        removeBelow(main, HtmlBody::namedLikeFurniture);
        String text = ParagraphCollector.collect(main, false);
        return text.isEmpty() ? ParagraphCollector.collect(main, true) : text;
    }

    /** The marked-up article body: {@code itemprop=articleBody}, else the largest {@code <article>}, else {@code <main>}. */
    private static Element semanticMain(Element body) {
        Element marked = body.selectFirst("[itemprop=articleBody]");
        if (marked != null) {
            return marked;
        }
        Element article = body.select("article").stream()
                .max(Comparator.comparingInt(HtmlBody::paragraphTextLength)).orElse(null);
        return article != null ? article : body.selectFirst("main");
    }

    /** Without markup: the element whose child paragraphs hold the most text, furniture not counted. */
    private static Element mostParagraphText(Element body) {
        Map<Element, Integer> byParent = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private int inFurniture;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    inFurniture += namedLikeFurniture(e) ? 1 : 0;
                    if (inFurniture == 0 && e.normalName().equals("p") && e.parent() != null) {
                        byParent.merge(e.parent(), e.text().length(), Integer::sum);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    inFurniture -= namedLikeFurniture(e) ? 1 : 0;
                }
            }
        }, body);
        return byParent.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(body);
    }

    private static int paragraphTextLength(Element e) {
        return e.select("p").stream().mapToInt(p -> p.text().length()).sum();
    }

    /** Removes the elements below {@code root} (not {@code root} itself) that {@code junk} accepts. */
    private static void removeBelow(Element root, Predicate<Element> junk) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return node != root && node instanceof Element e && junk.test(e) ? FilterResult.REMOVE : FilterResult.CONTINUE;
            }
        }, root);
    }

    private static boolean isJunk(Element e) {
        return JUNK_TAGS.contains(e.normalName()) || JUNK_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))
                || e.hasAttr("hidden");
    }

    private static boolean namedLikeFurniture(Element e) {
        for (String word : NAME_SPLIT.split(e.className() + " " + e.id())) {
            if (FURNITURE_NAMES.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
