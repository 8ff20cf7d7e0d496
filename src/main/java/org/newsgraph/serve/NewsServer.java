package org.newsgraph.serve;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Objects;

/**
 * An embedded Fuseki serving one dataset at {@code /newsgraph}: SPARQL query at {@code sparql} and {@code query},
 * Graph Store Protocol read at {@code get}, and, only when asked for and behind HTTP basic auth, SPARQL Update at
 * {@code update} and Graph Store write at {@code data}. The page at {@code /} says what is where, and the
 * base IRI's path (by default {@code /id/}) answers for the store's IRIs, see {@link ResourcePages}, and
 * {@code /graph} draws the entity graph in the browser from the SPARQL endpoint.
 */
public final class NewsServer implements AutoCloseable {

    /** The dataset's name in URLs. */
    public static final String DATASET = "newsgraph";

    /** The path of the interactive graph page. */
    public static final String GRAPH_PAGE = "/graph";

    private final FusekiServer fuseki;

    private NewsServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    /** Starts serving the dataset; returns once the server is listening. */
    public static NewsServer start(DatasetGraph dataset, ServerOptions options) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(options, "options");
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(Math.round(options.queryTimeoutSeconds() * 1000)));
        DataService.Builder service = DataService.newBuilder(dataset)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get");
        FusekiServer.Builder builder = FusekiServer.create()
                .port(options.port())
                .enableCors(true, null)
                .enablePing(true);
        if (options.allowUpdate()) {
            AuthPolicy writers = Auth.policyAllowSpecific(users(options));
            service.addEndpoint(Operation.Update, "update", writers)
                    .addEndpoint(Operation.GSP_RW, "data", writers);
            builder.passwordFile(options.passwordFile().toString()).auth(AuthScheme.BASIC);
        }
        builder.add(DATASET, service.build());
        IndexPage index = new IndexPage(options.allowUpdate());
        builder.addServlet("", index);
        builder.addServlet("/index.html", index);
        // The interactive graph: a static page and script that read the SPARQL endpoint, and Cytoscape.js.
        builder.addServlet(GRAPH_PAGE, new ClasspathFile("/org/newsgraph/serve/graph.html", "text/html; charset=utf-8"));
        builder.addServlet(GRAPH_PAGE + ".js",
                new ClasspathFile("/org/newsgraph/serve/graph.js", "text/javascript; charset=utf-8"));
        builder.addServlet(WebJars.PATH_SPEC, new WebJars());
        ResourcePages.pathSpec(options.base()).ifPresent(path ->
                builder.addServlet(path, new ResourcePages(dataset, options.base())));
        FusekiServer server = builder.build();
        server.start();
        return new NewsServer(server);
    }

    private static List<String> users(ServerOptions options) {
        try {
            List<String> users = Files.readAllLines(options.passwordFile()).stream()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#") && l.contains(":"))
                    .map(l -> l.substring(0, l.indexOf(':')).strip())
                    .toList();
            if (users.isEmpty()) {
                throw new IllegalArgumentException("no 'user: password' line in " + options.passwordFile());
            }
            return users;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read password file " + options.passwordFile()
                    + ": " + e.getMessage(), e);
        }
    }

    /** The port it listens on. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The server's root URL, such as {@code http://localhost:3030/}. */
    public String url() {
        return "http://localhost:" + port() + "/";
    }

    /** The SPARQL query endpoint's URL. */
    public String sparqlUrl() {
        return url() + DATASET + "/sparql";
    }

    /** The interactive graph page's URL. */
    public String graphUrl() {
        return url() + GRAPH_PAGE.substring(1);
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
