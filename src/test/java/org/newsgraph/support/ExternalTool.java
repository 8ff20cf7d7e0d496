package org.newsgraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A program outside the JVM that a test checks its output with (Graphviz {@code dot}, Python with networkx,
 * Chromium). A test whose tool is missing is skipped with a message saying what to install, or fails under CI,
 * see {@link Prerequisites}.
 */
public final class ExternalTool {

    /** What a program did: its exit status and what it printed. */
    public record Result(int status, String out, String err) {
    }

    private ExternalTool() {
    }

    /**
     * The first of the candidate programs for which {@code candidate probe...} exits 0, or skip/fail as above.
     *
     * @param install what to install when none works, for the message
     */
    public static String require(String install, List<String> candidates, String... probe) {
        for (String candidate : candidates) {
            List<String> command = new ArrayList<>(List.of(candidate));
            command.addAll(List.of(probe));
            try {
                if (run(command).status() == 0) {
                    return candidate;
                }
            } catch (UncheckedIOException notThere) {
                // Not installed under this name; try the next.
            }
        }
        String message = "none of " + candidates + " works (" + String.join(" ", probe) + "): install " + install;
        Prerequisites.missing(message);
        throw new AssertionError("unreachable");
    }

    /** Graphviz {@code dot}. */
    public static String dot() {
        return require("Graphviz (Debian package graphviz)", List.of("dot", "/usr/bin/dot"), "-V");
    }

    /**
     * A Python 3 that imports networkx: Debian's first, since {@code python3} on the PATH may be a pyenv shim for
     * an interpreter without Debian's packages.
     */
    public static String pythonWithNetworkx() {
        return require("networkx (Debian package python3-networkx)", List.of("/usr/bin/python3", "python3"),
                "-c", "import networkx");
    }

    /**
     * Chromium, which draws the {@code /graph} page headless. Debian calls it {@code chromium}, other systems
     * {@code chromium-browser}.
     */
    public static String chromium() {
        return require("Chromium (Debian package chromium)", List.of("chromium", "chromium-browser",
                "/usr/bin/chromium"), "--version");
    }

    /** Runs a program to its end (at most two minutes) and returns what it did. */
    public static Result run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).start();
            p.getOutputStream().close();
            // Both streams are read at once, so a program that fills one pipe while we wait on the other cannot hang.
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
            String out = read(p.getInputStream());
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError(command + " did not finish in two minutes");
            }
            return new Result(p.exitValue(), out, err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
