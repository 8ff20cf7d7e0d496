package org.newsgraph.bench;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark's query mix: the local example queries, asked about names the graph holds. */
class QueryMixTest {

    private static Map<String, QueryMix.Query> mix() throws IOException {
        return QueryMix.load(Path.of("queries"), List.of("Ana \"Q\" Ruiz", "Lima"), List.of("sign"))
                .stream().collect(Collectors.toMap(QueryMix.Query::name, Function.identity()));
    }

    @Test
    void leavesOutQueriesThatNeedAnotherEndpoint() throws IOException {
        Map<String, QueryMix.Query> mix = mix();
        assertFalse(mix.isEmpty());
        assertTrue(mix.values().stream().noneMatch(q -> q.text().contains("SERVICE")));
        assertFalse(mix.containsKey("dbpedia-abstracts.rq"));
        assertTrue(mix.containsKey("most-connected-entities.rq"));
    }

    @Test
    void asksLookupsAboutTheGivenNamesAndKeepsEveryQueryParseable() throws IOException {
        Map<String, QueryMix.Query> mix = mix();
        QueryMix.Query about = mix.get("facts-about-entity.rq");
        assertTrue(about.lookup());
        assertTrue(about.text().contains("\"Ana \\\"Q\\\" Ruiz\""), about.text());
        QueryMix.Query both = mix.get("articles-mentioning-two-entities.rq");
        assertTrue(both.text().contains("(\"Ana \\\"Q\\\" Ruiz\" \"Lima\")"), both.text());
        QueryMix.Query relation = mix.get("facts-of-relation.rq");
        assertFalse(relation.lookup(), "a relation's facts range over the whole graph");
        assertTrue(relation.text().contains("{ \"sign\" }"), relation.text());
        assertFalse(mix.get("entities-by-type.rq").lookup());
        mix.values().forEach(q -> QueryFactory.create(q.text()));
    }

    @Test
    void percentilesAreNearestRank() {
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertEquals(5, QueryMix.percentile(sorted, 50));
        assertEquals(10, QueryMix.percentile(sorted, 95));
        assertEquals(1, QueryMix.percentile(new double[] {1}, 95));
    }
}
