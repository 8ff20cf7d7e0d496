package org.newsgraph.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code nodes.csv} and {@code edges.csv} in a directory, with the column names Gephi's spreadsheet import
 * recognizes ({@code Id}, {@code Label}; {@code Source}, {@code Target}, {@code Type} = Directed, {@code Id},
 * {@code Label}, {@code Weight}); the other columns are imported as attributes. RFC 4180 quoting by commons-csv,
 * UTF-8 without a byte-order mark.
 */
public final class CsvWriter implements GraphWriter {

    /** The nodes file's name in the output directory. */
    public static final String NODES = "nodes.csv";
    /** The edges file's name in the output directory. */
    public static final String EDGES = "edges.csv";

    // The node's type is "EntityType": Gephi reads a "Type" column as the edge direction, and a column of the same
    // name in the nodes file would only confuse users of both.
    private static final List<String> NODE_COLUMNS = columns(List.of("Id", "Label"), Values.NODE_ATTRIBUTES);
    private static final List<String> EDGE_COLUMNS = columns(List.of("Source", "Target", "Type", "Id", "Label",
            "Weight"), Values.EDGE_ATTRIBUTES);

    @Override
    public void write(EntityGraph graph, Path out) throws IOException {
        Files.createDirectories(out);
        try (CSVPrinter p = printer(out.resolve(NODES), NODE_COLUMNS)) {
            for (EntityGraph.Node n : graph.nodes()) {
                List<String> row = new ArrayList<>(List.of(n.id(), n.label()));
                row.addAll(Values.of(n).values());
                p.printRecord(row);
            }
        }
        try (CSVPrinter p = printer(out.resolve(EDGES), EDGE_COLUMNS)) {
            for (EntityGraph.Edge e : graph.edges()) {
                List<String> row = new ArrayList<>(List.of(e.source(), e.target(), "Directed", e.id(), e.label(),
                        Integer.toString(e.weight())));
                row.addAll(Values.of(e).values());
                p.printRecord(row);
            }
        }
    }

    /** Gephi's fixed columns, then the attributes capitalized as Gephi's own columns are. */
    private static List<String> columns(List<String> fixed, List<String> attributes) {
        List<String> c = new ArrayList<>(fixed);
        attributes.forEach(a -> c.add(a.equals("type") ? "EntityType" : Character.toUpperCase(a.charAt(0))
                + a.substring(1)));
        return List.copyOf(c);
    }

    private static CSVPrinter printer(Path file, List<String> columns) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get());
    }
}
