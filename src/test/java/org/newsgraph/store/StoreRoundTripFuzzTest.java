package org.newsgraph.store;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.lifecycle.BeforeTry;
import org.apache.commons.io.file.PathUtils;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.newsgraph.canon.Entity;
import org.newsgraph.canon.ResolvedArticle;
import org.newsgraph.export.DatasetDump;
import org.newsgraph.extract.Sentence;
import org.newsgraph.ingest.Article;
import org.newsgraph.text.Unicode;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.ArticleGraphs;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Shapes;
import org.newsgraph.support.FuzzArticles;
import org.newsgraph.support.NastyStrings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Articles whose every string is made to break RDF (see {@link NastyStrings}) go through a real TDB2 store and come
 * back exactly: the store holds, and its N-Quads and TriG dumps ({@link DatasetDump}, as {@code newsgraph export}
 * writes them) parse strictly to, the quads the article graphs and the corpus descriptions make in memory, no more
 * and no fewer; every text comes back equal to the text given, char for char, a lone surrogate being U+FFFD (see
 * {@link Unicode}); {@code newsgraph import} ({@link DumpLoader}) of the dump gives the same store; the store finds
 * the article by its id, satisfies the SHACL shapes, and is empty again once the article is deleted.
 */
class StoreRoundTripFuzzTest {

    private static final org.apache.jena.shacl.Shapes SHAPES = org.apache.jena.shacl.Shapes.parse(Shapes.graph());

    /** Namespaces of the IRIs a stored graph may hold besides those minted under the base. */
    private static final List<String> VOCABULARIES = List.of(NG.NS, NG.SCHEMA, NG.PROV, NG.SKOS, RDF.getURI(),
            RDFS.getURI(), OWL.getURI(), XSD.getURI(), NG.CORPUS_GRAPH.getURI(), "http://dbpedia.org/resource/",
            "https://en.wikipedia.org/wiki/");

    private Path dir;
    private NewsStore store;
    private NewsStore imported;

    @BeforeProperty
    void openStores() throws IOException {
        dir = Files.createTempDirectory("newsgraph-fuzz");
        store = NewsStore.open(dir.resolve("db"));
        imported = NewsStore.open(dir.resolve("imported"));
    }

    @AfterProperty
    void closeStores() throws IOException {
        store.close();
        imported.close();
        PathUtils.deleteDirectory(dir);
    }

    /** Each try starts from empty stores, even after a failed one. */
    @BeforeTry
    void emptyStores() {
        for (NewsStore s : List.of(store, imported)) {
            // A write transaction costs a commit; most tries leave the store empty.
            if (s.size() > 0) {
                Txn.executeWrite(s.dataset(), () -> s.dataset().asDatasetGraph().clear());
            }
        }
    }

    @Provide
    Arbitrary<ResolvedArticle> articles() {
        return FuzzArticles.resolved();
    }

    /** Bases with a path and with a fragment. */
    @Provide
    Arbitrary<String> bases() {
        return Arbitraries.of(Iris.DEFAULT_BASE, "https://news.example.org/kg/", "http://example.org/kg#");
    }

    /** The version string recorded with every fact is text too. */
    @Provide
    Arbitrary<String> versions() {
        return NastyStrings.any();
    }

    // No shrinking: each step is a round trip through the store, so full shrinking of one failure took 17 minutes,
    // and bounded shrinking goes on in a thread it abandons when time is up, still writing to the store as the next
    // try or closeStores begins. The failure names the quads that differ, and jqwik prints the seed that repeats it.
    @Property(tries = 120, shrinking = ShrinkingMode.OFF)
    void anArticleComesBackFromTheStoreAndItsDumpExactly(@ForAll("articles") ResolvedArticle resolved,
                                                         @ForAll("bases") String base,
                                                         @ForAll("versions") String version) throws IOException {
        ArticleGraphs graphs = new ArticleGraphs(Iris.under(base), version);
        ArticleGraph built = graphs.build(resolved);
        DatasetGraph expected = expected(List.of(built));
        store.put(built);

        assertSameQuads(expected, stored(store), "the store");
        DatasetGraph dump = dumpAndParse("nq", Lang.NQUADS, expected.stream().count());
        assertSameQuads(expected, dump, "the N-Quads dump");
        assertOnlyKnownIris(dump, graphs.iris());
        assertTextsComeBack(dump, graphs.iris(), built.article(), resolved);

        Article article = resolved.extraction().article();
        assertEquals(Optional.of(built.article()), store.article(article.id()), "found by its id");
        assertEquals(Optional.of(asStored(article, built)), store.storedArticle(article.id()));
        assertConforms(store);

        assertTrue(store.delete(article.id()));
        assertEquals(0, store.size(), "deleting the only article leaves nothing behind");
    }

    @Property(tries = 30, shrinking = ShrinkingMode.OFF)
    void articlesWrittenTogetherComeBackTogetherFromEveryDump(@ForAll("batches") List<ResolvedArticle> batch,
                                                              @ForAll("bases") String base,
                                                              @ForAll("versions") String version)
            throws IOException {
        ArticleGraphs graphs = new ArticleGraphs(Iris.under(base), version);
        List<ArticleGraph> built = batch.stream().map(graphs::build).toList();
        store.putAll(built.stream().map(a -> new NewsStore.Write(a, Map.of())).toList());
        DatasetGraph expected = expected(built);

        assertSameQuads(expected, stored(store), "the store");
        assertSameQuads(expected, dumpAndParse("trig", Lang.TRIG, -1), "the TriG dump");
        DatasetGraph dump = dumpAndParse("nq", Lang.NQUADS, expected.stream().count());
        assertSameQuads(expected, dump, "the N-Quads dump");
        assertOnlyKnownIris(dump, graphs.iris());
        new DumpLoader(imported).load(dir.resolve("dump.nq"));
        assertSameQuads(expected, stored(imported), "the store the N-Quads dump was imported into");
        assertConforms(store);
        assertEquals(batch.stream().map(r -> r.extraction().article().id()).collect(Collectors.toSet()),
                Set.copyOf(store.articleIds()));
    }

    /** Two to four articles whose ids differ (a second article with the same id would replace the first). */
    @Provide
    Arbitrary<List<ResolvedArticle>> batches() {
        return FuzzArticles.resolved().list().ofMinSize(2).ofMaxSize(4)
                .uniqueElements(r -> r.extraction().article().id());
    }

    /** Each article graph in its named graph, and the corpus graph as the store describes what they name. */
    private static DatasetGraph expected(List<ArticleGraph> articles) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Set<Node> resources = new LinkedHashSet<>();
        Txn.executeWrite(dsg, () -> {
            for (ArticleGraph a : articles) {
                a.graph().find().forEachRemaining(t -> dsg.add(new Quad(a.article(), t)));
                resources.addAll(a.resources());
            }
            CorpusDescriptions.recompute(dsg, resources);
        });
        return dsg;
    }

    private static DatasetGraph stored(NewsStore s) {
        return Txn.calculateRead(s.dataset(), () -> {
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            Txn.executeWrite(copy, () -> s.dataset().asDatasetGraph().find().forEachRemaining(copy::add));
            return copy;
        });
    }

    /**
     * Dumps the store as newsgraph export does and parses the file strictly: any error fails, and so does any warning
     * but the one Jena gives for a Unicode noncharacter (U+FFFE, U+FDD0, ...), which RDF allows in a string.
     *
     * @param lines the number of lines the file must have (one per quad), or -1 not to count them
     */
    private DatasetGraph dumpAndParse(String format, Lang lang, long lines) throws IOException {
        Path file = dir.resolve("dump." + format);
        DatasetDump.write(store.dataset(), DatasetDump.format(format).orElseThrow(), file);
        if (lines >= 0) {
            long newlines = Files.readString(file, StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count();
            assertEquals(lines, newlines, "one line per quad: no text broke a line");
        }
        DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
        RDFParser.source(file).lang(lang).strict(true).checking(true).errorHandler(STRICT).parse(parsed);
        return parsed;
    }

    private static final ErrorHandler STRICT = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {
            if (!message.contains("non-character")) {
                throw new RiotException("warning at " + line + ":" + col + ": " + message);
            }
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotException("error at " + line + ":" + col + ": " + message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotException("fatal at " + line + ":" + col + ": " + message);
        }
    };

    /**
     * The same quads, no more and no fewer. There are no blank nodes, so equal quad sets are the same dataset. A
     * string literal is equal only to one of the same text, char for char; a number, boolean or date only to one of
     * the same value, since TDB2 keeps those as values, not as they were spelt ("0.56" comes back "0.56e0").
     */
    private static void assertSameQuads(DatasetGraph expected, DatasetGraph actual, String what) {
        Set<Object> e = quads(expected);
        Set<Object> a = quads(actual);
        if (!e.equals(a)) {
            Set<Object> missing = new HashSet<>(e);
            missing.removeAll(a);
            Set<Object> extra = new HashSet<>(a);
            extra.removeAll(e);
            fail(what + " differs from the graph built in memory: " + missing.size() + " quads missing, e.g. "
                    + shown(missing) + "; " + extra.size() + " quads extra, e.g. " + shown(extra));
        }
    }

    private static Set<Object> quads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Set<Object> quads = new HashSet<>();
            dsg.find().forEachRemaining(q -> quads.add(compared(q)));
            return quads;
        });
    }

    /** A quad as {@link #assertSameQuads} compares it. */
    private static Object compared(Quad q) {
        Node o = q.getObject();
        if (o.isLiteral() && !o.getLiteralDatatypeURI().equals(XSD.xstring.getURI())) {
            assertTrue(o.getLiteralDatatype().isValid(o.getLiteralLexicalForm()), () -> "ill-formed literal " + o);
            return List.of(q.getGraph(), q.getSubject(), q.getPredicate(), o.getLiteralDatatypeURI(),
                    o.getLiteralValue());
        }
        return q;
    }

    private static String shown(Set<Object> quads) {
        return quads.stream().limit(3).map(q -> {
            String s = q.toString();
            return s.length() > 300 ? s.substring(0, 300) + "..." : s;
        }).map(s -> s.chars().mapToObj(c -> c < 0x20 || c >= 0x7F ? String.format("\\u%04X", c)
                : Character.toString(c)).collect(Collectors.joining())).toList().toString();
    }

    /** No IRI but those minted under the base and the vocabularies': nothing injected by a text. */
    private static void assertOnlyKnownIris(DatasetGraph dsg, Iris iris) {
        dsg.find().forEachRemaining(q -> {
            for (Node n : List.of(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject())) {
                if (n.isURI()) {
                    String uri = n.getURI();
                    assertTrue(uri.startsWith(iris.base()) || VOCABULARIES.stream().anyMatch(uri::startsWith),
                            () -> "unexpected IRI " + uri);
                } else {
                    assertTrue(n.isLiteral(), () -> "neither IRI nor literal: " + n);
                }
            }
        });
    }

    /** The article's texts, its sentences and its entities' labels and names, as given, in the parsed dump. */
    private static void assertTextsComeBack(DatasetGraph dsg, Iris iris, Node a, ResolvedArticle resolved) {
        Graph g = dsg.getGraph(a);
        Article article = resolved.extraction().article();
        assertEquals(Set.of(article.id()), strings(g, a, NG.schemaIdentifier));
        assertEquals(Set.of(article.text()), strings(g, a, NG.schemaArticleBody));
        assertEquals(Set.of(article.source()), strings(g, a, NG.sourceFile));
        assertEquals(present(article.title()), strings(g, a, NG.schemaHeadline));
        assertEquals(present(article.url()), strings(g, a, NG.schemaUrl));
        for (Sentence s : resolved.extraction().sentences()) {
            assertEquals(Set.of(Unicode.wellFormed(s.text())), strings(g, iris.part(a, "s", s.index()), NG.text));
        }
        for (Entity e : resolved.entities()) {
            Node en = iris.entity(e.key());
            assertTrue(strings(g, en, NG.articleLabel).contains(Unicode.wellFormed(e.label())), "its label");
            assertTrue(strings(g, en, NG.surfaceForm).containsAll(e.forms().stream().map(Unicode::wellFormed)
                    .toList()), "its names");
        }
    }

    private static Set<String> present(String s) {
        return s == null || s.isBlank() ? Set.of() : Set.of(s);
    }

    private static Set<String> strings(Graph g, Node s, Node p) {
        Set<String> out = new HashSet<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> {
            assertEquals(XSD.xstring.getURI(), t.getObject().getLiteralDatatypeURI());
            out.add(lexical(t.getObject()));
        });
        return out;
    }

    private static String lexical(Node literal) {
        return literal.getLiteralLexicalForm();
    }

    /** The article as the store gives it back: title and URL only when not blank, the date as the graph has it. */
    private static Article asStored(Article a, ArticleGraph built) {
        var date = built.graph().find(built.article(), NG.schemaDatePublished, Node.ANY);
        return new Article(a.id(), present(a.title()).isEmpty() ? null : a.title(),
                date.hasNext() ? lexical(date.next().getObject()) : null,
                present(a.url()).isEmpty() ? null : a.url(), a.text(), a.source());
    }

    private static void assertConforms(NewsStore s) {
        Graph union = Txn.calculateRead(s.dataset(), () -> {
            Graph g = GraphFactory.createDefaultGraph();
            s.dataset().asDatasetGraph().getUnionGraph().find().forEachRemaining(g::add);
            return g;
        });
        ValidationReport report = ShaclValidator.get().validate(SHAPES, union);
        assertTrue(report.conforms(), () -> report.getEntries().stream().limit(3).map(Objects::toString)
                .collect(Collectors.joining("\n")));
    }
}
