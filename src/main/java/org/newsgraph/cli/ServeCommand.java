package org.newsgraph.cli;

import org.newsgraph.pipeline.IngestSummary;
import org.newsgraph.serve.NewsServer;
import org.newsgraph.serve.ServerOptions;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

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
                        + "/newsgraph/data accept writes with HTTP basic auth from the users in FILE (read once, "
                        + "at start). Fuseki's UI and admin services are not served; /$/ping answers.",
                "Queries are cancelled after --timeout seconds and answered with at most --max-results results; "
                        + "a capped answer carries the header Newsgraph-Max-Results.",
                "Without --ingest no NLP model is loaded and the server is up in seconds."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--localhost",
            description = "Listen on the loopback interface (localhost) only: no other machine can connect.")
    boolean localhost;

    @Option(names = "--ingest", arity = "1..*", paramLabel = "PATH",
            description = "Ingest these files or folders before serving.")
    List<String> ingest;

    @Mixin
    IngestOptions ingestOptions;

    @Option(names = "--allow-update", description = "Open the update endpoints (needs --password-file).")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Users allowed to update, one 'user: password' per line (Jetty's format).")
    Path passwordFile;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Cancel queries running longer than this (default: ${DEFAULT-VALUE}).")
    double timeout;

    @Option(names = "--max-results", paramLabel = "N", defaultValue = "100000",
            description = "Answer a query with at most N results: rows of a SELECT, triples of a CONSTRUCT or "
                    + "DESCRIBE (default: ${DEFAULT-VALUE}).")
    long maxResults;

    @Spec
    CommandSpec spec;

    /** The server's options as the command line gives them; a usage error when they do not go together. */
    ServerOptions options() {
        try {
            ServerOptions options = ServerOptions.readOnly(port).withLocalhost(localhost).withTimeout(timeout)
                    .withMaxResults(maxResults).withBase(ingestOptions.processing.base);
            return allowUpdate ? options.withUpdates(passwordFile) : options;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Override
    public Integer call() {
        ServerOptions options = options();
        try (NewsStore s = store.open()) {
            int status = 0;
            if (ingest != null && !ingest.isEmpty()) {
                IngestSummary summary = IngestCommand.ingest(s, ingest, ingestOptions);
                System.err.println("newsgraph: ingested " + summary.line());
                status = summary.failures() == 0 ? 0 : Newsgraph.SOME_FAILED;
            }
            try (NewsServer server = NewsServer.start(s.dataset().asDatasetGraph(), options)) {
                System.err.println("newsgraph: serving " + s.dir() + " at " + server.url()
                        + " (SPARQL: " + server.sparqlUrl() + ")" + (localhost ? ", to this machine only" : "")
                        + "; Ctrl-C stops");
                server.join();
            }
            return status;
        }
    }
}
