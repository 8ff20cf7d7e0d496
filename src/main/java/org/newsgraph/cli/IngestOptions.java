package org.newsgraph.cli;

import org.newsgraph.rdf.Iris;
import picocli.CommandLine.Option;

/** Options of how articles are ingested, shared by {@code ingest} and {@code serve --ingest}. */
final class IngestOptions {

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base IRI for articles, entities and relations (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "1000000",
            description = "Skip articles longer than this many characters (default: ${DEFAULT-VALUE}).")
    int maxChars;

    Iris iris() {
        return Iris.under(base);
    }
}
