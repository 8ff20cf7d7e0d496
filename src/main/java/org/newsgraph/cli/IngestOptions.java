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

    @Option(names = "--no-link", description = "Do not link entities to Wikipedia/DBpedia pages.")
    boolean noLink;

    @Option(names = "--cache", paramLabel = "DIR", description = "Where the Wikipedia dictionary index is kept "
            + "(built there on first use, about a minute; default: $XDG_CACHE_HOME/newsgraph or ~/.cache/newsgraph).")
    java.nio.file.Path cache;

    /** The linker, or null with --no-link; builds the dictionary index on first use. */
    org.newsgraph.link.Linker linker() {
        if (noLink) {
            return null;
        }
        java.nio.file.Path dir = cache != null ? cache : org.newsgraph.link.WikiDicts.defaultCache();
        if (!org.newsgraph.link.WikiDicts.built(dir)) {
            System.err.println("newsgraph: building the Wikipedia dictionary index in " + dir
                    + " (once; about a minute)");
        }
        try {
            return new org.newsgraph.link.Linker(org.newsgraph.link.WikiDicts.shared(dir));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot open the Wikipedia dictionary index in " + dir, e);
        }
    }

    Iris iris() {
        return Iris.under(base);
    }
}
