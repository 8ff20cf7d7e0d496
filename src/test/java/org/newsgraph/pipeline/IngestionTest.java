package org.newsgraph.pipeline;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotate.AnnotationCache;
import org.newsgraph.annotate.NlpPipeline;
import org.newsgraph.canon.Curation;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.store.NewsStore;
import org.newsgraph.support.ExampleGraph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ingesting on several threads stores what one thread stores, and nothing is annotated or stored twice: an
 * unchanged article is left alone, a changed one is processed again alone, and a change in how articles are
 * processed rebuilds them from the cached annotations.
 */
class IngestionTest {

    /** Short articles that name one another's entities, so that the order of storing matters. */
    private static final List<String> ARTICLES = List.of("""
            Talks resume in Geneva

            Marta Oyelaran, the envoy of the African Union, met rebel leaders in Geneva on Monday. Oyelaran said
            the talks would go on for a week.
            """, """
            Envoy warns of famine

            Oyelaran warned on Tuesday that the harvest had failed in the north. The World Food Programme said it
            would send grain to Kaduna.
            """, """
            Grain convoy reaches Kaduna

            A World Food Programme convoy reached Kaduna on Wednesday. Local officials said the grain would last a
            month.
            """, """
            Rebels leave the talks

            Rebel leaders walked out of the Geneva talks on Thursday. The African Union called the walkout a
            setback, and Oyelaran flew to Addis Ababa.
            """, """
            Union holds summit

            The African Union held an emergency summit in Addis Ababa on Friday. Leaders agreed to send observers
            to the north.
            """);

    private static ArticleProcessor processor;

    @BeforeAll
    static void loadModels() {
        processor = ExampleGraph.processor();
    }

    private static List<Path> write(Path dir, List<String> texts) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            files.add(Files.writeString(dir.resolve("article-" + i + ".txt"), texts.get(i)));
        }
        return files;
    }

    private static IngestSummary ingest(NewsStore store, ArticleProcessor p, int threads, Path corpus) {
        return new Ingestion(store, p, problem -> {
            throw new AssertionError(problem);
        }).threads(threads).run(ArticleSource.of(List.of(corpus.toString())), Ingestion.Progress.NONE);
    }

    private static ArticleProcessor cached(NewsStore store, ArticleProcessor p) {
        return p.withAnnotationCache(AnnotationCache.in(store.annotationCache(), NlpPipeline.shared()));
    }

    /** The store as sorted N-Quads lines: equal lists mean equal stores (the graph has no blank nodes). */
    private static List<String> dump(NewsStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(store.dataset(), () -> RDFDataMgr.write(out, store.dataset(), Lang.NQUADS));
        return Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\n")).sorted().toList();
    }

    @Test
    void twoThreadsStoreExactlyWhatOneThreadStores(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("corpus");
        write(corpus, ARTICLES);
        try (NewsStore one = NewsStore.open(dir.resolve("one"));
             NewsStore two = NewsStore.open(dir.resolve("two"))) {
            IngestSummary single = ingest(one, processor, 1, corpus);
            IngestSummary parallel = ingest(two, processor, 2, corpus);
            assertEquals(ARTICLES.size(), parallel.articles());
            assertEquals(single.facts(), parallel.facts());
            assertEquals(single.entities(), parallel.entities());
            List<String> quads = dump(one);
            assertTrue(quads.size() > 100, "the articles made a graph: " + quads.size() + " quads");
            assertEquals(quads, dump(two));
        }
    }

    @Test
    void anUnchangedCorpusIsLeftAloneAndAChangedArticleAloneIsProcessedAgain(@TempDir Path dir)
            throws IOException {
        Path corpus = dir.resolve("corpus");
        List<Path> files = write(corpus, ARTICLES);
        try (NewsStore store = NewsStore.open(dir.resolve("db"))) {
            ArticleProcessor p = cached(store, processor);
            IngestSummary first = ingest(store, p, 2, corpus);
            assertEquals(ARTICLES.size(), first.annotated());
            List<String> before = dump(store);

            IngestSummary again = ingest(store, p, 2, corpus);
            assertEquals(0, again.articles());
            assertEquals(ARTICLES.size(), again.unchanged());
            assertEquals(0, again.annotated());
            assertEquals(before, dump(store), "re-ingesting an unchanged corpus changed the store");

            Files.writeString(files.get(2), ARTICLES.get(2).replace("Kaduna on Wednesday", "Kaduna on Sunday"));
            IngestSummary changed = ingest(store, p, 2, corpus);
            assertEquals(1, changed.articles());
            assertEquals(ARTICLES.size() - 1, changed.unchanged());
            assertEquals(1, changed.annotated());
            assertTrue(dump(store).stream().anyMatch(q -> q.contains("Kaduna on Sunday")));
            assertFalse(dump(store).stream().anyMatch(q -> q.contains("Kaduna on Wednesday")), "the old text is gone");
        }
    }

    @Test
    void aChangeInProcessingRebuildsFromCachedAnnotations(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("corpus");
        write(corpus, ARTICLES);
        try (NewsStore store = NewsStore.open(dir.resolve("db"));
             NewsStore fresh = NewsStore.open(dir.resolve("fresh"))) {
            ingest(store, cached(store, processor), 1, corpus);
            Curation curation = Curation.parse("test", List.of("nolink\tAfrican Union"));
            ArticleProcessor curated = ExampleGraph.processor(curation);

            IngestSummary rebuilt = ingest(store, cached(store, curated), 2, corpus);
            assertEquals(ARTICLES.size(), rebuilt.articles(), "a new curation processes every article again");
            assertEquals(0, rebuilt.annotated(), "from the cached annotations, without CoreNLP");

            ingest(fresh, curated, 1, corpus);
            assertEquals(dump(fresh), dump(store), "the rebuilt store is what a fresh ingest stores");
        }
    }

    @Test
    void aDamagedCacheEntryIsAnnotatedAgain(@TempDir Path dir) throws IOException {
        AnnotationCache cache = AnnotationCache.in(dir, NlpPipeline.shared());
        String text = ARTICLES.get(0);
        int sentences = cache.annotate(text).sentences().size();
        assertTrue(cache.contains(text));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.write(f, new byte[] {31, -117, 8, 0, 1, 2, 3});
            }
        }
        assertEquals(sentences, cache.annotate(text).sentences().size());
        assertEquals(2, cache.misses(), "the damaged entry was annotated again");
        assertEquals(sentences, cache.annotate(text).sentences().size());
        assertEquals(1, cache.hits(), "and kept again");
    }
}
