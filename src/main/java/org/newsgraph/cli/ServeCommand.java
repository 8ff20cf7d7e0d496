package org.newsgraph.cli;

import org.newsgraph.pipeline.IngestSummary;
import org.newsgraph.serve.NewsServer;
import org.newsgraph.serve.ServerOptions;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code newsgraph serve}: a SPARQL endpoint over the store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store with an embedded Apache Jena Fuseki.",
                "Endpoints: /newsgraph/sparql (SPARQL query, GET and POST), /newsgraph/get (Graph Store "
                        + "Protocol, read); the default graph is the union of all article graphs. "
                        + "/ is a page listing the endpoints and example queries.",
                "The IRIs under --base resolve: GET on an entity's or article's IRI (served under the base's "
                        + "path, /id/ by default) returns its description, as HTML or, by the Accept header, "
                        + "Turtle, JSON-LD or N-Triples.",
                "Read-only unless --allow-update --password-file FILE: then /newsgraph/update and "
                        + "/newsgraph/data accept writes with HTTP basic auth.",
                "Without --ingest no NLP model is loaded and the server is up in seconds."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--ingest", arity = "1..*", paramLabel = "PATH",
            description = "Ingest these files or folders before serving.")
    List<String> ingest;

    @Mixin
    IngestOptions ingestOptions;

    @Option(names = "--allow-update", description = "Open the update endpoints (needs --password-file).")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Users allowed to update, one 'user: password' per line.")
    Path passwordFile;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Cancel queries running longer than this (default: ${DEFAULT-VALUE}).")
    double timeout;

    @Override
    public Integer call() {
        ServerOptions options = new ServerOptions(port, allowUpdate, passwordFile, timeout, ingestOptions.base);
        try (NewsStore s = store.open()) {
            int status = 0;
            if (ingest != null && !ingest.isEmpty()) {
                IngestSummary summary = IngestCommand.ingest(s, ingest, ingestOptions);
                System.err.println("newsgraph: ingested " + summary.line());
                status = summary.failures() == 0 ? 0 : Newsgraph.SOME_FAILED;
            }
            try (NewsServer server = NewsServer.start(s.dataset().asDatasetGraph(), options)) {
                System.err.println("newsgraph: serving " + s.dir() + " at " + server.url()
                        + " (SPARQL: " + server.sparqlUrl() + "); Ctrl-C stops");
                server.join();
            }
            return status;
        }
    }
}
