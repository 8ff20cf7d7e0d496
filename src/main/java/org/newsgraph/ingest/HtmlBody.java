package org.newsgraph.ingest;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article body of an HTML page and returns its paragraphs, one per blank-line-separated
 * block. Every walk over the tree is iterative (jsoup's {@link NodeTraversor}), so deeply nested
 * pages cannot overflow the stack.
 *
 * <p>Elements whose class or id names furniture (share, related, comments, …) are dropped, unless
 * they look like a layout wrapper: a state class such as {@code has-sidebar} or {@code nav-open}
 * names no furniture, and an element holding 80% or more of the paragraph text around it is kept.
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
    /** Words that turn a class name into a state of the page ("has-sidebar", "nav-open"). */
    private static final Set<String> STATE_WORDS = Set.of("has", "with", "no", "is", "show", "hide", "open",
            "active", "enabled", "expanded", "collapsed", "visible");
    private static final double WRAPPER_SHARE = 0.8;
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{Alnum}]+|(?<=\\p{Ll})(?=\\p{Lu})");

    /** Characters of paragraph text inside each element. */
    private final Map<Element, Integer> paragraphText;

    private HtmlBody(Map<Element, Integer> paragraphText) {
        this.paragraphText = paragraphText;
    }

    /** The page's article text; the document is modified (furniture is removed). */
    static String paragraphs(Document doc) {
        Element body = doc.body();
        removeBelow(body, HtmlBody::isJunk);
        HtmlBody measured = new HtmlBody(measure(body));
        Element semantic = measured.semanticMain(body);
        Element main = semantic != null ? semantic : measured.mostParagraphText(body);
        int mainText = measured.textOf(main);
        removeBelow(main, e -> measured.isFurniture(e, mainText));
        String text = ParagraphCollector.collect(main, false);
        return text.isEmpty() ? ParagraphCollector.collect(main, true) : text;
    }

    /** The marked-up article body: {@code itemprop=articleBody}, else the largest {@code <article>}, else {@code <main>}. */
    private Element semanticMain(Element body) {
        Element marked = body.selectFirst("[itemprop=articleBody]");
        if (marked != null) {
            return marked;
        }
        Element article = body.select("article").stream().max(Comparator.comparingInt(this::textOf)).orElse(null);
        return article != null ? article : body.selectFirst("main");
    }

    /** Without markup: the element whose child paragraphs hold the most text, furniture not counted. */
    private Element mostParagraphText(Element body) {
        int total = textOf(body);
        Map<Element, Integer> byParent = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private int inFurniture;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    inFurniture += isFurniture(e, total) ? 1 : 0;
                    if (inFurniture == 0 && e.normalName().equals("p") && e.parent() != null) {
                        byParent.merge(e.parent(), textOf(e), Integer::sum);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    inFurniture -= isFurniture(e, total) ? 1 : 0;
                }
            }
        }, body);
        return byParent.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(body);
    }

    /** Named like furniture and not a wrapper holding most of the {@code around} characters of text. */
    private boolean isFurniture(Element e, int around) {
        return namedLikeFurniture(e) && (around == 0 || textOf(e) < WRAPPER_SHARE * around);
    }

    private int textOf(Element e) {
        return paragraphText.getOrDefault(e, 0);
    }

    /** Characters of text inside {@code <p>} elements, for every element below and including {@code root}. */
    private static Map<Element, Integer> measure(Element root) {
        Map<Element, Integer> sizes = new IdentityHashMap<>();
        Deque<int[]> open = new ArrayDeque<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private int inParagraph;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    open.push(new int[1]);
                    inParagraph += e.normalName().equals("p") ? 1 : 0;
                } else if (node instanceof TextNode t && inParagraph > 0 && !open.isEmpty()) {
                    open.peek()[0] += t.text().length();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    int size = open.pop()[0];
                    sizes.put(e, size);
                    if (!open.isEmpty()) {
                        open.peek()[0] += size;
                    }
                    inParagraph -= e.normalName().equals("p") ? 1 : 0;
                }
            }
        }, root);
        return sizes;
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
        for (String name : (e.className() + " " + e.id()).split("\\s+")) {
            String[] words = WORD_SPLIT.split(name);
            boolean state = false;
            boolean furniture = false;
            for (String word : words) {
                String w = word.toLowerCase(Locale.ROOT);
                state |= STATE_WORDS.contains(w);
                furniture |= FURNITURE_NAMES.contains(w);
            }
            if (furniture && !state) {
                return true;
            }
        }
        return false;
    }
}
