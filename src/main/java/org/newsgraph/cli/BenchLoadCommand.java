package org.newsgraph.cli;

import org.newsgraph.bench.Figure;
import org.newsgraph.bench.LoadBenchmark;
import org.newsgraph.bench.LoadTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code newsgraph bench load}: concurrent clients against {@code serve}, started on a store in a new JVM or
 * already running at a URL.
 */
@Command(name = "load", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Starts `newsgraph serve --store DIR` in a new JVM (or uses the server at --url), then runs "
                + "--clients clients at once for --seconds seconds, each asking the queries of --queries that need "
                + "no internet in turn (lookups about the graph's most connected entities), each as soon as the "
                + "last was answered. Then asks one more query to check the server still answers.",
                "Prints a Markdown table on stdout: requests, requests/s, p50 and p99 latency over all queries "
                        + "and per query, errors; then the first few errors. Progress goes to stderr.",
                "Exit status: 0 when every request was answered and the server still answers, 1 otherwise, "
                        + "2 on bad usage. Give it the machine to itself: another busy process skews every figure.",
                "Example: java -jar target/newsgraph.jar bench load --store target/bench/store-graph"})
final class BenchLoadCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR",
            description = "The store to serve in a new JVM (TDB2 allows one process at a time: not one being served).")
    Path store;

    @Option(names = "--url", paramLabel = "URL",
            description = "The SPARQL endpoint of a running server instead, such as "
                    + "http://localhost:3030/newsgraph/sparql.")
    String url;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "8",
            description = "Clients asking at once (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "60",
            description = "How long the clients go on asking (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "0",
            description = "The port to serve --store on (default: ${DEFAULT-VALUE}, any free port).")
    int port;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries",
            description = "Folder of the queries to ask (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if ((store == null) == (url == null)) {
            throw new ParameterException(spec.commandLine(), "give --store DIR or --url URL, one of them");
        }
        if (clients < 1 || !(seconds > 0) || port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--clients and --seconds must be positive, "
                    + "--port between 0 and 65535");
        }
        if (!Files.isDirectory(queries)) {
            System.err.println("newsgraph: no such queries folder: " + queries);
            return 2;
        }
        if (store != null && !Files.isDirectory(store)) {
            System.err.println("newsgraph: no such store: " + store);
            return 2;
        }
        try (LoadTarget server = store == null ? LoadTarget.at(url)
                : LoadTarget.start(Newsgraph.class, store, port, message -> System.err.println("bench load: " + message))) {
            LoadBenchmark.Report report = LoadBenchmark.run(
                    new LoadBenchmark.Settings(server.endpoint(), clients, seconds, queries),
                    message -> System.err.println("bench load: " + message));
            System.out.println("| figure | measured | target | |");
            System.out.println("|---|---|---|---|");
            report.figures().stream().map(Figure::row).forEach(System.out::println);
            report.firstErrors().forEach(e -> System.out.println("error: " + e));
            return report.passed() ? 0 : Newsgraph.SOME_FAILED;
        }
    }
}
