package org.newsgraph.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.pipeline.ArticleProcessor;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.support.ExampleGraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Writing, replacing and deleting article graphs in a real TDB2 store.
 */
class NewsStoreTest {

    private static ArticleGraph first;
    private static ArticleGraph second;

    @BeforeAll
    static void processExamplesOnce() {
        List<Article> articles = new ArrayList<>();
        ArticleSource.of(List.of("examples")).forEach(r -> {
            if (r instanceof ReadResult.Read read) {
                articles.add(read.article());
            }
        });
        assertEquals(2, articles.size());
        ArticleProcessor processor = ExampleGraph.processor();
        first = processor.process(articles.get(0)).graph();
        second = processor.process(articles.get(1)).graph();
    }

    @Test
    void compactingKeepsEveryQuadAndLeavesOneDataFolder(@TempDir Path dir) throws IOException {
        try (NewsStore store = NewsStore.open(dir.resolve("db"))) {
            for (int i = 0; i < 5; i++) {
                store.put(first);
                store.put(second);
            }
            Set<Quad> before = quads(store);
            store.compact();
            assertEquals(before, quads(store), "compacting changed the data");
            store.put(first);
            assertEquals(before, quads(store), "the store still takes writes");
        }
        try (var folders = Files.list(dir.resolve("db"))) {
            assertEquals(List.of("Data-0002"), folders.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("Data-")).toList(), "the old data folder is deleted");
        }
    }

    private static Set<Quad> quads(NewsStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<Quad> quads = new HashSet<>();
            store.dataset().asDatasetGraph().find().forEachRemaining(quads::add);
            return quads;
        });
    }

    @Test
    void writingAnArticleTwiceReplacesIt(@TempDir Path dir) {
        try (NewsStore store = NewsStore.open(dir.resolve("db"))) {
            store.put(first);
            store.put(second);
            long size = store.size();
            store.put(first);
            store.put(second);
            assertEquals(size, store.size());
        }
    }

    @Test
    void deleteRemovesOneArticleAndLeavesTheOther(@TempDir Path dir) {
        try (NewsStore both = NewsStore.open(dir.resolve("both"));
             NewsStore onlySecond = NewsStore.open(dir.resolve("second"))) {
            both.put(first);
            both.put(second);
            onlySecond.put(second);
            assertTrue(both.delete(first.id()));
            assertFalse(both.delete(first.id()), "already gone");
            assertEquals(List.of(second.id()), both.articleIds());
            assertIsomorphic(onlySecond, both);
        }
    }

    @Test
    void theGraphDoesNotDependOnIngestOrder(@TempDir Path dir) {
        try (NewsStore ab = NewsStore.open(dir.resolve("ab"));
             NewsStore ba = NewsStore.open(dir.resolve("ba"))) {
            ab.put(first);
            ab.put(second);
            ba.put(second);
            ba.put(first);
            ba.put(second);
            assertIsomorphic(ab, ba);
        }
    }

    @Test
    void reopenedStoreKeepsWhatWasWritten(@TempDir Path dir) {
        long size;
        try (NewsStore store = NewsStore.open(dir.resolve("db"))) {
            store.put(first);
            size = store.size();
        }
        try (NewsStore store = NewsStore.open(dir.resolve("db"))) {
            assertEquals(size, store.size());
            assertTrue(store.article(first.id()).isPresent());
        }
    }

    private static void assertIsomorphic(NewsStore expected, NewsStore actual) {
        Dataset e = copy(expected);
        Dataset a = copy(actual);
        assertTrue(IsoMatcher.isomorphic(e.asDatasetGraph(), a.asDatasetGraph()),
                "stores differ: " + e.asDatasetGraph().size() + " vs " + a.asDatasetGraph().size() + " graphs");
    }

    private static Dataset copy(NewsStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph copy = DatasetFactory.createTxnMem().asDatasetGraph();
            store.dataset().asDatasetGraph().find().forEachRemaining(copy::add);
            return DatasetFactory.wrap(copy);
        });
    }
}
