package org.newsgraph.bench;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.newsgraph.rdf.NG;

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

    /** The names lookups ask about: entities' labels and relations' labels. */
    record Names(List<String> entities, List<String> relations) {
        Names {
            entities = List.copyOf(entities);
            relations = List.copyOf(relations);
        }
    }

    private static final Pattern VALUES = Pattern.compile("VALUES\\s*(\\(?[?$\\w\\s]+\\)?)\\s*\\{([^}]*)}");
    private static final Pattern STRING = Pattern.compile("\"([^\"\\\\]|\\\\.)*\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String endpoint;

    QueryMix(String endpoint) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    /**
     * The names the graph behind the endpoint holds the most facts about: its two most connected entities' labels
     * and its most frequent relation's.
     */
    static Names busiest(String endpoint) {
        return new Names(top(endpoint, """
                        SELECT ?name (COUNT(?f) AS ?n) { { ?f rdf:subject ?e } UNION { ?f rdf:object ?e }
                          GRAPH <%s> { ?e a ng:Entity ; rdfs:label ?name } }
                        GROUP BY ?name ORDER BY DESC(?n) LIMIT 2""".formatted(NG.CORPUS_GRAPH.getURI())),
                top(endpoint, """
                        SELECT ?name (COUNT(?f) AS ?n) { ?p a ng:Relation ; rdfs:label ?name . ?f rdf:predicate ?p }
                        GROUP BY ?name ORDER BY DESC(?n) LIMIT 1"""));
    }

    private static List<String> top(String endpoint, String select) {
        List<String> names = new ArrayList<>();
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(endpoint).query(NG.SPARQL_PREFIXES + select).build()) {
            qe.execSelect().forEachRemaining((QuerySolution row) -> names.add(row.getLiteral("name").getString()));
        }
        return names;
    }

    /** The queries of the folder, lookups filled with these names. */
    static List<Query> load(Path folder, Names names) throws IOException {
        return load(folder, names.entities(), names.relations());
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

    /** The name as a SPARQL string literal, escaped as N-Triples escapes it (quotes, backslashes, line ends). */
    private static String literal(String name) {
        return NodeFmtLib.strNT(NodeFactory.createLiteralString(name));
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
