package org.newsgraph.export;

import java.io.IOException;
import java.nio.file.Path;

/** Writes an {@link EntityGraph} in one file format. */
public interface GraphWriter {

    /**
     * Writes the graph to this path: a file, or for formats of several files (CSV) a directory, created if
     * needed. Existing files are replaced.
     */
    void write(EntityGraph graph, Path out) throws IOException;
}
