package org.newsgraph.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.canon.Entity;
import org.newsgraph.canon.Ref;
import org.newsgraph.canon.ResolvedArticle;
import org.newsgraph.canon.ResolvedFact;
import org.newsgraph.extract.Argument;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Span;
import org.newsgraph.ingest.Article;
import org.newsgraph.text.Digests;
import org.newsgraph.text.Unicode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a resolved article into its named graph: the article, its sentences and mentions, each fact both as a
 * plain triple (a denied one with its relation negated: "not favour") and as a {@code ng:Fact} node with
 * provenance, and what the article says about each entity and concept it names (surface forms, name and type).
 */
public final class ArticleGraphs {

    private final Iris iris;
    private final String extractorVersion;

    public ArticleGraphs(Iris iris, String extractorVersion) {
        this.iris = Objects.requireNonNull(iris, "iris");
        this.extractorVersion = Objects.requireNonNull(extractorVersion, "extractorVersion");
    }

    /** The IRI of an entity or concept an argument resolved to. */
    public Node node(Ref ref) {
        return ref instanceof Ref.EntityRef ? iris.entity(ref.key()) : iris.concept(ref.key());
    }

    public Iris iris() {
        return iris;
    }

    /** The version recorded with every fact: newsgraph's and CoreNLP's, and the CoreNLP settings. */
    public String extractorVersion() {
        return extractorVersion;
    }

    /** Builds the article's graph. */
    public ArticleGraph build(ResolvedArticle resolved) {
        Article article = resolved.extraction().article();
        Node a = iris.article(article.id());
        Graph g = GraphFactory.createDefaultGraph();
        Set<Node> resources = new HashSet<>();
        describeArticle(g, a, article);
        for (Sentence s : resolved.extraction().sentences()) {
            Node sn = iris.part(a, "s", s.index());
            g.add(sn, RDF.type.asNode(), NG.Sentence);
            g.add(sn, NG.inArticle, a);
            g.add(sn, NG.index, integer(s.index()));
            g.add(sn, NG.text, literal(s.text()));
            span(g, sn, s.span());
        }
        for (Entity e : resolved.entities()) {
            Node en = iris.entity(e.key());
            resources.add(en);
            g.add(a, NG.schemaMentions, en);
            g.add(en, NG.articleLabel, literal(e.label()));
            g.add(en, NG.typeInArticle, NG.ng(e.type().className()));
            for (String form : e.forms()) {
                g.add(en, NG.surfaceForm, literal(form));
            }
            for (String country : e.countries()) {
                g.add(en, NG.country, iris.entity(country));
            }
            e.page().ifPresent(p -> {
                g.add(en, OWL.sameAs.asNode(), NodeFactory.createURI(p.dbpedia()));
                g.add(en, NG.schemaSameAs, NodeFactory.createURI(p.wikipedia()));
                g.add(en, NG.linkConfidence, probability(p.confidence()));
            });
        }
        for (Mention m : resolved.extraction().mentions()) {
            String key = resolved.entityOfMention().get(m.index());
            if (key == null) {
                continue;
            }
            Node mn = iris.part(a, "m", m.index());
            g.add(mn, RDF.type.asNode(), NG.Mention);
            g.add(mn, NG.text, literal(m.text()));
            g.add(mn, NG.nerType, literal(m.nerType()));
            g.add(mn, NG.refersTo, iris.entity(key));
            g.add(mn, NG.sentence, iris.part(a, "s", m.sentence()));
            span(g, mn, m.span());
        }
        int n = 0;
        for (ResolvedFact rf : resolved.facts()) {
            if (rf.storable()) {
                addFact(g, a, iris.part(a, "f", n++), rf, resources);
            }
        }
        return new ArticleGraph(a, article.id(), g, resources);
    }

    private void describeArticle(Graph g, Node a, Article article) {
        g.add(a, RDF.type.asNode(), NG.Article);
        g.add(a, NG.schemaIdentifier, literal(article.id()));
        g.add(a, NG.sourceFile, literal(article.source()));
        g.add(a, NG.contentHash, literal(Digests.sha256(article.text())));
        g.add(a, NG.schemaArticleBody, literal(article.text()));
        if (article.title() != null && !article.title().isBlank()) {
            g.add(a, NG.schemaHeadline, literal(article.title()));
        }
        if (article.date() != null && !article.date().isBlank()) {
            g.add(a, NG.schemaDatePublished, date(article.date()));
        }
        if (article.url() != null && !article.url().isBlank()) {
            g.add(a, NG.schemaUrl, literal(article.url()));
        }
    }

    private void addFact(Graph g, Node a, Node fn, ResolvedFact rf, Set<Node> resources) {
        Fact f = rf.fact();
        Node s = node(rf.subject().orElseThrow());
        Node o = node(rf.object().orElseThrow());
        // a denial is stated with the relation it denies negated ("not favour"), never with that relation itself
        String lemma = f.negated() ? "not " + f.relation().lemma() : f.relation().lemma();
        Node p = iris.relation(lemma);
        List<Ref> refs = new ArrayList<>(List.of(rf.subject().get(), rf.object().get()));
        rf.speaker().ifPresent(refs::add);
        for (Ref ref : refs) {
            if (ref instanceof Ref.ConceptRef c) {
                Node cn = node(c);
                resources.add(cn);
                g.add(a, NG.schemaMentions, cn);
                g.add(cn, NG.articleLabel, literal(c.label()));
                g.add(cn, NG.surfaceForm, literal(c.label()));
                g.add(cn, NG.typeInArticle, NG.Concept);
                for (String country : c.countries()) {
                    g.add(cn, NG.country, iris.entity(country));
                }
                for (String entity : c.about()) {
                    g.add(cn, NG.about, iris.entity(entity));
                }
            }
        }
        g.add(p, RDF.type.asNode(), OWL.ObjectProperty.asNode());
        g.add(p, RDF.type.asNode(), NG.Relation);
        g.add(p, RDFS.label.asNode(), literal(lemma));
        g.add(p, RDFS.subPropertyOf.asNode(), NG.relatedTo);
        Optional<Node> category = f.negated() ? Optional.empty() : EventCategories.standard().of(lemma);
        category.ifPresent(c -> g.add(p, RDFS.subPropertyOf.asNode(), c));
        g.add(s, p, o);
        category.ifPresent(c -> g.add(s, c, o));
        g.add(fn, RDF.type.asNode(), NG.Fact);
        g.add(fn, RDF.subject.asNode(), s);
        g.add(fn, RDF.predicate.asNode(), p);
        g.add(fn, RDF.object.asNode(), o);
        g.add(fn, NG.provWasDerivedFrom, a);
        category.ifPresent(c -> g.add(fn, NG.category, c));
        g.add(fn, NG.sentence, iris.part(a, "s", f.sentence()));
        g.add(fn, NG.subjectText, literal(f.subject().text()));
        g.add(fn, NG.relationText, literal(f.relation().text()));
        g.add(fn, NG.objectText, literal(f.object().text()));
        phrase(g, fn, NG.subjectPhrase, f.subject());
        phrase(g, fn, NG.objectPhrase, f.object());
        for (Argument extra : f.extras()) {
            g.add(fn, NG.extraText, literal(extra.fullText()));
        }
        span(g, fn, f.span());
        g.add(fn, NG.confidence, probability(f.confidence()));
        g.add(fn, NG.extractor, literal(f.extractor()));
        g.add(fn, NG.extractorVersion, literal(extractorVersion));
        g.add(fn, NG.negated, bool(f.negated()));
        g.add(fn, NG.hedged, bool(f.hedged()));
        if (f.attributedTo() != null) {
            g.add(fn, NG.attributionText, literal(f.attributedTo().text()));
            rf.speaker().ifPresent(speaker -> g.add(fn, NG.attributedTo, node(speaker)));
        }
    }

    /** The whole phrase the sentence uses for an argument, where it says more than the argument's own words. */
    private static void phrase(Graph g, Node fact, Node property, Argument a) {
        if (a.fullText() != null && !a.fullText().equals(a.text())) {
            g.add(fact, property, literal(a.fullText()));
        }
    }

    private static void span(Graph g, Node n, Span span) {
        g.add(n, NG.charStart, integer(span.begin()));
        g.add(n, NG.charEnd, integer(span.end()));
    }

    /** A plain string literal; a lone surrogate becomes U+FFFD, as TDB2 would otherwise store it as '?'. */
    static Node literal(String s) {
        return NodeFactory.createLiteralString(Unicode.wellFormed(s));
    }

    private static Node integer(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
    }

    /** A confidence as an xsd:double, held to [0, 1]; NaN, which no bound holds, counts as 0. */
    private static Node probability(double p) {
        double held = Double.isNaN(p) ? 0 : Math.max(0, Math.min(1, p));
        return NodeFactory.createLiteralDT(Double.toString(held), XSDDatatype.XSDdouble);
    }

    private static Node bool(boolean b) {
        return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
    }

    /**
     * A date as xsd:date or xsd:dateTime when it is one, else as plain text. {@code java.time} reads more than XSD
     * allows: a time without seconds ({@code 2016-08-26T10:00+02:00}, which is how {@code OffsetDateTime} prints a
     * whole minute), a signed five-digit year, an offset with seconds. Typed with those, the literal would be
     * ill-formed, so a date is typed only when its text is also valid for the XSD type, and a time without seconds
     * gets them.
     */
    private static Node date(String text) {
        String t = text.strip();
        try {
            LocalDate.parse(t);
            if (XSDDatatype.XSDdate.isValid(t)) {
                return NodeFactory.createLiteralDT(t, XSDDatatype.XSDdate);
            }
        } catch (DateTimeParseException notADate) {
            try {
                String full = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.parse(t));
                String lexical = XSDDatatype.XSDdateTime.isValid(t) ? t : full;
                if (XSDDatatype.XSDdateTime.isValid(lexical)) {
                    return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdateTime);
                }
            } catch (DateTimeParseException notADateTime) {
                // plain text below
            }
        }
        return literal(t);
    }

}
