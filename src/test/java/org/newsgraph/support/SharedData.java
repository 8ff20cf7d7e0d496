package org.newsgraph.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's neighbour folder {@code ../shared} (mission articles and evaluation data). A test that needs it
 * is skipped with a message when it is absent, or fails under CI, see {@link Prerequisites}.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The path of a file or folder under {@code ../shared}, or skip/fail as above. */
    public static Path require(String relative) {
        Path p = Path.of("..", "shared").resolve(relative);
        if (!Files.exists(p)) {
            String message = p.toAbsolutePath().normalize() + " is absent: this check needs the shared data";
            Prerequisites.missing(message);
        }
        return p;
    }
}
