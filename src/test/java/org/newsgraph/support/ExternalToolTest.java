package org.newsgraph.support;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A missing tool skips a test on a user's machine and fails it under CI. */
class ExternalToolTest {

    @Test
    void aMissingToolSkipsOrFailsUnderCi() {
        Class<? extends Throwable> expected = Prerequisites.underCi() ? AssertionFailedError.class : TestAbortedException.class;
        Throwable t = assertThrows(expected,
                () -> ExternalTool.require("the Debian package nothing", List.of("/nonexistent/newsgraph-tool"),
                        "--version"));
        assertTrue(t.getMessage().contains("install the Debian package nothing"), t.getMessage());
    }

    @Test
    void theFirstWorkingCandidateIsChosen() {
        assertEquals("java", ExternalTool.require("a JDK", List.of("/nonexistent/java", "java"), "-version"));
    }
}
