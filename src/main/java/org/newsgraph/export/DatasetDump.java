package org.newsgraph.export;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The whole store, every named graph, as N-Quads or TriG: a backup that {@code newsgraph import} or any RDF tool
 * reads back. Written in one read transaction, so it is one consistent state of the store.
 */
public final class DatasetDump {

    /** The dump formats by name: {@code nq} and {@code trig}. */
    public static Optional<RDFFormat> format(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "nq", "nquads" -> Optional.of(RDFFormat.NQUADS_UTF8);
            // TriG in blocks streams; the pretty TriG writer first analyses the whole dataset, too slow for a store.
            case "trig" -> Optional.of(RDFFormat.TRIG_BLOCKS);
            default -> Optional.empty();
        };
    }

    private DatasetDump() {
    }

    /** Writes every quad of the dataset to this file. */
    public static void write(Dataset dataset, RDFFormat format, Path out) throws IOException {
        OutputFiles.prepare(out);
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out))) {
            Txn.executeRead(dataset, () -> RDFDataMgr.write(os, dataset.asDatasetGraph(), format));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
