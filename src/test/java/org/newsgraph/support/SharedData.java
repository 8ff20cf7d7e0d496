package org.newsgraph.support;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The project's neighbour folder {@code ../shared} (mission articles and evaluation data). On a user's machine a
 * test that needs it is skipped with a message when it is absent; under CI ({@code CI=true}) it fails instead,
 * since CI always has it and a skip would hide a broken check.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The path of a file or folder under {@code ../shared}, or skip/fail as above. */
    public static Path require(String relative) {
        Path p = Path.of("..", "shared").resolve(relative);
        if (!Files.exists(p)) {
            String message = p.toAbsolutePath().normalize() + " is absent: this check needs the shared data";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + " (CI=true, so this is a failure, not a skip)");
            }
            Assumptions.abort(message);
        }
        return p;
    }
}
