package org.newsgraph.store;

import org.apache.jena.atlas.io.IO;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Loads an N-Quads or TriG dump (such as {@code newsgraph export} writes) into a store. Each file is loaded in
 * one write transaction, so a file that does not parse leaves the store exactly as it was. Triples a dump puts
 * in the default graph go into a named graph named after the file (its {@code file:} IRI): the store's default
 * graph is the union of its named graphs, so they would be stored but never seen.
 */
public final class DumpLoader {

    /** Errors stop the load with their position and are not logged (the caller reports them); warnings pass. */
    private static final ErrorHandler ERRORS = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }
    };

    private final NewsStore store;

    /** Sends default-graph triples and quads on into one named graph. */
    private static final class IntoNamedGraph extends StreamRDFWrapper {
        private final Node graph;

        IntoNamedGraph(StreamRDF other, Node graph) {
            super(other);
            this.graph = graph;
        }

        @Override
        public void triple(Triple triple) {
            super.quad(Quad.create(graph, triple));
        }

        @Override
        public void quad(Quad quad) {
            super.quad(quad.isDefaultGraph() ? Quad.create(graph, quad.asTriple()) : quad);
        }
    }

    public DumpLoader(NewsStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The dump languages, chosen by file extension; {@code .gz} is decompressed on the fly. */
    public static Lang language(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        String bare = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        if (bare.endsWith(".nq")) {
            return Lang.NQUADS;
        }
        if (bare.endsWith(".trig")) {
            return Lang.TRIG;
        }
        throw new StoreException(file + ": not a dump (expected .nq, .trig, .nq.gz or .trig.gz)", null);
    }

    /**
     * Adds the file's quads to the store (a quad already there stays once) and returns how many the file held.
     *
     * @throws StoreException naming the file, and the line and column of a parse error; the store is unchanged
     */
    public long load(Path file) {
        Lang lang = language(file);
        if (!Files.isRegularFile(file)) {
            throw new StoreException(file + ": no such file", null);
        }
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        try {
            return Txn.calculateWrite(store.dataset(), () -> {
                // Quads go straight into the transaction: an exception aborts it and nothing is kept.
                StreamRDFCounting sink = StreamRDFLib.count(new IntoNamedGraph(StreamRDFLib.dataset(dsg),
                        NodeFactory.createURI(file.toUri().toString())));
                try (InputStream in = IO.openFileBuffered(file.toString())) {
                    RDFParser.source(in).base(file.toUri().toString()).lang(lang).errorHandler(ERRORS)
                            .parse(sink);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return sink.count();
            });
        } catch (RiotParseException e) {
            throw new StoreException(file + ": line " + e.getLine() + ", column " + e.getCol() + ": "
                    + e.getOriginalMessage(), e);
        } catch (RiotException | UncheckedIOException e) {
            throw new StoreException(file + ": " + e.getMessage(), e);
        }
    }
}
