package org.newsgraph.bench;

import edu.stanford.nlp.pipeline.CoreDocument;
import org.newsgraph.annotate.AnnotationCache;
import org.newsgraph.annotate.NlpPipeline;
import org.newsgraph.canon.Curation;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.link.Linker;
import org.newsgraph.pipeline.ArticleProcessor;
import org.newsgraph.pipeline.IngestSummary;
import org.newsgraph.pipeline.Ingestion;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.NewsStore;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import static org.newsgraph.bench.Figure.number;

/**
 * Measures newsgraph against CoreNLP alone on the first articles of a JSON Lines corpus and prints each figure
 * with its target: ingest throughput against raw CoreNLP with the same annotators, scaling from one thread to
 * several, first ingest against re-ingest of the unchanged corpus, the time from {@code serve} to its first
 * answer, query latencies over HTTP, and memory after 200 articles and after the whole graph.
 */
public final class Benchmark {

    /** Articles after which memory is measured the first time. */
    static final int EARLY_ARTICLES = 200;

    /** Articles per chunk of the throughput runs. */
    static final int CHUNK = 50;

    /**
     * What to measure.
     *
     * @param corpus        a JSON Lines corpus, one article per line
     * @param articles      articles for the throughput figures
     * @param graphArticles articles for the graph-size figures (serving, queries, memory)
     * @param threads       NLP threads for the parallel runs
     * @param work          a folder for the stores the benchmark builds
     * @param queries       the folder of example queries to time
     * @param repetitions   times each query is asked
     * @param main          newsgraph's command-line class, started in a new JVM to serve the graph
     */
    public record Settings(Path corpus, int articles, int graphArticles, int threads, Path work, Path queries,
                           int repetitions, Class<?> main) {
        public Settings {
            Objects.requireNonNull(main, "main");
            Objects.requireNonNull(corpus, "corpus");
            Objects.requireNonNull(work, "work");
            Objects.requireNonNull(queries, "queries");
            if (articles < 1 || graphArticles < 1 || threads < 1 || repetitions < 1) {
                throw new IllegalArgumentException("articles, graph articles, threads and repetitions must be >= 1");
            }
        }
    }

    private final Settings settings;
    private final NlpPipeline nlp;
    private final Iris iris;
    private final Linker linker;
    private final Consumer<String> log;

    /**
     * @param linker the entity linker ingest uses, or null to measure without linking
     * @param log    where progress messages go
     */
    public Benchmark(Settings settings, NlpPipeline nlp, Iris iris, Linker linker, Consumer<String> log) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.nlp = Objects.requireNonNull(nlp, "nlp");
        this.iris = Objects.requireNonNull(iris, "iris");
        this.linker = linker;
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Measures only serving and the queries, on the graph an earlier {@link #run} left in the work folder.
     */
    public List<Figure> serveOnly(Consumer<Figure> out) throws IOException, InterruptedException {
        Path graphStore = settings.work().resolve("store-graph");
        if (!Files.isDirectory(graphStore)) {
            throw new IOException("no graph in " + graphStore + ": run the whole benchmark first");
        }
        List<Figure> figures = new ArrayList<>();
        serve(graphStore, f -> {
            figures.add(f);
            out.accept(f);
        });
        return figures;
    }

    /** Runs every measurement and returns the figures, streaming each to {@code out} as it is measured. */
    public List<Figure> run(Consumer<Figure> out) throws IOException, InterruptedException {
        List<Figure> figures = new ArrayList<>();
        Consumer<Figure> add = f -> {
            figures.add(f);
            out.accept(f);
        };
        Files.createDirectories(settings.work());
        List<Path> chunks = chunks(settings.articles());
        Path large = firstLines(0, settings.graphArticles(), settings.work().resolve("graph.jsonl"));
        int t = settings.threads();

        log.accept("loading CoreNLP");
        long start = System.nanoTime();
        nlp.load();
        add.accept(Figure.reported("CoreNLP model load", number(seconds(start), 1) + " s"));
        List<Article> warmUp = read(chunks.get(0));
        log.accept("warming up on " + warmUp.size() + " articles");
        raw(warmUp, t);

        // Each chunk is measured four ways in turn, so that the JIT's warming up and other drift fall on all alike.
        Path parallel = settings.work().resolve("store-" + t + "-threads");
        Path single = settings.work().resolve("store-1-thread");
        Rate rawT = new Rate();
        Rate ingestT = new Rate();
        Rate raw1 = new Rate();
        Rate ingest1 = new Rate();
        long annotating = 0;
        int failed = 0;
        for (int i = 0; i < chunks.size(); i++) {
            log.accept("chunk " + (i + 1) + " of " + chunks.size() + ": raw CoreNLP and ingest, " + t
                    + " threads and 1");
            List<Article> chunk = read(chunks.get(i));
            rawT.add(raw(chunk, t));
            NlpPipeline.Usage before = nlp.usage();
            IngestSummary s = ingest(parallel, t, List.of(chunks.get(i)), Ingestion.Progress.NONE);
            annotating += nlp.usage().since(before).nanos();
            ingestT.add(new Rate(s.sentences(), s.seconds()));
            failed += s.failures();
            raw1.add(raw(chunk, 1));
            ingest1.add(new Rate(ingest(single, 1, List.of(chunks.get(i)), Ingestion.Progress.NONE)));
        }
        add.accept(Figure.reported("raw CoreNLP annotate, " + t + " threads", rawT.perSecond()));
        add.accept(Figure.reported("newsgraph ingest, " + t + " threads", ingestT.perSecond() + " ("
                + settings.articles() + " articles, " + ingestT.sentences + " sentences, " + failed + " failed; "
                + "CoreNLP busy " + number(100 * annotating / 1e9 / (t * ingestT.seconds), 0)
                + " % of the threads' time)"));
        double ratio = ingestT.rate() / rawT.rate();
        add.accept(Figure.of("ingest / raw CoreNLP, " + t + " threads", number(ratio, 2), ">= 0.9", ratio >= 0.9));
        add.accept(Figure.reported("raw CoreNLP annotate, 1 thread", raw1.perSecond()));
        add.accept(Figure.reported("newsgraph ingest, 1 thread", ingest1.perSecond()));
        add.accept(Figure.reported("ingest / raw CoreNLP, 1 thread", number(ingest1.rate() / raw1.rate(), 2)));
        add.accept(Figure.reported("raw CoreNLP " + t + " threads / 1 thread", number(rawT.rate() / raw1.rate(), 2)));
        double scaling = ingestT.rate() / ingest1.rate();
        add.accept(t >= 2
                ? Figure.of("ingest " + t + " threads / 1 thread", number(scaling, 2), ">= 1.8", scaling >= 1.8)
                : Figure.reported("ingest " + t + " threads / 1 thread", number(scaling, 2)));

        log.accept("re-ingest of the unchanged articles");
        IngestSummary again = ingest(parallel, t, chunks, Ingestion.Progress.NONE);
        double speedup = ingestT.seconds / again.seconds();
        add.accept(Figure.of("first ingest / re-ingest", number(ingestT.seconds, 1) + " s / "
                + number(again.seconds(), 2) + " s = " + number(speedup, 0) + "x (" + again.annotated()
                + " annotated)", ">= 100x, no NLP", speedup >= 100 && again.annotated() == 0));

        Path graphStore = settings.work().resolve("store-graph");
        graph(graphStore, parallel.resolve(NewsStore.ANNOTATIONS), large, add);
        serve(graphStore, add);
        return figures;
    }

    /** Ingests the graph corpus, reusing the annotations of the throughput run, measuring memory on the way. */
    private void graph(Path store, Path annotations, Path corpus, Consumer<Figure> add) {
        log.accept("graph: ingest of " + settings.graphArticles() + " articles, " + settings.threads() + " threads");
        boolean reset = Memory.resetPeakRss();
        long[] early = new long[2];
        int[] handled = {0};
        IngestSummary summary = ingest(store, annotations, settings.threads(), List.of(corpus), (bytes, last) -> {
            if (++handled[0] == EARLY_ARTICLES) {
                early[0] = Memory.liveHeapAfterGc();
                early[1] = Memory.peakRss().orElse(0);
                log.accept("after " + EARLY_ARTICLES + " articles: live heap " + Memory.mb(early[0]));
            }
        });
        long heap = Memory.liveHeapAfterGc();
        OptionalLong rss = Memory.peakRss();
        long written = folderBytes(store);
        long compacting = System.nanoTime();
        try (NewsStore s = NewsStore.open(store)) {
            s.compact();
        }
        add.accept(Figure.reported("store on disk", Memory.mb(written) + ", " + Memory.mb(folderBytes(store))
                + " after compacting (" + number(seconds(compacting), 1) + " s), as `ingest` does"));
        String peak = reset ? "peak RSS" : "peak RSS of the whole benchmark";
        add.accept(Figure.reported("graph", summary.articles() + " articles, " + summary.facts() + " facts, "
                + summary.entities() + " entities, " + number(summary.seconds(), 0) + " s"));
        if (handled[0] >= EARLY_ARTICLES) {
            add.accept(Figure.reported("after " + EARLY_ARTICLES + " articles", "live heap " + Memory.mb(early[0])
                    + ", " + peak + " " + Memory.mb(early[1])));
        }
        add.accept(Figure.reported("after " + handled[0] + " articles", "live heap " + Memory.mb(heap) + ", "
                + peak + " " + rss.stream().mapToObj(Memory::mb).findFirst().orElse("unknown")));
        if (handled[0] >= EARLY_ARTICLES) {
            double growth = (double) heap / early[0] - 1;
            add.accept(Figure.of("live heap growth " + EARLY_ARTICLES + " → " + handled[0] + " articles",
                    number(100 * growth, 1) + " %", "<= 10 %", growth <= 0.10));
        }
        add.accept(Figure.reported("max heap of this run", Memory.mb(Runtime.getRuntime().maxMemory())));
    }

    /** Starts {@code newsgraph serve} on the graph in a new JVM, times its first answer, then the query mix. */
    private void serve(Path store, Consumer<Figure> add) throws IOException, InterruptedException {
        int port = ServeProcess.freePort();
        List<String> command = ServeProcess.command(settings.main(), store, port);
        // The server's start is timed on a quiet machine: no collection or compilation of this JVM's left over.
        Memory.liveHeapAfterGc();
        Thread.sleep(2000);
        log.accept("serve: " + String.join(" ", command));
        String endpoint = ServeProcess.endpoint(port);
        QueryMix mix = new QueryMix(endpoint);
        Path serveLog = settings.work().resolve("serve.log");
        long start = System.nanoTime();
        try (ServeProcess server = ServeProcess.start(command, serveLog)) {
            double ready = server.awaitAnswer(mix, start);
            add.accept(Figure.of("serve start to first answer", number(ready, 2) + " s", "< 3 s", ready < 3));
            QueryMix.Names names = QueryMix.busiest(endpoint);
            log.accept("lookups ask about " + names.entities() + " and " + names.relations());
            for (QueryMix.Query q : QueryMix.load(settings.queries(), names)) {
                double[] s;
                try {
                    s = mix.latencies(q, settings.repetitions());
                } catch (IOException e) {
                    add.accept(Figure.of("query " + q.name(), "error: " + e.getMessage(), "answers", false));
                    continue;
                }
                double p50 = QueryMix.percentile(s, 50);
                double p95 = QueryMix.percentile(s, 95);
                double limit = q.lookup() ? 0.1 : 2.0;
                add.accept(Figure.of("query " + q.name() + (q.lookup() ? " (lookup)" : " (whole graph)"),
                        "p50 " + number(p50 * 1000, 0) + " ms, p95 " + number(p95 * 1000, 0) + " ms",
                        "p95 < " + (q.lookup() ? "100 ms" : "2 s"), p95 < limit));
            }
        }
        // CoreNLP logs each annotator it loads; the server's log must hold none.
        boolean nlpLoaded = Files.readString(serveLog).contains("Adding annotator");
        add.accept(Figure.of("serve loads NLP models", nlpLoaded ? "yes" : "no", "no", !nlpLoaded));
    }

    /** Annotates the articles on this many threads, keeping nothing. */
    private Rate raw(List<Article> articles, int threads) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<Integer>> sentences = new ArrayList<>();
            for (Article a : articles) {
                sentences.add(pool.submit(() -> {
                    CoreDocument doc = nlp.annotate(a.text());
                    return doc.sentences().size();
                }));
            }
            int total = 0;
            for (Future<Integer> f : sentences) {
                try {
                    total += f.get();
                } catch (ExecutionException e) {
                    log.accept("raw CoreNLP failed on an article: " + e.getCause());
                }
            }
            return new Rate(total, seconds(start));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sentences in seconds, summed over runs. */
    private static final class Rate {
        private long sentences;
        private double seconds;

        Rate() {
        }

        Rate(long sentences, double seconds) {
            this.sentences = sentences;
            this.seconds = seconds;
        }

        Rate(IngestSummary s) {
            this(s.sentences(), s.seconds());
        }

        void add(Rate other) {
            sentences += other.sentences;
            seconds += other.seconds;
        }

        double rate() {
            return sentences / seconds;
        }

        String perSecond() {
            return number(rate(), 2) + " sentences/s";
        }
    }

    /** Ingests into a store, keeping annotations in the store's own cache. */
    private IngestSummary ingest(Path store, int threads, List<Path> corpus, Ingestion.Progress progress) {
        return ingest(store, store.resolve(NewsStore.ANNOTATIONS), threads, corpus, progress);
    }

    private IngestSummary ingest(Path store, Path annotations, int threads, List<Path> corpus,
                                 Ingestion.Progress progress) {
        ArticleProcessor processor = new ArticleProcessor(nlp, iris, linker, Curation.NONE)
                .withAnnotationCache(AnnotationCache.in(annotations, nlp));
        try (NewsStore s = NewsStore.open(store)) {
            return new Ingestion(s, processor, problem -> log.accept("skipped " + problem)).threads(threads)
                    .run(ArticleSource.of(corpus.stream().map(Path::toString).toList()), progress);
        }
    }

    /** The articles of a JSON Lines file, read as ingest reads them. */
    private List<Article> read(Path jsonl) {
        List<Article> articles = new ArrayList<>();
        ArticleSource.of(List.of(jsonl.toString())).forEach(r -> {
            if (r instanceof ReadResult.Read read) {
                articles.add(read.article());
            }
        });
        return articles;
    }

    /** The first n articles of the corpus in files of {@link #CHUNK} articles. */
    private List<Path> chunks(int n) throws IOException {
        List<Path> chunks = new ArrayList<>();
        for (int from = 0; from < n; from += CHUNK) {
            chunks.add(firstLines(from, Math.min(n, from + CHUNK),
                    settings.work().resolve("throughput-" + (chunks.size() + 1) + ".jsonl")));
        }
        return chunks;
    }

    /** The corpus's non-blank lines from index {@code from} (inclusive) to {@code to}, copied into a file. */
    private Path firstLines(int from, int to, Path out) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(settings.corpus(), StandardCharsets.UTF_8);
             BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            int index = 0;
            for (String line = in.readLine(); line != null && index < to; line = in.readLine()) {
                if (!line.isBlank()) {
                    if (index >= from) {
                        w.write(line);
                        w.newLine();
                    }
                    index++;
                }
            }
        }
        return out;
    }

    /** Bytes of the files under a folder, the annotation cache left out. */
    private static long folderBytes(Path dir) {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.toString().contains(NewsStore.ANNOTATIONS))
                    .mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
