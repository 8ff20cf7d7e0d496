package org.newsgraph.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The tests every format's writer passes (in the manner of RDF4J's parser and writer test suites): a graph with
 * hostile text written and read back with a real parser for the format gives the same ids, labels, weights,
 * example sentences and original labels of the ends. Each format's test says which writer, how to read its
 * output, and how the format changes labels, if it does.
 */
abstract class EntityGraphWriterSuite {

    /** A node as read back. */
    record ReadNode(String id, String label) {
    }

    /** An edge as read back; the original labels as one text, in the format's cells joined by " | ". */
    record ReadEdge(String id, String source, String target, String label, int weight, String example,
                    String sourceText, String targetText) {
    }

    /** A graph as read back, in the order of the file. */
    record ReadGraph(List<ReadNode> nodes, List<ReadEdge> edges) {
    }

    static final String BASE = "http://localhost:3030/id/entity/";

    /** Labels that break output escaped by hand: markup, quotes, line breaks, backslashes, other scripts. */
    static final List<String> HOSTILE = List.of(
            "He said \"no\" & <b>left</b> 'then' </graphml>",
            "line one\nline two\tand a tab",
            "الجيش السوري الحر",
            "中华人民共和国 外交部",
            "Syria 🇸🇾 peace 🕊️ 😀",
            "C:\\path\\n is not a line break \\",
            "]]> --> <!-- &amp; &#10; \\N \\l {x} [y] ; , = -> --",
            "");

    /** The writer under test. */
    abstract GraphWriter writer();

    /** Reads what the writer wrote at this path with a real parser of the format. */
    abstract ReadGraph read(Path out) throws Exception;

    /** The label as the format carries it; the same unless the format cannot hold some characters. */
    String expected(String label) {
        return label;
    }

    /** Where the writer writes in this folder: a file named for the format (a directory for CSV). */
    Path output(Path dir) {
        return dir.resolve("graph.out");
    }

    static EntityGraph hostileGraph() {
        List<EntityGraph.Node> nodes = new java.util.ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            nodes.add(new EntityGraph.Node(BASE + "n" + i + "_%22%3C%3E", HOSTILE.get(i), i % 2 == 0 ? "Person" : "",
                    i, List.of(HOSTILE.get((i + 1) % HOSTILE.size()), "alias, with | bar"),
                    i == 0 ? List.of("http://dbpedia.org/resource/X", "https://en.wikipedia.org/wiki/X") : List.of()));
        }
        List<EntityGraph.Edge> edges = new java.util.ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            String label = HOSTILE.get((i + 3) % HOSTILE.size());
            // Original labels on some edges' ends, hostile ones among them, as actors drawn as an entity leave.
            List<String> sourceText = i % 2 == 0 ? List.of("Turkish military", HOSTILE.get(i)) : List.of();
            List<String> targetText = i % 3 == 0 ? List.of(HOSTILE.get((i + 2) % HOSTILE.size())) : List.of();
            edges.add(edge("e" + i, nodes.get(i).id(), nodes.get((i + 1) % nodes.size()).id(), label, i + 1,
                    sourceText, targetText));
        }
        // Two relations between the same two entities, so readers must keep parallel edges.
        edges.add(edge("e-parallel", nodes.get(0).id(), nodes.get(1).id(), "meet", 7, List.of(), List.of()));
        return new EntityGraph(nodes, edges);
    }

    private static EntityGraph.Edge edge(String id, String source, String target, String label, int weight,
                                         List<String> sourceText, List<String> targetText) {
        return new EntityGraph.Edge(id, source, target, "http://localhost:3030/id/relation/" + id, label,
                weight % 2 == 0 ? "fight" : "", weight, 0.8, "2016-08-24", "2016-10-0" + (weight % 9 + 1),
                List.of("http://localhost:3030/id/article/a.txt", "http://localhost:3030/id/article/b.txt"),
                "The sentence: " + label + "\n(second line)", sourceText, targetText);
    }

    @Test
    void hostileLabelsRoundTrip(@TempDir Path dir) throws Exception {
        EntityGraph g = hostileGraph();
        Path out = output(dir);
        writer().write(g, out);
        ReadGraph read = read(out);
        assertEquals(g.nodes().stream().map(n -> new ReadNode(n.id(), expected(n.label()))).toList(), read.nodes());
        // Edges compare by id, not in file order: Graphviz, for one, reports a node's edges together.
        java.util.Comparator<ReadEdge> byId = java.util.Comparator.comparing(ReadEdge::id);
        assertEquals(g.edges().stream().map(e -> new ReadEdge(e.id(), e.source(), e.target(), expected(e.label()),
                e.weight(), expected(e.example()), expected(Values.aliases(e.sourceText())),
                expected(Values.aliases(e.targetText())))).sorted(byId).toList(),
                read.edges().stream().sorted(byId).toList());
    }

    @Test
    void emptyGraphIsReadable(@TempDir Path dir) throws Exception {
        Path out = output(dir);
        writer().write(new EntityGraph(List.of(), List.of()), out);
        assertEquals(new ReadGraph(List.of(), List.of()), read(out));
    }

    @Test
    void writesIntoFoldersThatDoNotExistYet(@TempDir Path dir) throws Exception {
        Path out = output(dir.resolve("a").resolve("b"));
        writer().write(hostileGraph(), out);
        assertEquals(hostileGraph().nodes().size(), read(out).nodes().size());
    }
}
