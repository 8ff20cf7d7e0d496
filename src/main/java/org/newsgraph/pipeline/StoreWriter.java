package org.newsgraph.pipeline;

import org.apache.jena.graph.Node;
import org.newsgraph.annotate.AnnotationTimeoutException;
import org.newsgraph.canon.CorpusResolution;
import org.newsgraph.canon.ResolvedArticle;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Span;
import org.newsgraph.ingest.Article;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.NewsStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The one thread of an ingest run that meets articles with the corpus and writes them to the store, in input
 * order, the articles of about two seconds (at most {@value #MAX_BATCH}) in one transaction.
 */
final class StoreWriter implements Runnable {

    /**
     * One input on its way to the store: a read failure ({@code problem}), an unchanged article (no
     * {@code resolution}), or an article whose NLP runs or has run on a worker.
     */
    record Pending(Article article, long bytes, Future<ResolvedArticle> resolution, String problem) {
        static final Pending END = new Pending(null, 0, null, null);
    }

    /** An article ready to commit, with what to count once it is committed. */
    private record Ready(NewsStore.Write write, CorpusResolution.Resolved resolved, long bytes) {
    }

    /** Most articles committed in one transaction. */
    private static final int MAX_BATCH = 64;

    /**
     * How long, in nanoseconds, stored work may wait for more to join its transaction. Every TDB2 commit leaves
     * blocks behind until the store is compacted, so fewer, larger commits keep it small; a crash loses at most
     * this much work (and the annotations are cached).
     */
    private static final long COMMIT_INTERVAL = TimeUnit.SECONDS.toNanos(2);

    private final BlockingQueue<Pending> pending;
    private final NewsStore store;
    private final ArticleProcessor processor;
    private final CorpusResolution corpus;
    private final RunTally tally;
    private final Ingestion.Progress progress;
    private final List<Ready> batch = new ArrayList<>();
    private long batchStart;
    private volatile Throwable died;

    StoreWriter(BlockingQueue<Pending> pending, NewsStore store, ArticleProcessor processor, CorpusResolution corpus,
                RunTally tally, Ingestion.Progress progress) {
        this.pending = pending;
        this.store = store;
        this.processor = processor;
        this.corpus = corpus;
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

    /** Rethrows, in the calling thread, the error that ended the writer. */
    void rethrow() {
        if (died instanceof Error e) {
            throw e;
        } else if (died != null) {
            throw new IllegalStateException("the ingest writer stopped: " + died, died);
        }
    }

    private void take(Pending p) throws InterruptedException {
        if (p.problem() != null) {
            failed(p.bytes(), p.problem());
        } else if (p.resolution() == null) {
            tally.unchanged();
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
                    tally.warn(source + ": " + tooLong);
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
                + skipped.stream().limit(3).map(s -> s.begin() + "-" + s.end()).collect(Collectors.joining(", "))
                + (skipped.size() > 3 ? ", ..." : "") + ")";
    }

    private static ResolvedArticle resolved(Future<ResolvedArticle> resolution) throws InterruptedException {
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

    /** Meets an article with the corpus and builds what to write. */
    private Ready prepare(ResolvedArticle local, long bytes) {
        CorpusResolution.Resolved resolved = corpus.meet(local);
        ArticleProcessor.Processed p = processor.build(resolved.article());
        Iris iris = processor.graphs().iris();
        Map<Node, Node> renames = new HashMap<>();
        resolved.renamed().forEach((from, to) -> renames.put(iris.entity(from), iris.entity(to)));
        corpus.learn(resolved);
        return new Ready(new NewsStore.Write(p.graph(), renames), resolved, bytes);
    }

    private void commit() {
        if (batch.isEmpty()) {
            return;
        }
        try {
            store.putAll(batch.stream().map(Ready::write).toList());
            for (Ready r : batch) {
                tally.stored(r.resolved().article(), r.resolved().renamed());
                progress.advanced(r.bytes(), r.resolved().article().extraction().article().id());
            }
        } catch (RuntimeException e) {
            // Nothing of the batch is stored: forget what it taught the corpus, and report each article.
            corpus.forget();
            for (Ready r : batch) {
                failed(r.bytes(), r.resolved().article().extraction().article().source() + ": not stored: " + e);
            }
        }
        batch.clear();
    }
}
