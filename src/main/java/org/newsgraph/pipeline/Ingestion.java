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
import java.util.List;
import java.util.Optional;
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
            corpus = new CorpusEntities(processor.curation());
            Iris iris = processor.graphs().iris();
            for (NewsStore.StoredEntity e : store.entities()) {
                var key = iris.entityKey(e.iri());
                var type = EntityType.ofClassName(e.type());
                if (key.isPresent() && type.isPresent()) {
                    Set<String> context = new HashSet<>();
                    e.neighbours().forEach(n -> iris.entityKey(n).ifPresent(context::add));
                    corpus.add(new CorpusEntities.Known(key.get(), type.get(), e.names(), e.pages(), context));
                }
            }
        }
        return corpus;
    }

    /** Ingests everything the source yields. */
    public IngestSummary run(ArticleSource source, Progress progress) {
        Tally tally = new Tally();
        source.forEach(result -> {
            if (result instanceof ReadResult.Failed failed) {
                tally.failed(failed.source() + ": " + failed.reason());
                progress.advanced(failed.bytes(), null);
            } else if (result instanceof ReadResult.Read read) {
                store(read.article(), tally);
                progress.advanced(read.bytes(), read.article().id());
            }
        });
        return tally.summary();
    }

    /**
     * Processes stored articles again from their stored text, as when the curation changed; an id not in the
     * store is reported as a problem.
     */
    public IngestSummary reprocess(List<String> ids) {
        Tally tally = new Tally();
        for (String id : ids) {
            Optional<Article> article = store.storedArticle(id);
            if (article.isPresent()) {
                store(article.get(), tally);
            } else {
                tally.failed(id + ": no such article in the store");
            }
        }
        return tally.summary();
    }

    private void store(Article article, Tally tally) {
        try {
            CorpusEntities corpus = corpus();
            ResolvedArticle local = processor.resolve(article);
            CorpusEntities.Linking linking = corpus.link(local.entities());
            ResolvedArticle rekeyed = local.rekeyed(linking.keyOf(), linking.typeOf());
            if (!processor.curation().isEmpty()) {
                // The curation names an entity by any of its names in the corpus, not only this article's.
                rekeyed = rekeyed.linked(e -> {
                    Set<String> names = new HashSet<>(e.names());
                    names.addAll(corpus.names(e.key()));
                    return processor.curation().page(names).orElse(e.page());
                });
            }
            ArticleProcessor.Processed p = processor.build(rekeyed);
            Iris iris = processor.graphs().iris();
            Map<Node, Node> renames = new HashMap<>();
            linking.renamed().forEach((from, to) -> renames.put(iris.entity(from), iris.entity(to)));
            store.put(p.graph(), renames);
            corpus.record(p.resolved().entities(), linking.renamed());
            tally.stored(p.resolved(), linking.renamed());
        } catch (RuntimeException | AssertionError | StackOverflowError e) {
            // One article that breaks the NLP must not end the run; running out of heap still does.
            tally.failed(article.source() + ": failed: " + e);
        }
    }

    /** What a run has done so far. */
    private final class Tally {
        private final long start = System.nanoTime();
        private final Set<String> entities = new HashSet<>();
        private int articles;
        private int sentences;
        private int facts;
        private int failures;

        /** Counts an article; entities an earlier article of the run stored under a key now renamed count once. */
        void stored(ResolvedArticle resolved, Map<String, String> renamed) {
            renamed.forEach((from, to) -> {
                if (entities.remove(from)) {
                    entities.add(to);
                }
            });
            articles++;
            sentences += resolved.extraction().sentences().size();
            facts += (int) resolved.facts().stream().filter(ResolvedFact::storable).count();
            resolved.entities().forEach(e -> entities.add(e.key()));
        }

        void failed(String problem) {
            failures++;
            problems.accept(problem);
        }

        IngestSummary summary() {
            return new IngestSummary(articles, sentences, facts, entities.size(), failures,
                    (System.nanoTime() - start) / 1e9);
        }
    }
}
