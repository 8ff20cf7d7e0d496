package org.newsgraph.support;

import org.newsgraph.annotate.NlpPipeline;
import org.newsgraph.canon.Curation;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.link.Linker;
import org.newsgraph.link.WikiDicts;
import org.newsgraph.pipeline.ArticleProcessor;
import org.newsgraph.pipeline.IngestSummary;
import org.newsgraph.pipeline.Ingestion;
import org.newsgraph.rdf.Iris;
import org.newsgraph.serve.NewsServer;
import org.newsgraph.serve.ServerOptions;
import org.newsgraph.store.NewsStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The graph of the two example articles in {@code examples/}, in a real TDB2 store served by a real Fuseki on a
 * free port. Built once per test JVM, since the NLP costs tens of seconds, and shared read-only by the tests.
 */
public final class ExampleGraph {

    private static ExampleGraph instance;

    private final NewsStore store;
    private final NewsServer server;
    private final IngestSummary summary;

    private ExampleGraph(NewsStore store, NewsServer server, IngestSummary summary) {
        this.store = store;
        this.server = server;
        this.summary = summary;
    }

    /** The shared example graph, built on first use. */
    public static synchronized ExampleGraph get() {
        if (instance == null) {
            try {
                Path dir = Files.createTempDirectory("newsgraph-examples");
                NewsStore store = NewsStore.open(dir.resolve("db"));
                IngestSummary summary = new Ingestion(store, processor(), p -> {
                    throw new AssertionError("example article failed: " + p);
                }).run(ArticleSource.of(List.of("examples")), Ingestion.Progress.NONE);
                NewsServer server = NewsServer.start(store.dataset().asDatasetGraph(), ServerOptions.readOnly(0));
                instance = new ExampleGraph(store, server, summary);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    store.close();
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /**
     * An article processor on the shared pipeline with the default base IRI, linking entities through the
     * Wikipedia dictionary index kept in {@code target/wikidict-cache} (built there by the first test run).
     */
    public static ArticleProcessor processor() {
        return processor(Curation.NONE);
    }

    /** The examples' processor following a curation. */
    public static ArticleProcessor processor(Curation curation) {
        try {
            return new ArticleProcessor(NlpPipeline.shared(), Iris.standard(),
                    new Linker(WikiDicts.shared(Path.of("target", "wikidict-cache"))), curation);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public NewsStore store() {
        return store;
    }

    public NewsServer server() {
        return server;
    }

    public IngestSummary summary() {
        return summary;
    }
}
