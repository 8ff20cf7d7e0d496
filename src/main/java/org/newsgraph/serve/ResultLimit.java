package org.newsgraph.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * Fuseki's SPARQL query handler with a cap on the size of every answer, so that one query cannot make the server
 * build and send the whole store. A SELECT is answered with at most the limit's rows, a CONSTRUCT with at most its
 * triples, and a DESCRIBE with at most its triples. The cap is the query's own {@code LIMIT}, lowered where it is
 * missing or larger, so the store stops looking once it has enough; a DESCRIBE's triples, which no {@code LIMIT}
 * bounds, are cut after the description is built.
 * <p>
 * An answer the server may have cut carries the header {@value #HEADER} with the limit: a client that receives
 * that many results knows there may be more, and can page with {@code LIMIT} and {@code OFFSET}.
 */
final class ResultLimit extends SPARQL_QueryDataset {

    /** The response header of an answer that was capped. */
    static final String HEADER = "Newsgraph-Max-Results";

    private final long max;

    ResultLimit(long max) {
        if (max < 1) {
            throw new IllegalArgumentException("max results must be at least 1: " + max);
        }
        this.max = max;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        long solutions = solutionLimit(query);
        if (query.getQueryPattern() == null || query.isAskType()
                || (query.hasLimit() && query.getLimit() <= solutions)) {
            return super.createQueryExec(action, query, dataset);
        }
        // The header goes out before the results start streaming: the response is not committed yet.
        action.setResponseHeader(HEADER, Long.toString(max));
        Query capped = query.cloneQuery();
        capped.setLimit(solutions);
        return super.createQueryExec(action, capped, dataset);
    }

    /**
     * The most solutions of the WHERE clause the answer may use: one row each for a SELECT; for a CONSTRUCT each
     * solution instantiates the whole template, so the limit is divided among its triples.
     */
    long solutionLimit(Query query) {
        if (query.isConstructType()) {
            int perSolution = Math.max(1, query.getConstructTemplate().getQuads().size());
            return Math.max(1, max / perSolution);
        }
        return max;
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryString) {
        QueryExecResult result = super.executeQuery(action, exec, query, queryString);
        if (!query.isDescribeType() || result.graph().size() <= max) {
            return result;
        }
        Graph cut = GraphFactory.createDefaultGraph();
        cut.getPrefixMapping().setNsPrefixes(result.graph().getPrefixMapping());
        ExtendedIterator<Triple> triples = result.graph().find();
        try {
            while (triples.hasNext() && cut.size() < max) {
                cut.add(triples.next());
            }
        } finally {
            triples.close();
        }
        action.setResponseHeader(HEADER, Long.toString(max));
        return new QueryExecResult(cut);
    }
}
