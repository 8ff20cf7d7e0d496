package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Collects the text of paragraph-like elements (p, h2–h4, li, blockquote) as one paragraph each,
 * in document order. Any block boundary, including {@code <br>}, ends a paragraph. Short
 * paragraphs and list items that are almost all link text (lists of other stories) are left out.
 */
final class ParagraphCollector implements NodeVisitor {

    private static final Set<String> PARAGRAPHS = Set.of("p", "h2", "h3", "h4", "li", "blockquote");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "blockquote", "section", "article", "main", "br", "hr", "tr", "td", "th", "table", "pre", "figure",
            "figcaption", "dl", "dt", "dd", "address", "header", "footer", "aside", "nav", "body");
    private static final double LINK_SHARE = 0.8;
    private static final int SHORT_WORDS = 12;

    private final boolean allText;
    private final List<String> out = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder linkText = new StringBuilder();
    private int inParagraph;
    private int inLink;
    private int inListItem;

    private ParagraphCollector(boolean allText) {
        this.allText = allText;
    }

    /**
     * @param allText also take text outside paragraph elements (for pages built from bare
     *                {@code <div>}s and {@code <br>}s)
     * @return the paragraphs separated by blank lines
     */
    static String collect(Element root, boolean allText) {
        ParagraphCollector collector = new ParagraphCollector(allText);
        NodeTraversor.traverse(collector, root);
        collector.flush();
        return String.join("\n\n", collector.out);
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            if (allText || inParagraph > 0) {
                text.append(t.getWholeText());
                if (inLink > 0) {
                    linkText.append(t.getWholeText());
                }
            }
        } else if (node instanceof Element e) {
            String name = e.normalName();
            if (BLOCKS.contains(name)) {
                flush();
            }
            inParagraph += PARAGRAPHS.contains(name) ? 1 : 0;
            inLink += name.equals("a") ? 1 : 0;
            inListItem += name.equals("li") ? 1 : 0;
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            String name = e.normalName();
            if (BLOCKS.contains(name)) {
                flush();
            }
            inParagraph -= PARAGRAPHS.contains(name) ? 1 : 0;
            inLink -= name.equals("a") ? 1 : 0;
            inListItem -= name.equals("li") ? 1 : 0;
        }
    }

    private void flush() {
        String paragraph = TextLine.collapse(text.toString());
        if (!paragraph.isEmpty() && !mostlyLinks(paragraph)) {
            out.add(paragraph);
        }
        text.setLength(0);
        linkText.setLength(0);
    }

    private boolean mostlyLinks(String paragraph) {
        int links = TextLine.collapse(linkText.toString()).length();
        return links >= LINK_SHARE * paragraph.length()
                && (inListItem > 0 || Boilerplate.words(paragraph).size() <= SHORT_WORDS);
    }
}
