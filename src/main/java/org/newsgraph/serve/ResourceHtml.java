package org.newsgraph.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.rdf.NG;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The HTML page of a {@link ResourceDescription}. Built with jsoup's element API, which escapes every text and
 * attribute it writes, so labels and sentences from the articles are shown, never interpreted; only http(s)
 * values become external links.
 */
final class ResourceHtml {

    private static final String STYLE = "body{font-family:sans-serif;max-width:55em;margin:2em auto;line-height:1.5}"
            + "code{background:#f4f4f4;padding:0 .2em}blockquote{margin:.2em 0 .8em 1.5em;color:#333}"
            + "th{text-align:left;vertical-align:top;padding-right:1em;font-weight:normal;color:#555}";

    private static final List<Node> FIRST = List.of(RDFS.label.asNode(), NG.schemaHeadline, RDF.type.asNode(),
            NG.skosAltLabel, NG.schemaDatePublished, NG.schemaUrl, OWL.sameAs.asNode(), NG.schemaSameAs,
            NG.linkConfidence);

    private final String base;
    private final String basePath;

    ResourceHtml(String base, String basePath) {
        this.base = base;
        this.basePath = basePath;
    }

    /** The page about this resource. */
    String page(Node iri, Graph g) {
        Document doc = Document.createShell("");
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.title(label(g, iri));
        doc.head().appendElement("style").appendText(STYLE);
        for (String type : List.of("text/turtle", "application/ld+json", "application/n-triples")) {
            doc.head().appendElement("link").attr("rel", "alternate").attr("type", type).attr("href", href(iri));
        }
        Element body = doc.body();
        body.appendElement("h1").text(label(g, iri));
        body.appendElement("p").appendElement("code").text(iri.getURI());
        if (g.contains(iri, RDF.type.asNode(), NG.Entity)) {
            body.appendElement("p").appendElement("a").attr("href", graphView(iri)).text("Show in the graph");
        }
        properties(body, iri, g);
        facts(body, iri, g);
        externalLinks(body, iri, g);
        mentionedIn(body, iri, g);
        body.appendElement("p").text("Also as Turtle, JSON-LD or N-Triples: ask for text/turtle, "
                + "application/ld+json or application/n-triples in the Accept header. Query everything at ")
                .appendElement("a").attr("href", "/" + NewsServer.DATASET + "/sparql")
                .text("/" + NewsServer.DATASET + "/sparql");
        return doc.outerHtml();
    }

    /** The {@code /graph} page centred on an entity, its facts listed. */
    static String graphView(Node entity) {
        return NewsServer.GRAPH_PAGE + "?entity=" + URLEncoder.encode(entity.getURI(), StandardCharsets.UTF_8);
    }

    /** One row per property, the description's core ones first, then the rest in IRI order. */
    private void properties(Element body, Node iri, Graph g) {
        Map<Node, List<Node>> byProperty = new TreeMap<>(Comparator
                .comparingInt((Node p) -> FIRST.contains(p) ? FIRST.indexOf(p) : FIRST.size())
                .thenComparing(Node::getURI));
        g.find(iri, Node.ANY, Node.ANY).filterDrop(t -> t.getPredicate().equals(NG.schemaArticleBody))
                .forEachRemaining(t -> byProperty.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>())
                        .add(t.getObject()));
        Element table = body.appendElement("table");
        byProperty.forEach((p, values) -> {
            Element row = table.appendElement("tr");
            value(row.appendElement("th"), g, p);
            Element cell = row.appendElement("td");
            values.stream().sorted(Comparator.comparing((Node v) -> labelOrValue(g, v))).forEach(v -> {
                if (cell.childNodeSize() > 0) {
                    cell.appendText(", ");
                }
                value(cell, g, v);
            });
        });
        g.find(iri, NG.schemaArticleBody, Node.ANY).forEachRemaining(t -> {
            Element details = body.appendElement("details");
            details.appendElement("summary").text("Article text");
            details.appendElement("p").text(t.getObject().getLiteralLexicalForm());
        });
    }

    private void facts(Element body, Node iri, Graph g) {
        List<Node> facts = g.find(Node.ANY, RDF.type.asNode(), NG.Fact).mapWith(Triple::getSubject).toList()
                .stream().sorted(Comparator.comparing(Node::getURI)).toList();
        if (facts.isEmpty()) {
            return;
        }
        body.appendElement("h2").text("Facts (" + facts.size() + ")");
        Element list = body.appendElement("ul");
        for (Node f : facts) {
            Element item = list.appendElement("li");
            object(g, f, RDF.subject.asNode()).ifPresent(s -> value(item, g, s));
            item.appendText(" ");
            object(g, f, RDF.predicate.asNode()).ifPresent(p -> item.appendElement("em").text(label(g, p)));
            item.appendText(" ");
            object(g, f, RDF.object.asNode()).ifPresent(o -> value(item, g, o));
            if (object(g, f, NG.negated).map(n -> n.getLiteralLexicalForm().equals("true")).orElse(false)) {
                item.appendText(" (negated)");
            }
            object(g, f, NG.sentence).flatMap(s -> object(g, s, NG.text))
                    .ifPresent(text -> item.appendElement("blockquote").text(text.getLiteralLexicalForm()));
            object(g, f, NG.provWasDerivedFrom).ifPresent(a -> {
                item.appendText("from ");
                value(item, g, a);
            });
        }
    }

    private void externalLinks(Element body, Node iri, Graph g) {
        List<Node> links = g.find(iri, Node.ANY, Node.ANY).toList().stream()
                .filter(t -> t.getPredicate().equals(OWL.sameAs.asNode()) || t.getPredicate().equals(NG.schemaSameAs)
                        || t.getPredicate().equals(NG.schemaUrl))
                .map(Triple::getObject).distinct().toList();
        if (links.isEmpty()) {
            return;
        }
        body.appendElement("h2").text("External links");
        Element list = body.appendElement("ul");
        for (Node link : links) {
            String target = link.isURI() ? link.getURI() : link.getLiteralLexicalForm();
            Element item = list.appendElement("li");
            if (isWeb(target)) {
                item.appendElement("a").attr("href", target).attr("rel", "nofollow").text(target);
            } else {
                item.text(target);
            }
        }
    }

    private void mentionedIn(Element body, Node iri, Graph g) {
        List<Node> articles = g.find(Node.ANY, NG.schemaMentions, iri).mapWith(Triple::getSubject).toList();
        if (articles.isEmpty()) {
            return;
        }
        body.appendElement("h2").text("Mentioned in");
        Element list = body.appendElement("ul");
        articles.stream().sorted(Comparator.comparing(Node::getURI)).forEach(a -> value(list.appendElement("li"), g, a));
    }

    /** A value: a literal as text, an IRI as a link to its page here or out on the web. */
    private void value(Element parent, Graph g, Node n) {
        if (n.isLiteral()) {
            parent.appendText(n.getLiteralLexicalForm());
        } else if (n.isURI() && href(n) != null) {
            parent.appendElement("a").attr("href", href(n)).text(label(g, n));
        } else {
            parent.appendText(n.isURI() ? n.getURI() : n.toString());
        }
    }

    /** Where an IRI's page is: under the base's path on this server, or the IRI itself when it is http(s). */
    private String href(Node n) {
        String uri = n.getURI();
        if (uri.startsWith(base)) {
            return basePath + uri.substring(base.length());
        }
        return isWeb(uri) ? uri : null;
    }

    private static boolean isWeb(String s) {
        return s.startsWith("http://") || s.startsWith("https://");
    }

    private static String labelOrValue(Graph g, Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : label(g, n);
    }

    private static String label(Graph g, Node n) {
        for (Node p : List.of(RDFS.label.asNode(), NG.schemaHeadline)) {
            Optional<Node> label = object(g, n, p);
            if (label.isPresent()) {
                return label.get().getLiteralLexicalForm();
            }
        }
        return n.isURI() ? g.getPrefixMapping().shortForm(n.getURI()) : n.toString();
    }

    private static Optional<Node> object(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).nextOptional().map(Triple::getObject);
    }
}
