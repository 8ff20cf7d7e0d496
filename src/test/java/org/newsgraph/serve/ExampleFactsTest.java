package org.newsgraph.serve;

import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.support.ExampleGraph;
import org.newsgraph.support.Sparql;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The card's two example facts, asked for over HTTP from the Fuseki serving the example articles' graph.
 */
class ExampleFactsTest {

    private static String endpoint;

    @BeforeAll
    static void serveExamples() {
        endpoint = ExampleGraph.get().server().sparqlUrl();
    }

    @Test
    void turkeyOrTheTurkishMilitaryShelledTheKurdishMilitia() {
        List<QuerySolution> rows = Sparql.select(endpoint, Sparql.PREFIXES + """
                SELECT ?subject ?object ?sentence WHERE {
                  ?f a ng:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; ng:sentence/ng:text ?sentence .
                  ?p rdfs:label "shell" .
                  ?s rdfs:label ?subject . ?o rdfs:label ?object .
                  ?s ?p ?o .
                  FILTER(REGEX(?subject, "^(Turkey|Turkish military)$", "i"))
                  FILTER(REGEX(?object, "YPG|Kurdish militia|People's Protection Units", "i"))
                  FILTER(CONTAINS(?sentence, "shelled"))
                }""");
        assertFalse(rows.isEmpty(), "no fact Turkey/Turkish military -shell-> YPG/Kurdish militia");
    }

    @Test
    void russiaAgreedToTheCeasefire() {
        List<QuerySolution> rows = Sparql.select(endpoint, Sparql.PREFIXES + """
                SELECT ?relation ?object WHERE {
                  ?f a ng:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
                  ?s rdfs:label "Russia" .
                  ?p rdfs:label ?relation . ?o rdfs:label ?object .
                  ?s ?p ?o .
                  FILTER(STRSTARTS(?relation, "agree"))
                  FILTER(CONTAINS(LCASE(?object), "ceasefire"))
                }""");
        assertFalse(rows.isEmpty(), "no fact Russia -agree-> ceasefire");
    }

    @Test
    void pronounsNeverStandAsArguments() {
        assertFalse(Sparql.ask(endpoint, Sparql.PREFIXES + """
                ASK { ?f a ng:Fact ; rdf:subject|rdf:object ?x . ?x rdfs:label ?l .
                      FILTER(LCASE(?l) IN ("he", "she", "it", "they", "we", "i", "you", "them", "him", "her", "us")) }"""));
    }

    @Test
    void theIngestSummaryCountsWhatTheStoreHolds() {
        QuerySolution counts = Sparql.select(endpoint, Sparql.PREFIXES + """
                SELECT (COUNT(DISTINCT ?a) AS ?articles) (COUNT(DISTINCT ?e) AS ?entities) {
                  { ?a a ng:Article } UNION { GRAPH <urn:newsgraph:graph:corpus> { ?e a ng:Entity } } }""").get(0);
        assertEquals(counts.getLiteral("articles").getInt(), ExampleGraph.get().summary().articles());
        assertEquals(counts.getLiteral("entities").getInt(), ExampleGraph.get().summary().entities(),
                "entities merged across articles count once");
    }

    @Test
    void everyFactRecordsItsSentenceAndArticle() {
        assertTrue(Sparql.ask(endpoint, Sparql.PREFIXES + "ASK { ?f a ng:Fact }"));
        assertFalse(Sparql.ask(endpoint, Sparql.PREFIXES + """
                ASK { ?f a ng:Fact . FILTER NOT EXISTS { ?f ng:sentence/ng:text ?t ; prov:wasDerivedFrom ?a .
                                                         ?a a ng:Article } }"""));
    }
}
