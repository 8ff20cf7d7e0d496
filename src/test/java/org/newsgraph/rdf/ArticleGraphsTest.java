package org.newsgraph.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.canon.Entity;
import org.newsgraph.canon.EntityType;
import org.newsgraph.canon.Ref;
import org.newsgraph.canon.ResolvedArticle;
import org.newsgraph.canon.ResolvedFact;
import org.newsgraph.extract.Argument;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Span;
import org.newsgraph.ingest.Article;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What an article's graph says of its date, its facts' confidence, further arguments and names, for values the graph
 * cannot hold as they come: every typed literal is well-formed for its type, and every text is one UTF-8 can carry.
 */
class ArticleGraphsTest {

    private final ArticleGraphs graphs = new ArticleGraphs(Iris.standard(), "test");

    @Test
    void aPublicationTimeOfAWholeMinuteGetsItsSeconds() {
        // How OffsetDateTime prints 10:00:00+02:00, and so how ingest hands such a date on; XSD needs the seconds.
        assertEquals(typed("2016-08-26T10:00:00+02:00", XSDDatatype.XSDdateTime), published("2016-08-26T10:00+02:00"));
    }

    @Test
    void aDateOrTimeThatXsdCannotHoldStaysText() {
        for (String notXsd : new String[] {"+10000-01-01", "2016-08-26T10:00:00+02:00:30", "2016-08-26T10:00:00+18:00",
                "2016-08-26T10:00"}) {
            assertEquals(NodeFactory.createLiteralString(notXsd), published(notXsd), notXsd);
        }
    }

    @Test
    void aWellFormedDateOrTimeKeepsItsSpelling() {
        assertEquals(typed("2016-08-26", XSDDatatype.XSDdate), published(" 2016-08-26 "));
        assertEquals(typed("2016-08-26T10:00:00.5Z", XSDDatatype.XSDdateTime), published("2016-08-26T10:00:00.5Z"));
    }

    @Test
    void aConfidenceThatIsNoNumberCountsAsZero() {
        assertEquals(typed("0.0", XSDDatatype.XSDdouble), object(build(null, Double.NaN, "Ana"), NG.confidence));
        assertEquals(typed("1.0", XSDDatatype.XSDdouble),
                object(build(null, Double.POSITIVE_INFINITY, "Ana"), NG.confidence));
    }

    @Test
    void aLoneSurrogateInANameIsStoredAsTheReplacementCharacter() {
        Graph g = build(null, 0.5, "Ana\uD800").graph();
        Node ana = Iris.standard().entity("ana");
        assertEquals(NodeFactory.createLiteralString("Ana\uFFFD"), g.find(ana, NG.articleLabel, Node.ANY).next()
                .getObject());
    }

    @Test
    void aFactKeepsItsFurtherArgumentsAsWritten() {
        String text = "Ana met Bo in Lima on Monday.";
        Article article = new Article("a2", null, null, null, text, "a2.txt");
        Argument ana = new Argument("Ana", new Span(0, 3), Argument.Kind.NAME, 1, 0, -1, "Ana", "Ana", new Span(0, 3));
        Argument bo = new Argument("Bo", new Span(8, 10), Argument.Kind.NAME, 3, 1, -1, "Bo", "Bo", new Span(8, 10));
        Argument lima = new Argument("Lima", new Span(14, 18), Argument.Kind.NAME, 5, 2, -1, "Lima", "in Lima",
                new Span(11, 18));
        Argument monday = new Argument("Monday", new Span(22, 28), Argument.Kind.TIME_OR_NUMBER, 7, -1, -1, "Monday",
                "on Monday", new Span(19, 28));
        Fact met = new Fact(0, ana, new Relation("met", new Span(4, 7), "meet"), bo, 0.8, "dependency", false, false,
                null, List.of(lima, monday), false);
        Extraction extraction = new Extraction(article, List.of(new Sentence(0, new Span(0, 29), text)), List.of(),
                List.of(met));
        List<Entity> entities = List.of(new Entity("ana", "Ana", EntityType.PERSON, List.of("Ana")),
                new Entity("bo", "Bo", EntityType.PERSON, List.of("Bo")));
        ResolvedFact resolved = new ResolvedFact(met, Optional.of(new Ref.EntityRef("ana")),
                Optional.of(new Ref.EntityRef("bo")));
        Graph g = graphs.build(new ResolvedArticle(extraction, entities, Map.of(), List.of(resolved))).graph();
        assertEquals(Set.of("in Lima", "on Monday"), g.find(Node.ANY, NG.extraText, Node.ANY).toList().stream()
                .map(t -> t.getObject().getLiteralLexicalForm()).collect(Collectors.toSet()));
        assertEquals(List.of(), g.find(Node.ANY, NG.subjectPhrase, Node.ANY).toList(), "Ana says it all");
    }

    @Test
    void aFactKeepsTheWholePhraseOfAnArgumentNamedByFewerWords() {
        ArticleGraph built = build(null, 0.5, "Ana");
        assertEquals(List.of(), built.graph().find(Node.ANY, NG.objectPhrase, Node.ANY).toList());
        String text = "Ana met the head of the bank.";
        Article article = new Article("a3", null, null, null, text, "a3.txt");
        Argument ana = new Argument("Ana", new Span(0, 3), Argument.Kind.NAME, 1, 0, -1, "Ana", "Ana", new Span(0, 3));
        Argument head = new Argument("the head", new Span(8, 16), Argument.Kind.PHRASE, 5, -1, -1, "head",
                "the head of the bank", new Span(8, 28));
        Fact met = new Fact(0, ana, new Relation("met", new Span(4, 7), "meet"), head, 0.8, "dependency", false,
                false);
        Extraction extraction = new Extraction(article, List.of(new Sentence(0, new Span(0, 29), text)), List.of(),
                List.of(met));
        ResolvedFact resolved = new ResolvedFact(met, Optional.of(new Ref.EntityRef("ana")),
                Optional.of(new Ref.ConceptRef("head", "head", Set.of(), Set.of())));
        Graph g = graphs.build(new ResolvedArticle(extraction, List.of(new Entity("ana", "Ana", EntityType.PERSON,
                List.of("Ana"))), Map.of(), List.of(resolved))).graph();
        assertEquals("the head of the bank", g.find(Node.ANY, NG.objectPhrase, Node.ANY).next().getObject()
                .getLiteralLexicalForm());
    }

    private Node published(String date) {
        ArticleGraph built = build(date, 0.5, "Ana");
        return built.graph().find(built.article(), NG.schemaDatePublished, Node.ANY).next().getObject();
    }

    private static Node object(ArticleGraph built, Node property) {
        return built.graph().find(Node.ANY, property, Node.ANY).next().getObject();
    }

    private static Node typed(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }

    /** "Ana met Bo.", dated, with one fact of this confidence, Ana labelled as given. */
    private ArticleGraph build(String date, double confidence, String anaLabel) {
        String text = "Ana met Bo.";
        Article article = new Article("a1", "Ana meets Bo", date, null, text, "a1.txt");
        Argument ana = new Argument("Ana", new Span(0, 3), Argument.Kind.NAME, 1, 0, -1, "Ana", "Ana", new Span(0, 3));
        Argument bo = new Argument("Bo", new Span(8, 10), Argument.Kind.NAME, 3, 1, -1, "Bo", "Bo", new Span(8, 10));
        Fact met = new Fact(0, ana, new Relation("met", new Span(4, 7), "meet"), bo, confidence, "openie", false,
                false);
        Extraction extraction = new Extraction(article, List.of(new Sentence(0, new Span(0, 11), text)), List.of(),
                List.of(met));
        List<Entity> entities = List.of(new Entity("ana", anaLabel, EntityType.PERSON, List.of(anaLabel)),
                new Entity("bo", "Bo", EntityType.PERSON, List.of("Bo")));
        ResolvedFact resolved = new ResolvedFact(met, Optional.of(new Ref.EntityRef("ana")),
                Optional.of(new Ref.EntityRef("bo")));
        return graphs.build(new ResolvedArticle(extraction, entities, Map.of(), List.of(resolved)));
    }
}
