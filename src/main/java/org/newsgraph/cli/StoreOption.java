package org.newsgraph.cli;

import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --store} option every command that reads or writes the store shares. */
final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "newsgraph-db",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path dir;

    NewsStore open() {
        return NewsStore.open(dir);
    }
}
