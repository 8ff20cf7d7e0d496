package org.newsgraph.support;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;

import java.util.ArrayList;
import java.util.List;

/** SPARQL over HTTP against a running server, as a client outside the JVM would send it. */
public final class Sparql {

    public static final String PREFIXES = """
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <https://schema.org/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;

    private Sparql() {
    }

    /** Runs a SELECT and returns all its rows. */
    public static List<QuerySolution> select(String endpoint, String query) {
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(endpoint).query(query).build()) {
            ResultSet rs = ResultSetFactory.copyResults(qe.execSelect());
            List<QuerySolution> rows = new ArrayList<>();
            rs.forEachRemaining(rows::add);
            return rows;
        }
    }

    public static boolean ask(String endpoint, String query) {
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(endpoint).query(query).build()) {
            return qe.execAsk();
        }
    }
}
