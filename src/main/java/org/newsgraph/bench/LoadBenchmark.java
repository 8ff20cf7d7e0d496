package org.newsgraph.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import static org.newsgraph.bench.Figure.number;

/**
 * Many clients at once against a SPARQL endpoint: after one unmeasured pass over the example queries
 * ({@link QueryMix}), each client asks them one after another, each as soon as the last was answered, until the
 * time is up; then one more query checks the server still answers.
 * It measures throughput and latency under load and counts errors (timeouts, refusals, dropped connections).
 */
public final class LoadBenchmark {

    /** How many error messages are kept to show. */
    static final int SHOWN_ERRORS = 5;

    /**
     * What to run.
     *
     * @param endpoint the SPARQL endpoint, such as {@code http://localhost:3030/newsgraph/sparql}
     * @param clients  how many clients ask at once
     * @param seconds  how long they go on starting queries
     * @param queries  the folder of example queries
     */
    public record Settings(String endpoint, int clients, double seconds, Path queries) {
        public Settings {
            Objects.requireNonNull(endpoint, "endpoint");
            Objects.requireNonNull(queries, "queries");
            if (clients < 1 || !(seconds > 0)) {
                throw new IllegalArgumentException("clients and seconds must be positive");
            }
        }
    }

    /** The latencies of one query, or of all, in seconds. */
    public record Latency(String name, int requests, double p50, double p99) {

        static Latency of(String name, List<Double> seconds) {
            double[] sorted = seconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            if (sorted.length == 0) {
                return new Latency(name, 0, Double.NaN, Double.NaN);
            }
            return new Latency(name, sorted.length, QueryMix.percentile(sorted, 50), QueryMix.percentile(sorted, 99));
        }

        /** As printed: {@code p50 12 ms, p99 80 ms (40 answers)}. */
        public String value() {
            return requests == 0 ? "no answer" : "p50 " + number(p50 * 1000, 0) + " ms, p99 " + number(p99 * 1000, 0)
                    + " ms (" + requests + " answers)";
        }
    }

    /**
     * What a run measured.
     *
     * @param requests          requests the clients sent, answered or failed
     * @param seconds           wall time from the first request to the last answer
     * @param overall           latency of every answered request
     * @param perQuery          latency of each query of the mix
     * @param errors            requests that failed, the warm-up pass's included
     * @param firstErrors       the first few errors' messages
     * @param answersAfterwards whether the server answered a simple query after the run
     */
    public record Report(Settings settings, long requests, double seconds, Latency overall, List<Latency> perQuery,
                         long errors, List<String> firstErrors, boolean answersAfterwards) {

        public Report {
            perQuery = List.copyOf(perQuery);
            firstErrors = List.copyOf(firstErrors);
        }

        /** No error, and the server still answers. */
        public boolean passed() {
            return errors == 0 && answersAfterwards;
        }

        /** The report as the benchmark's figures. */
        public List<Figure> figures() {
            List<Figure> figures = new ArrayList<>();
            figures.add(Figure.reported("clients", Integer.toString(settings.clients())));
            figures.add(Figure.reported("requests", requests + " in " + number(seconds, 1) + " s"));
            figures.add(Figure.reported("requests/s", number(requests / seconds, 1)));
            figures.add(Figure.reported("latency, all queries", overall.value()));
            perQuery.forEach(q -> figures.add(Figure.reported("latency, " + q.name(), q.value())));
            figures.add(Figure.of("errors", Long.toString(errors), "0", errors == 0));
            figures.add(Figure.of("answers afterwards", answersAfterwards ? "yes" : "no", "yes", answersAfterwards));
            return figures;
        }
    }

    private LoadBenchmark() {
    }

    /** Runs the clients for the given time and reports; progress goes to the log. */
    public static Report run(Settings settings, Consumer<String> log) throws IOException, InterruptedException {
        QueryMix mix = new QueryMix(settings.endpoint());
        QueryMix.Names names = QueryMix.busiest(settings.endpoint());
        List<QueryMix.Query> queries = QueryMix.load(settings.queries(), names);
        if (queries.isEmpty()) {
            throw new IOException("no query to ask in " + settings.queries());
        }
        log.accept(settings.clients() + " clients, " + queries.size() + " queries, " + number(settings.seconds(), 0)
                + " s; lookups ask about " + names.entities() + " and " + names.relations());
        Errors errors = new Errors();
        // One unmeasured pass first, so that the figures are not the server's JIT compiler warming up.
        for (QueryMix.Query q : queries) {
            ask(mix, q, errors);
        }
        long warmUpErrors = errors.count();
        ExecutorService pool = Executors.newFixedThreadPool(settings.clients());
        List<Future<List<List<Double>>>> clients = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + Math.round(settings.seconds() * 1e9);
        try {
            for (int c = 0; c < settings.clients(); c++) {
                int first = c;
                clients.add(pool.submit(() -> client(mix, queries, first, deadline, errors)));
            }
            List<List<Double>> perQuery = new ArrayList<>();
            queries.forEach(q -> perQuery.add(new ArrayList<>()));
            for (Future<List<List<Double>>> client : clients) {
                List<List<Double>> answered = client.get();
                for (int q = 0; q < queries.size(); q++) {
                    perQuery.get(q).addAll(answered.get(q));
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            List<Double> all = perQuery.stream().flatMap(List::stream).toList();
            List<Latency> latencies = new ArrayList<>();
            for (int q = 0; q < queries.size(); q++) {
                latencies.add(Latency.of(queries.get(q).name(), perQuery.get(q)));
            }
            long requests = all.size() + errors.count() - warmUpErrors;
            return new Report(settings, requests, seconds, Latency.of("all", all), latencies, errors.count(),
                    errors.first(), answers(mix));
        } catch (ExecutionException e) {
            throw new IllegalStateException("a client failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One client: asks the queries in turn, starting at a different one than its neighbour so that the clients do
     * not move in step, until the deadline. Returns each query's latencies; failures go to the errors.
     */
    private static List<List<Double>> client(QueryMix mix, List<QueryMix.Query> queries, int first, long deadline,
                                             Errors errors) throws InterruptedException {
        List<List<Double>> seconds = new ArrayList<>();
        queries.forEach(q -> seconds.add(new ArrayList<>()));
        for (int i = first; System.nanoTime() < deadline; i++) {
            int q = i % queries.size();
            ask(mix, queries.get(q), errors).ifPresent(seconds.get(q)::add);
        }
        return seconds;
    }

    /** Asks a query; returns the seconds its answer took, or empty when it failed (and counts the error). */
    private static Optional<Double> ask(QueryMix mix, QueryMix.Query query, Errors errors)
            throws InterruptedException {
        try {
            return Optional.of(mix.time(query.text()));
        } catch (IOException e) {
            errors.add(query.name() + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return Optional.empty();
        }
    }

    /** Failed requests: how many, and the first few messages (a dead server fails every request at once). */
    private static final class Errors {
        private final List<String> first = new ArrayList<>();
        private long count;

        synchronized void add(String message) {
            count++;
            if (first.size() < SHOWN_ERRORS) {
                first.add(message);
            }
        }

        synchronized long count() {
            return count;
        }

        synchronized List<String> first() {
            return List.copyOf(first);
        }
    }

    private static boolean answers(QueryMix mix) throws InterruptedException {
        try {
            mix.time("ASK { ?s ?p ?o }");
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
