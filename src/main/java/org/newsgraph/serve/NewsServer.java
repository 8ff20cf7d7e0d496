package org.newsgraph.serve;

import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An embedded Fuseki serving one dataset at {@code /newsgraph}: SPARQL query at {@code sparql} and {@code query},
 * Graph Store Protocol read at {@code get}, and, only when asked for and behind HTTP basic auth, SPARQL Update at
 * {@code update} and Graph Store write at {@code data}. The page at {@code /} says what is where, and the
 * base IRI's path (by default {@code /id/}) answers for the store's IRIs, see {@link ResourcePages}, and
 * {@code /graph} draws the entity graph in the browser from the SPARQL endpoint.
 * <p>
 * Queries are cancelled after the options' timeout and answered with at most their result limit
 * ({@link ResultLimit}); Fuseki's UI and admin services are not served, {@code /$/ping} aside.
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
        // Only the endpoints and pages named here are served. Of Fuseki's /$/ services only the ping: stats,
        // metrics, compact and tasks are off unless enabled, and the admin and UI modules that jena-fuseki-main
        // ships are only added by Fuseki's own server command, never by create().
        FusekiServer.Builder builder = FusekiServer.create()
                .port(options.port())
                .loopback(options.localhost())
                .enableCors(true, null)
                .enablePing(true)
                .addFilter("/*", new SafetyHeaders())
                .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery,
                        new ResultLimit(options.maxResults()));
        if (options.allowUpdate()) {
            openWrites(service, builder, options.passwordFile());
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

    /**
     * Opens SPARQL Update at {@code update} and Graph Store write at {@code data} to the users of the password file,
     * with basic auth, and only to requests from no web page or from this server's own.
     */
    private static void openWrites(DataService.Builder service, FusekiServer.Builder builder, Path passwordFile) {
        Writers writers = Writers.load(passwordFile);
        AuthPolicy allowed = Auth.policyAllowSpecific(writers.names());
        service.addEndpoint(Operation.Update, "update", allowed)
                .addEndpoint(Operation.GSP_RW, "data", allowed);
        builder.securityHandler(writers.securityHandler());
        SameOriginWrites sameOrigin = new SameOriginWrites();
        builder.addFilter("/" + DATASET + "/update/*", sameOrigin)
                .addFilter("/" + DATASET + "/data/*", sameOrigin);
    }

    /** The port it listens on. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /**
     * The address it listens on, as the operating system bound it: the wildcard address (every interface), or
     * with {@link ServerOptions#localhost()} a loopback address.
     */
    public InetAddress address() {
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector connector
                    && connector.getTransport() instanceof ServerSocketChannel channel) {
                try {
                    return ((InetSocketAddress) channel.getLocalAddress()).getAddress();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("the server has no open network connector");
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
