package org.newsgraph.cli;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.NewsStore;
import org.newsgraph.support.ExampleGraph;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code import} restores a dump of the example store graph by graph, and a broken dump changes nothing.
 */
class ImportCommandTest {

    /** The example store, copied out of TDB2 so the tests compare against a stable in-memory dataset. */
    private static DatasetGraph examples;

    @BeforeAll
    static void copyExamples() {
        NewsStore store = ExampleGraph.get().store();
        examples = Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            Txn.executeWrite(copy, () -> store.dataset().asDatasetGraph().find().forEachRemaining(copy::add));
            return copy;
        });
    }

    private static Path dump(Path file, Lang lang) throws IOException {
        try (OutputStream out = file.toString().endsWith(".gz")
                ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
            Txn.executeRead(examples, () -> RDFDataMgr.write(out, examples, lang));
        }
        return file;
    }

    private static void assertSameGraphs(DatasetGraph expected, Path storeDir) {
        try (NewsStore store = NewsStore.open(storeDir)) {
            DatasetGraph actual = store.dataset().asDatasetGraph();
            Txn.executeRead(expected, () -> Txn.executeRead(actual, () -> {
                Set<Node> names = new HashSet<>();
                expected.listGraphNodes().forEachRemaining(names::add);
                Set<Node> actualNames = new HashSet<>();
                actual.listGraphNodes().forEachRemaining(actualNames::add);
                assertEquals(names, actualNames, "the same named graphs");
                assertTrue(names.size() > 2, "the corpus graph and the article graphs");
                for (Node name : names) {
                    Graph want = expected.getGraph(name);
                    Graph got = actual.getGraph(name);
                    assertEquals(want.size(), got.size(), "size of " + name);
                    assertTrue(want.isIsomorphicWith(got), "isomorphic: " + name);
                }
            }));
        }
    }

    @Test
    void restoresNQuadsAndTrigGraphByGraph(@TempDir Path dir) throws IOException {
        for (Path file : List.of(dir.resolve("dump.nq"), dir.resolve("dump.trig"), dir.resolve("dump.trig.gz"))) {
            Lang lang = file.toString().contains(".nq") ? Lang.NQUADS : Lang.TRIG;
            Path db = dir.resolve("db-" + file.getFileName());
            Cli.Result r = Cli.run("import", "--store", db.toString(), dump(file, lang).toString());
            assertEquals(0, r.status(), r.err());
            assertTrue(r.out().contains("imported " + file), r.out());
            assertSameGraphs(examples, db);
            Cli.Result valid = Cli.run("validate", "--store", db.toString());
            assertEquals(0, valid.status(), valid.out());
        }
    }

    @Test
    void defaultGraphTriplesGoIntoAGraphNamedAfterTheFile(@TempDir Path dir) throws IOException {
        Path trig = Files.writeString(dir.resolve("other-store.trig"), """
                <http://example.org/a> <http://example.org/p> "in the default graph" .
                <http://example.org/g> { <http://example.org/a> <http://example.org/p> "named" . }
                """);
        Path db = dir.resolve("db");
        Cli.Result r = Cli.run("import", "--store", db.toString(), trig.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("2 quads"), r.out());
        try (NewsStore store = NewsStore.open(db)) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Txn.executeRead(dsg, () -> {
                assertTrue(dsg.getDefaultGraph().isEmpty(), "nothing hidden in the real default graph");
                assertEquals(1, dsg.getGraph(org.apache.jena.graph.NodeFactory.createURI(trig.toUri().toString()))
                        .size());
                assertEquals(1, dsg.getGraph(org.apache.jena.graph.NodeFactory.createURI("http://example.org/g"))
                        .size());
            });
        }
    }

    @Test
    void aBrokenDumpChangesNothingAndTheOthersStillLoad(@TempDir Path dir) throws IOException {
        Path good = dump(dir.resolve("good.nq"), Lang.NQUADS);
        List<String> lines = Files.readAllLines(good);
        // A bad IRI halfway: the parser has added quads to the transaction before it fails.
        List<String> broken = new java.util.ArrayList<>(lines);
        int badLine = lines.size() / 2;
        broken.add(badLine - 1, "<http://example.org/s> <http://example.org/p> <not an IRI> .");
        Path bad = Files.write(dir.resolve("bad.nq"), broken);
        Path db = dir.resolve("db");

        Cli.Result r = Cli.run("import", "--store", db.toString(), bad.toString(), good.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains(bad.toString()) && r.err().contains("line " + badLine + ","), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertSameGraphs(examples, db);

        Cli.Result again = Cli.run("import", "--store", db.toString(), bad.toString());
        assertEquals(1, again.status());
        assertSameGraphs(examples, db);
        assertEquals(1, Cli.run("import", "--store", db.toString(), dir.resolve("notes.txt").toString()).status());
    }
}
