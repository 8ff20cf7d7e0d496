package org.newsgraph.bench;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code newsgraph serve} in a new JVM, started as a user starts it, for a benchmark to measure over HTTP. It runs
 * on this JVM's {@code java} and class path with the same maximum heap, and logs CoreNLP's loading (so the log
 * shows whether serving loaded a model).
 */
final class ServeProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private ServeProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** A port no one listens on now. */
    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /**
     * The command line that serves the store on the port; {@code main} is newsgraph's command-line class, which
     * the caller names since it lives above this package.
     */
    static List<String> command(Class<?> main, Path store, int port) {
        String java = ProcessHandle.current().info().command().orElse("java");
        return List.of(java, "-Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m",
                "-Dorg.slf4j.simpleLogger.log.edu.stanford.nlp=info", "-cp", System.getProperty("java.class.path"),
                main.getName(), "serve", "--store", store.toString(), "--port", Integer.toString(port));
    }

    /** The SPARQL endpoint of a server on this port of this machine. */
    static String endpoint(int port) {
        return "http://localhost:" + port + "/newsgraph/sparql";
    }

    /** Starts the command, its output (stdout and stderr) going to the log file. */
    static ServeProcess start(List<String> command, Path log) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ServeProcess(process, log);
    }

    /**
     * Asks {@code ASK { ?s ?p ?o }} until the server answers and returns the seconds since {@code startNanos};
     * fails when the server stops or has not answered within two minutes.
     */
    double awaitAnswer(QueryMix mix, long startNanos) throws IOException, InterruptedException {
        while (true) {
            try {
                mix.time("ASK { ?s ?p ?o }");
                return seconds(startNanos);
            } catch (ConnectException e) {
                if (!process.isAlive()) {
                    throw new IOException("the server stopped (exit " + process.exitValue() + "); see " + log);
                }
                if (seconds(startNanos) > 120) {
                    throw new IOException("the server did not answer within 120 s; see " + log);
                }
                Thread.sleep(20);
            }
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Whether the server process is still running. */
    boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the server and waits until it has. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
