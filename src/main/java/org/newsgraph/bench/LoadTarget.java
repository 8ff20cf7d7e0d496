package org.newsgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import static org.newsgraph.bench.Figure.number;

/**
 * The server {@link LoadBenchmark} puts under load: one started for the run in a new JVM and stopped when closed,
 * or one already running.
 */
public final class LoadTarget implements AutoCloseable {

    private final String endpoint;
    private final ServeProcess process;
    private final Path output;
    private final Consumer<String> log;

    private LoadTarget(String endpoint, ServeProcess process, Path output, Consumer<String> log) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.process = process;
        this.output = output;
        this.log = log;
    }

    /** A server already running at this SPARQL endpoint, left running. */
    public static LoadTarget at(String endpoint) {
        return new LoadTarget(endpoint, null, null, null);
    }

    /**
     * Serves the store in a new JVM on the port (0: a free one) and returns once it answers. Its output goes to a
     * temporary file, named in the log, which is kept only when the server did not start or stopped by itself.
     * {@code main} is newsgraph's command-line class.
     */
    public static LoadTarget start(Class<?> main, Path store, int port, Consumer<String> log)
            throws IOException, InterruptedException {
        int chosen = port == 0 ? ServeProcess.freePort() : port;
        List<String> command = ServeProcess.command(main, store, chosen);
        Path serveLog = Files.createTempFile("newsgraph-serve-", ".log");
        log.accept("serve: " + String.join(" ", command) + " (output in " + serveLog + ")");
        String endpoint = ServeProcess.endpoint(chosen);
        long start = System.nanoTime();
        ServeProcess process = ServeProcess.start(command, serveLog);
        try {
            double ready = process.awaitAnswer(new QueryMix(endpoint), start);
            log.accept("serve answers after " + number(ready, 1) + " s");
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.close();
            throw e;
        }
        return new LoadTarget(endpoint, process, serveLog, log);
    }

    /** The SPARQL endpoint. */
    public String endpoint() {
        return endpoint;
    }

    /** Stops the server if it was started for the run. */
    @Override
    public void close() throws InterruptedException, IOException {
        if (process == null) {
            return;
        }
        boolean stoppedByItself = !process.isAlive();
        process.close();
        if (stoppedByItself) {
            log.accept("the server had stopped by itself; its output is in " + output);
        } else {
            Files.deleteIfExists(output);
        }
    }
}
