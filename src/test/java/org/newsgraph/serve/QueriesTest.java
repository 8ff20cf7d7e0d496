package org.newsgraph.serve;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.newsgraph.support.ExampleGraph;
import org.newsgraph.support.Sparql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every query in {@code queries/} (but the federated one, which needs internet) runs over HTTP against the
 * example articles' graph and answers what its header says.
 */
class QueriesTest {

    private static String endpoint;

    @BeforeAll
    static void serveExamples() {
        endpoint = ExampleGraph.get().server().sparqlUrl();
    }

    private static final Map<String, Consumer<List<QuerySolution>>> CHECKS = Map.ofEntries(
            Map.entry("facts-about-entity.rq", rows -> assertTrue(rows.stream().anyMatch(r ->
                    r.getLiteral("relation").getString().startsWith("agree")), "Russia agreed to something")),
            Map.entry("who-did-what-to-whom.rq", rows -> assertTrue(rows.stream().anyMatch(r ->
                    r.getLiteral("subject").getString().equals("John Kerry")), "Kerry acts")),
            Map.entry("facts-of-relation.rq", rows -> assertTrue(rows.stream().allMatch(r ->
                    r.getLiteral("sentence").getString().contains("shell")) && !rows.isEmpty(), "shell facts")),
            Map.entry("most-connected-entities.rq", rows -> {
                assertFalse(rows.isEmpty());
                long top = rows.get(0).getLiteral("facts").getLong();
                assertTrue(rows.stream().allMatch(r -> r.getLiteral("facts").getLong() <= top), "sorted");
            }),
            Map.entry("articles-mentioning-two-entities.rq", rows -> assertEquals(2, rows.size(),
                    "both examples name John Kerry and Geneva")),
            Map.entry("entity-aliases.rq", rows -> assertTrue(rows.stream().anyMatch(r ->
                    r.getLiteral("label").getString().equals("John Kerry")
                            && r.getLiteral("aliases").getString().contains("Kerry")), "Kerry is an alias")),
            Map.entry("facts-per-article.rq", rows -> {
                assertEquals(2, rows.size());
                rows.forEach(r -> assertTrue(r.getLiteral("facts").getLong() > 5, r.toString()));
            }),
            Map.entry("fact-provenance.rq", rows -> rows.forEach(r -> assertTrue(
                    r.getLiteral("start").getLong() < r.getLiteral("end").getLong(), r.toString()))),
            Map.entry("negated-and-hedged-facts.rq", rows -> rows.forEach(r -> assertTrue(
                    r.getLiteral("negated").getBoolean() || r.getLiteral("hedged").getBoolean()))),
            Map.entry("fights-between-actors.rq", rows -> assertTrue(rows.stream().anyMatch(r ->
                    r.getLiteral("relation").getString().equals("shell")
                            && r.contains("attackerCountry")
                            && r.getLiteral("attackerCountry").getString().equals("Turkey")),
                    "the shelling is found as a fight by an actor of Turkey")),
            Map.entry("entity-links.rq", rows -> {
                assertTrue(rows.stream().anyMatch(r -> r.getLiteral("label").getString().equals("Russia")
                        && r.getResource("dbpedia").getURI().equals("http://dbpedia.org/resource/Russia")
                        && r.getResource("wikipedia").getURI().equals("https://en.wikipedia.org/wiki/Russia")),
                        "Russia is linked");
                rows.forEach(r -> assertTrue(r.getLiteral("confidence").getDouble() >= 0.5, r.toString()));
            }),
            Map.entry("entities-by-type.rq", rows -> assertTrue(rows.stream().anyMatch(r ->
                    r.getResource("type").getLocalName().equals("Person")), "people are counted")),
            // The examples are never linked to Wikidata (that needs `link --wikidata`): no DBpedia or other
            // owl:sameAs may pass for a Wikidata item. LinkWikidataCommandTest runs it on a linked store.
            Map.entry("sample-of-facts.rq", rows -> {
                long asserted = Sparql.select(endpoint, """
                        PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                        SELECT (COUNT(DISTINCT ?f) AS ?n) { GRAPH ?g { ?f a ng:Fact ; rdf:subject ?s ;
                          rdf:predicate ?p ; rdf:object ?o ; ng:sentence ?sn . ?s ?p ?o } }""")
                        .get(0).getLiteral("n").getLong();
                assertTrue(asserted > 10, "the examples assert facts");
                assertEquals(Math.min(100, asserted), rows.size(), "every asserted fact, at most 100");
                assertEquals(rows.size(), rows.stream().map(r -> r.getResource("fact").getURI()).distinct().count());
                rows.forEach(r -> assertFalse(r.getLiteral("sentence").getString().isBlank(), r.toString()));
            }),
            Map.entry("entity-wikidata.rq", rows -> assertTrue(rows.isEmpty(), rows.toString())));

    @TestFactory
    Stream<DynamicTest> everyLocalQueryAnswers() throws IOException {
        List<Path> queries;
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            queries = files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        return queries.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> run(p)));
    }

    private static void run(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("#"), "a comment header says what it answers");
        Query query = QueryFactory.create(text);
        String name = file.getFileName().toString();
        if (text.contains("SERVICE <")) {
            assertTrue(text.contains("NEEDS INTERNET"), "a federated query says it needs internet");
            return;
        }
        if (query.isConstructType()) {
            try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(endpoint).query(query).build()) {
                Model m = qe.execConstruct();
                assertTrue(m.size() > 10, name + " built a graph of " + m.size() + " triples");
            }
            return;
        }
        Consumer<List<QuerySolution>> check = CHECKS.get(name);
        assertTrue(check != null, "QueriesTest needs a check for " + name);
        check.accept(Sparql.select(endpoint, text));
    }

    @Test
    void thereAreAtLeastTenQueries() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            assertTrue(files.filter(p -> p.toString().endsWith(".rq")).count() >= 10);
        }
    }
}
