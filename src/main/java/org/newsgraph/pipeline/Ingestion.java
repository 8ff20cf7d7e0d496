package org.newsgraph.pipeline;

import org.apache.jena.graph.Node;
import org.newsgraph.annotate.AnnotationCache;
import org.newsgraph.annotate.AnnotationTimeoutException;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Span;
import org.newsgraph.canon.CorpusEntities;
import org.newsgraph.canon.EntityType;
import org.newsgraph.canon.ResolvedArticle;
import org.newsgraph.canon.ResolvedFact;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.NewsStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Reads articles from a source, processes each and stores it. A bad input or an article that fails is reported
 * through the problem sink and skipped; the run goes on with the rest.
 *
 * <p>The NLP of several articles runs at once on {@link #threads(int) worker threads}, at most
 * {@value #AHEAD_PER_THREAD} articles per thread ahead of the writer, so memory does not grow with the corpus. One
 * writer takes the results in input order, merges their entities into the corpus's and commits them to the store,
 * the articles of about two seconds in one transaction: the store ends up exactly as a one-thread run leaves it. An
 * article the store already holds with the same {@linkplain ArticleProcessor#digest digest} is left alone without
 * any NLP.
 */
public final class Ingestion {

    /** Progress of a run: called once per input read, with its size in bytes. */
    public interface Progress {
        void advanced(long bytes, String lastArticle);

        Progress NONE = (bytes, last) -> { };
    }

    /**
     * How many articles each worker thread may run ahead of the writer. With only two, a long article at the head
     * of the line left the other threads idle once they had finished the few behind it; a resolved article is
     * small (its text and facts, not CoreNLP's annotation), so a longer line costs little memory.
     */
    private static final int AHEAD_PER_THREAD = 16;

    /** Most articles committed in one transaction. */
    private static final int MAX_BATCH = 64;

    /**
     * How long, in nanoseconds, stored work may wait for more to join its transaction. Every TDB2 commit leaves
     * blocks behind until the store is compacted, so fewer, larger commits keep it small; a crash loses at most
     * this much work (and the annotations are cached).
     */
    private static final long COMMIT_INTERVAL = TimeUnit.SECONDS.toNanos(2);

    private final NewsStore store;
    private final ArticleProcessor processor;
    private final Consumer<String> problems;
    private final int threads;
    private CorpusEntities corpus;

    /** An ingestion into the store, on one NLP thread. */
    public Ingestion(NewsStore store, ArticleProcessor processor, Consumer<String> problems) {
        this(store, processor, problems, 1);
    }

    private Ingestion(NewsStore store, ArticleProcessor processor, Consumer<String> problems, int threads) {
        this.store = Objects.requireNonNull(store, "store");
        this.processor = Objects.requireNonNull(processor, "processor");
        this.problems = Objects.requireNonNull(problems, "problems");
        this.threads = threads;
    }

    /** The same ingestion with the NLP on this many threads (at least 1). */
    public Ingestion threads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + n);
        }
        return new Ingestion(store, processor, problems, n);
    }

    /** Ingests everything the source yields, leaving alone the articles stored unchanged. */
    public IngestSummary run(ArticleSource source, Progress progress) {
        Objects.requireNonNull(source, "source");
        return run(source::forEach, true, Objects.requireNonNull(progress, "progress"));
    }

    /**
     * Processes stored articles again from their stored text, as when the curation changed; an id not in the
     * store is reported as a problem.
     */
    public IngestSummary reprocess(List<String> ids) {
        return run(sink -> {
            for (String id : ids) {
                Optional<Article> article = store.storedArticle(id);
                sink.accept(article.<ReadResult>map(a -> new ReadResult.Read(a, 0))
                        .orElseGet(() -> new ReadResult.Failed(id, "no such article in the store", 0)));
            }
        }, false, Progress.NONE);
    }

    private IngestSummary run(Consumer<Consumer<ReadResult>> reader, boolean skipUnchanged, Progress progress) {
        long cacheMisses = processor.annotationCache().map(AnnotationCache::misses).orElse(0L);
        Tally tally = new Tally();
        BlockingQueue<Pending> pending = new ArrayBlockingQueue<>(AHEAD_PER_THREAD * threads);
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemon("newsgraph-nlp"));
        Writer writer = new Writer(pending, tally, progress);
        Thread writerThread = daemon("newsgraph-writer").newThread(writer);
        writerThread.start();
        try {
            reader.accept(result -> {
                if (result instanceof ReadResult.Failed failed) {
                    hand(pending, writerThread, new Pending(null, failed.bytes(), null,
                            failed.source() + ": " + failed.reason()));
                } else if (result instanceof ReadResult.Read read) {
                    Article article = read.article();
                    if (skipUnchanged && store.inputDigest(article.id()).filter(processor.digest(article)::equals)
                            .isPresent()) {
                        hand(pending, writerThread, new Pending(article, read.bytes(), null, null));
                    } else {
                        tally.resolving.incrementAndGet();
                        hand(pending, writerThread, new Pending(article, read.bytes(),
                                workers.submit(() -> processor.resolve(article)), null));
                    }
                }
            });
        } catch (WriterGone e) {
            // writer.rethrow() below says why.
        } finally {
            try {
                // Also when reading failed: the writer stores what it was handed, then stops.
                hand(pending, writerThread, Pending.END);
            } catch (WriterGone e) {
                // writer.rethrow() below says why.
            }
            join(writerThread);
            workers.shutdownNow();
        }
        writer.rethrow();
        int annotated = processor.annotationCache()
                .map(c -> (int) (c.misses() - cacheMisses)).orElse(tally.resolving.get());
        return tally.summary(annotated);
    }

    /** Hands work to the writer, waiting while it is {@value #AHEAD_PER_THREAD} articles per thread behind. */
    private static void hand(BlockingQueue<Pending> pending, Thread writer, Pending p) {
        try {
            while (!pending.offer(p, 200, TimeUnit.MILLISECONDS)) {
                if (!writer.isAlive()) {
                    // The writer died (out of memory): stop reading; run() rethrows what killed it.
                    throw new WriterGone();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while ingesting", e);
        }
    }

    private static void join(Thread writer) {
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while ingesting", e);
        }
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

    /**
     * One input on its way to the store: a read failure ({@code problem}), an unchanged article (no
     * {@code resolution}), or an article whose NLP runs or has run on a worker.
     */
    private record Pending(Article article, long bytes, Future<ResolvedArticle> resolution, String problem) {
        static final Pending END = new Pending(null, 0, null, null);
    }

    /** An article ready to commit, with what to count once it is committed. */
    private record Ready(NewsStore.Write write, ResolvedArticle resolved, Map<String, String> renamed, long bytes) {
    }

    /** The one thread that merges entities and writes to the store, in input order. */
    private final class Writer implements Runnable {
        private final BlockingQueue<Pending> pending;
        private final Tally tally;
        private final Progress progress;
        private final List<Ready> batch = new ArrayList<>();
        private long batchStart;
        private volatile Throwable died;

        Writer(BlockingQueue<Pending> pending, Tally tally, Progress progress) {
            this.pending = pending;
            this.tally = tally;
            this.progress = progress;
        }

        @Override
        public void run() {
            try {
                while (true) {
                    Pending p = batch.isEmpty() ? pending.take()
                            : pending.poll(Math.max(0, batchStart + COMMIT_INTERVAL - System.nanoTime()),
                                    TimeUnit.NANOSECONDS);
                    if (p == null) {
                        commit();
                        continue;
                    }
                    if (p == Pending.END) {
                        commit();
                        return;
                    }
                    if (p.resolution() != null && !p.resolution().isDone()
                            && System.nanoTime() - batchStart >= COMMIT_INTERVAL) {
                        commit();
                    }
                    take(p);
                    if (batch.size() >= MAX_BATCH) {
                        commit();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                died = e;
            } catch (Throwable e) {
                died = e;
            }
        }

        private void take(Pending p) throws InterruptedException {
            if (p.problem() != null) {
                failed(p.bytes(), p.problem());
            } else if (p.resolution() == null) {
                tally.unchanged++;
                progress.advanced(p.bytes(), p.article().id());
            } else {
                String source = p.article().source();
                try {
                    ResolvedArticle resolved = resolved(p.resolution());
                    String tooLong = tooLong(resolved.extraction());
                    if (tooLong != null && resolved.extraction().sentences().isEmpty()) {
                        failed(p.bytes(), source + ": " + tooLong + "; nothing left to store");
                        return;
                    }
                    if (tooLong != null) {
                        problems.accept(source + ": " + tooLong);
                    }
                    Ready ready = prepare(resolved, p.bytes());
                    if (batch.isEmpty()) {
                        batchStart = System.nanoTime();
                    }
                    batch.add(ready);
                } catch (AnnotationTimeoutException e) {
                    failed(p.bytes(), source + ": " + e.getMessage());
                } catch (RuntimeException | AssertionError | StackOverflowError e) {
                    // One article that breaks the NLP must not end the run; running out of heap still does.
                    failed(p.bytes(), source + ": failed: " + e);
                }
            }
        }

        /** Counts and reports an input that is not stored, and moves the progress past it. */
        private void failed(long bytes, String problem) {
            tally.failed(problem);
            progress.advanced(bytes, null);
        }

        /** What the user should hear about the sentences left unread for their length, or null when none were. */
        private String tooLong(Extraction extraction) {
            List<Span> skipped = extraction.skipped();
            if (skipped.isEmpty()) {
                return null;
            }
            return skipped.size() + (skipped.size() == 1 ? " sentence" : " sentences") + " of more than "
                    + processor.limits().maxSentenceTokens() + " tokens left unread (characters "
                    + skipped.stream().limit(3).map(s -> s.begin() + "-" + s.end())
                            .collect(java.util.stream.Collectors.joining(", "))
                    + (skipped.size() > 3 ? ", ..." : "") + ")";
        }

        private ResolvedArticle resolved(Future<ResolvedArticle> resolution) throws InterruptedException {
            try {
                return resolution.get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                } else if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            }
        }

        /** Merges an article's entities into the corpus's and builds what to write. */
        private Ready prepare(ResolvedArticle local, long bytes) {
            CorpusEntities corpus = corpus();
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
            corpus.record(p.resolved().entities(), linking.renamed());
            return new Ready(new NewsStore.Write(p.graph(), renames), p.resolved(), linking.renamed(), bytes);
        }

        private void commit() {
            if (batch.isEmpty()) {
                return;
            }
            try {
                store.putAll(batch.stream().map(Ready::write).toList());
                for (Ready r : batch) {
                    tally.stored(r.resolved(), r.renamed());
                    progress.advanced(r.bytes(), r.resolved().extraction().article().id());
                }
            } catch (RuntimeException e) {
                // Nothing of the batch is stored: forget what it taught the corpus, and report each article.
                corpus = null;
                for (Ready r : batch) {
                    failed(r.bytes(), r.resolved().extraction().article().source() + ": not stored: " + e);
                }
            }
            batch.clear();
        }

        /** Rethrows, in the calling thread, the error that ended the writer. */
        void rethrow() {
            if (died instanceof Error e) {
                throw e;
            } else if (died != null) {
                throw new IllegalStateException("the ingest writer stopped: " + died, died);
            }
        }
    }

    /** Thrown to the reader when the writer is gone. */
    private static final class WriterGone extends RuntimeException {
        WriterGone() {
            super("the ingest writer stopped", null, false, false);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** What a run has done so far; written by the writer thread only, except {@link #resolving}. */
    private final class Tally {
        private final long start = System.nanoTime();
        private final Set<String> entities = new HashSet<>();
        private final AtomicInteger resolving = new AtomicInteger();
        private int articles;
        private int sentences;
        private int facts;
        private int failures;
        private int unchanged;

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

        IngestSummary summary(int annotated) {
            return new IngestSummary(articles, sentences, facts, entities.size(), failures, unchanged, annotated,
                    (System.nanoTime() - start) / 1e9);
        }
    }
}
