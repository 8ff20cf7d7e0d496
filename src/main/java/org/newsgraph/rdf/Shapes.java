package org.newsgraph.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The SHACL shapes of {@code ontology/shapes.ttl}, which every graph newsgraph writes must satisfy.
 */
public final class Shapes {

    private static final String RESOURCE = "/ontology/shapes.ttl";

    private Shapes() {
    }

    /** The shapes graph shipped in the jar. */
    public static Graph graph() {
        try (InputStream in = Shapes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates a data graph against the shapes. */
    public static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(graph(), data);
    }
}
