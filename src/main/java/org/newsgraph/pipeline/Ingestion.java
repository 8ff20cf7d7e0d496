package org.newsgraph.pipeline;

import org.newsgraph.canon.ResolvedFact;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.store.NewsStore;

import java.util.HashSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.newsgraph.canon.CorpusEntities;
import org.newsgraph.canon.EntityType;
import org.newsgraph.canon.ResolvedArticle;
import org.newsgraph.rdf.Iris;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads articles from a source, processes each and stores it. A bad input or an article that fails is reported
 * through the problem sink and skipped; the run goes on with the rest.
 */
public final class Ingestion {

    /** Progress of a run: called once per input read, with its size in bytes. */
    public interface Progress {
        void advanced(long bytes, String lastArticle);

        Progress NONE = (bytes, last) -> { };
    }

    private final NewsStore store;
    private final ArticleProcessor processor;
    private final Consumer<String> problems;
    private CorpusEntities corpus;

    public Ingestion(NewsStore store, ArticleProcessor processor, Consumer<String> problems) {
        this.store = Objects.requireNonNull(store, "store");
        this.processor = Objects.requireNonNull(processor, "processor");
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    /** The stored entities, read from the store on first use and kept up to date as articles are stored. */
    private CorpusEntities corpus() {
        if (corpus == null) {
            corpus = new CorpusEntities();
            Iris iris = processor.graphs().iris();
            for (NewsStore.StoredEntity e : store.entities()) {
                var key = iris.entityKey(e.iri());
                var type = EntityType.ofClassName(e.type());
                if (key.isPresent() && type.isPresent()) {
                    corpus.add(new CorpusEntities.Known(key.get(), type.get(), e.names(), e.pages()));
                }
            }
        }
        return corpus;
    }

    /** Ingests everything the source yields. */
    public IngestSummary run(ArticleSource source, Progress progress) {
        long start = System.nanoTime();
        int[] counts = new int[4];
        Set<String> entities = new HashSet<>();
        source.forEach(result -> {
            if (result instanceof ReadResult.Failed failed) {
                counts[3]++;
                problems.accept(failed.source() + ": " + failed.reason());
                progress.advanced(failed.bytes(), null);
            } else if (result instanceof ReadResult.Read read) {
                store(read.article(), counts, entities);
                progress.advanced(read.bytes(), read.article().id());
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        return new IngestSummary(counts[0], counts[1], counts[2], entities.size(), counts[3], seconds);
    }

    private void store(Article article, int[] counts, Set<String> entities) {
        try {
            CorpusEntities corpus = corpus();
            ResolvedArticle local = processor.resolve(article);
            CorpusEntities.Linking linking = corpus.link(local.entities());
            ArticleProcessor.Processed p = processor.build(local.rekeyed(linking.keyOf()));
            Iris iris = processor.graphs().iris();
            Map<Node, Node> renames = new HashMap<>();
            linking.renamed().forEach((from, to) -> renames.put(iris.entity(from), iris.entity(to)));
            store.put(p.graph(), renames);
            corpus.record(p.resolved().entities(), linking.renamed());
            counts[0]++;
            counts[1] += p.resolved().extraction().sentences().size();
            counts[2] += (int) p.resolved().facts().stream().filter(ResolvedFact::storable).count();
            p.resolved().entities().forEach(e -> entities.add(e.key()));
        } catch (RuntimeException | AssertionError | StackOverflowError e) {
            // One article that breaks the NLP must not end the run; running out of heap still does.
            counts[3]++;
            problems.accept(article.source() + ": failed: " + e);
        }
    }
}
