package org.newsgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The example queries of {@code queries/} as the benchmark asks them over HTTP. Queries that call another
 * endpoint ({@code SERVICE}) are left out. The strings of a {@code VALUES} block are replaced by names the graph
 * holds (the most connected entities' labels, or the most frequent relation's), so that a query is timed on the
 * largest answers rather than on a name the corpus never mentions. A query that names entities that way is a
 * lookup; every other query, one that names a relation included, ranges over the whole graph.
 */
final class QueryMix {

    /** One query of the mix. */
    record Query(String name, String text, boolean lookup) {
    }

    private static final Pattern VALUES = Pattern.compile("VALUES\\s*(\\(?[?$\\w\\s]+\\)?)\\s*\\{([^}]*)}");
    private static final Pattern STRING = Pattern.compile("\"([^\"\\\\]|\\\\.)*\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String endpoint;

    QueryMix(String endpoint) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    /** The queries of the folder, lookups filled with these entity and relation names. */
    static List<Query> load(Path folder, List<String> entityNames, List<String> relationNames) throws IOException {
        List<Query> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(f);
                if (text.contains("SERVICE")) {
                    continue;
                }
                Matcher m = VALUES.matcher(text);
                boolean lookup = false;
                if (m.find()) {
                    boolean relation = m.group(1).contains("lemma") || m.group(1).contains("relation");
                    lookup = !relation;
                    Iterator<String> names = (relation ? relationNames : entityNames).iterator();
                    Matcher s = STRING.matcher(m.group(2));
                    StringBuilder filled = new StringBuilder();
                    while (s.find()) {
                        s.appendReplacement(filled, Matcher.quoteReplacement(
                                names.hasNext() ? literal(names.next()) : s.group()));
                    }
                    s.appendTail(filled);
                    text = text.substring(0, m.start(2)) + filled + text.substring(m.end(2));
                }
                queries.add(new Query(f.getFileName().toString(), text, lookup));
            }
        }
        return queries;
    }

    private static String literal(String name) {
        return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Sends a query and reads the whole answer; returns the seconds it took. */
    double time(String query) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<byte[]> resp = http.send(HttpRequest.newBuilder(URI.create(endpoint))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "application/sparql-results+json, application/n-triples;q=0.9")
                        .timeout(Duration.ofSeconds(120))
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (resp.statusCode() != 200) {
            throw new IOException("the server answered " + resp.statusCode() + ": "
                    + new String(resp.body(), StandardCharsets.UTF_8).lines().findFirst().orElse(""));
        }
        return seconds;
    }

    /** The latencies of a query asked {@code times} times after two unmeasured warm-up runs, in seconds. */
    double[] latencies(Query q, int times) throws IOException, InterruptedException {
        time(q.text());
        time(q.text());
        double[] seconds = new double[times];
        for (int i = 0; i < times; i++) {
            seconds[i] = time(q.text());
        }
        Arrays.sort(seconds);
        return seconds;
    }

    /** The p-th percentile (0–100) of sorted values, nearest rank. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
