package org.newsgraph.support;

import org.junit.jupiter.api.Assumptions;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * What a test needs from outside the project: the shared data ({@link SharedData}) or a program
 * ({@link ExternalTool}). On a user's machine a test whose prerequisite is missing is skipped with a message
 * saying what is missing; under CI ({@code CI=true}) it fails instead, since {@code .ci/run} provides everything
 * and a skip would hide a check that never ran.
 */
public final class Prerequisites {

    private Prerequisites() {
    }

    /** Whether the tests run under CI ({@code CI=true}). */
    public static boolean underCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Skips the calling test with this message, or fails it under CI; never returns. */
    public static void missing(String message) {
        if (underCi()) {
            fail(message + " (CI=true, so this is a failure, not a skip)");
        }
        Assumptions.abort(message);
    }
}
