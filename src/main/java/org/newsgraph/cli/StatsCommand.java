package org.newsgraph.cli;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code newsgraph stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Prints counts of articles, facts, entities by type, and facts by relation.")
final class StatsCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (NewsStore s = store.open()) {
            Txn.executeRead(s.dataset(), () -> {
                System.out.println("articles\t" + count(s, "SELECT (COUNT(?a) AS ?n) { ?a a ng:Article }"));
                System.out.println("facts\t" + count(s, "SELECT (COUNT(?f) AS ?n) { ?f a ng:Fact }"));
                System.out.println("entities\t" + count(s, "SELECT (COUNT(?e) AS ?n) { ?e a ng:Entity }"));
                System.out.println("concepts\t" + count(s, "SELECT (COUNT(?c) AS ?n) { ?c a ng:Concept }"));
                rows(s, "entities of type", "SELECT (STRAFTER(STR(?t), '#') AS ?k) (COUNT(?e) AS ?n) "
                        + "{ ?e a ng:Entity, ?t FILTER(?t != ng:Entity) } GROUP BY ?t ORDER BY DESC(?n) ?k");
                rows(s, "facts with relation", "SELECT (?l AS ?k) (COUNT(?f) AS ?n) "
                        + "{ ?f a ng:Fact ; rdf:predicate ?p . ?p rdfs:label ?l } GROUP BY ?l ORDER BY DESC(?n) ?l");
            });
        }
        return 0;
    }

    private static long count(NewsStore s, String select) {
        try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(NG.SPARQL_PREFIXES + select).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    private static void rows(NewsStore s, String heading, String select) {
        try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(NG.SPARQL_PREFIXES + select).build()) {
            qe.execSelect().forEachRemaining((QuerySolution row) -> System.out.println(
                    heading + "\t" + row.getLiteral("k").getString() + "\t" + row.getLiteral("n").getLong()));
        }
    }
}
