package org.newsgraph.support;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;

import java.util.ArrayList;
import java.util.List;

/** SPARQL over HTTP against a running server, as a client outside the JVM would send it. */
public final class Sparql {

    public static final String PREFIXES = org.newsgraph.rdf.NG.SPARQL_PREFIXES;

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
