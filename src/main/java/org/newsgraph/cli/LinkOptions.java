package org.newsgraph.cli;

import org.newsgraph.link.Linker;
import org.newsgraph.link.WikiDicts;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Whether and with which Wikipedia dictionary index to link entities: part of every command that links. */
final class LinkOptions {

    @Option(names = "--no-link", description = "Do not link entities to Wikipedia/DBpedia pages.")
    boolean noLink;

    @Option(names = "--cache", paramLabel = "DIR", description = "Where the Wikipedia dictionary index is kept "
            + "(built there on first use, about a minute; default: $XDG_CACHE_HOME/newsgraph or ~/.cache/newsgraph).")
    Path cache;

    /** The linker, or null with --no-link; builds the dictionary index on first use. */
    Linker linker() {
        return noLink ? null : linker(cache);
    }

    /** A linker on the Wikipedia dictionary index in this folder (null: the default), built there on first use. */
    static Linker linker(Path cache) {
        Path dir = cache != null ? cache : WikiDicts.defaultCache();
        if (!WikiDicts.built(dir)) {
            System.err.println("newsgraph: building the Wikipedia dictionary index in " + dir
                    + " (once; about a minute)");
        }
        try {
            return new Linker(WikiDicts.shared(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the Wikipedia dictionary index in " + dir, e);
        }
    }
}
