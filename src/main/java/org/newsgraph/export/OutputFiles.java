package org.newsgraph.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What every writer does before it opens its file. */
final class OutputFiles {

    private OutputFiles() {
    }

    /** Creates the folders the file goes in, so {@code --out some/new/dir/graph.dot} works; returns the file. */
    static Path prepare(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return file;
    }
}
