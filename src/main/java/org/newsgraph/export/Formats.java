package org.newsgraph.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** The entity-graph formats by name, each with its writer and default output name. */
public enum Formats {

    /** GraphML, for yEd, Gephi, networkx, igraph. */
    GRAPHML("graphml", "entity-graph.graphml", GraphMlWriter::new),
    /** GEXF 1.3, Gephi's own format. */
    GEXF("gexf", "entity-graph.gexf", GexfWriter::new),
    /** Graphviz DOT. */
    DOT("dot", "entity-graph.dot", DotWriter::new),
    /** {@code nodes.csv} and {@code edges.csv} for Gephi's spreadsheet import. */
    CSV("csv", "entity-graph-csv", CsvWriter::new),
    /** Cytoscape.js JSON, which Cytoscape desktop imports too. */
    CYJS("cyjs", "entity-graph.cyjs", CytoscapeJsonWriter::new);

    private final String name;
    private final String defaultOut;
    private final Supplier<GraphWriter> writer;

    Formats(String name, String defaultOut, Supplier<GraphWriter> writer) {
        this.name = name;
        this.defaultOut = defaultOut;
        this.writer = writer;
    }

    /** The format's name on the command line. */
    public String formatName() {
        return name;
    }

    /** Where the export goes unless told otherwise (a directory for CSV). */
    public String defaultOut() {
        return defaultOut;
    }

    /** A new writer of the format. */
    public GraphWriter writer() {
        return writer.get();
    }

    /** The format of this name, any case. */
    public static Optional<Formats> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.name.equals(n)).findFirst();
    }
}
