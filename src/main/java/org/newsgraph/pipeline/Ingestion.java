package org.newsgraph.pipeline;

import org.newsgraph.annotate.AnnotationCache;
import org.newsgraph.canon.CorpusResolution;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.pipeline.StoreWriter.Pending;
import org.newsgraph.store.NewsStore;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Reads articles from a source, processes each and stores it. A bad input or an article that fails is reported
 * through the problem sink and skipped; the run goes on with the rest.
 *
 * <p>The NLP of several articles runs at once on {@link #threads(int) worker threads}, at most
 * {@value #AHEAD_PER_THREAD} articles per thread ahead of the writer, so memory does not grow with the corpus. One
 * writer takes the results in input order, meets their entities with the corpus's ({@link CorpusResolution}) and
 * commits them to the store, the articles of about two seconds in one transaction: the store ends up exactly as a
 * one-thread run leaves it. The NLP itself is {@link ArticleProcessor#resolve}, which never reads the store. An
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

    private final NewsStore store;
    private final ArticleProcessor processor;
    private final Consumer<String> problems;
    private final int threads;
    private final CorpusResolution corpus;

    /** An ingestion into the store, on one NLP thread. */
    public Ingestion(NewsStore store, ArticleProcessor processor, Consumer<String> problems) {
        this(store, processor, problems, 1);
    }

    private Ingestion(NewsStore store, ArticleProcessor processor, Consumer<String> problems, int threads) {
        this.store = Objects.requireNonNull(store, "store");
        this.processor = Objects.requireNonNull(processor, "processor");
        this.problems = Objects.requireNonNull(problems, "problems");
        this.threads = threads;
        this.corpus = new CorpusResolution(store.known(processor.graphs().iris()), processor.curation());
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
        RunTally tally = new RunTally(problems);
        BlockingQueue<Pending> pending = new ArrayBlockingQueue<>(AHEAD_PER_THREAD * threads);
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemon("newsgraph-nlp"));
        StoreWriter writer = new StoreWriter(pending, store, processor, corpus, tally, progress);
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

    /** Thrown to the reader when the writer is gone. */
    private static final class WriterGone extends RuntimeException {
        WriterGone() {
            super("the ingest writer stopped", null, false, false);
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
