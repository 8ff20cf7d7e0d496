package org.newsgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.rdf.Iris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Makes the store's IRIs resolvable: {@code GET BASE/entity/KEY} (also {@code article/}, {@code concept/},
 * {@code relation/}) answers with the resource's {@link ResourceDescription description} as HTML, or as Turtle,
 * JSON-LD or N-Triples when the Accept header prefers them. It answers 200 directly rather than 303 to a separate
 * document URL: one round trip, works with a plain {@code curl}, and {@code Vary: Accept} tells caches the
 * representation depends on the header. Unknown resources are 404, malformed paths 400.
 * <p>
 * The request path is mapped onto the configured base whatever host the request came to, so a store built
 * under the default base {@code http://localhost:3030/id/} is browsable at {@code /id/} on any port.
 */
final class ResourcePages extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(ResourcePages.class);
    private static final String HTML = "text/html";
    private static final AcceptList OFFERS = AcceptList.create(HTML, "application/xhtml+xml",
            "text/turtle", "application/ld+json", "application/n-triples");

    private final ResourceDescription descriptions;
    private final Iris iris;
    private final String basePath;

    ResourcePages(DatasetGraph dataset, String base) {
        this.descriptions = new ResourceDescription(dataset);
        this.iris = Iris.under(base);
        this.basePath = URI.create(base).getRawPath();
    }

    /**
     * The servlet path spec for IRIs under this base, such as {@code /id/*}; empty when they cannot be served
     * here: a base ending in '#' (the fragment never reaches a server), or whose path is the root or one of
     * Fuseki's own.
     */
    static Optional<String> pathSpec(String base) {
        String path = URI.create(base).getRawPath();
        if (!base.endsWith("/") || path == null || path.equals("/") || path.startsWith("/$/")
                || path.startsWith("/" + NewsServer.DATASET + "/")) {
            return Optional.empty();
        }
        return Optional.of(path + "*");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        Optional<Node> iri;
        try {
            iri = iriOf(req.getRequestURI());
        } catch (IllegalArgumentException e) {
            plain(resp, HttpServletResponse.SC_BAD_REQUEST, "Bad request: not a resource path.");
            return;
        }
        Optional<Graph> description = iri.flatMap(descriptions::describe);
        if (description.isEmpty()) {
            // The path is not echoed: nothing the client sent comes back, escaped or not.
            plain(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: the store has nothing about this resource.");
            return;
        }
        try {
            render(req, resp, iri.get(), description.get());
        } catch (RuntimeException e) {
            LOG.warn("cannot render {}", iri.get(), e);
            if (!resp.isCommitted()) {
                resp.reset();
                plain(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Internal error.");
            }
        }
    }

    /**
     * The stored IRI a request path stands for: the part after the base path is decoded and minted again with
     * {@link Iris}, so any spelling of the same key (lower-case hex, unencoded characters) finds the resource.
     */
    Optional<Node> iriOf(String rawPath) {
        if (rawPath == null || !rawPath.startsWith(basePath)) {
            return Optional.empty();
        }
        String rest = rawPath.substring(basePath.length());
        int slash = rest.indexOf('/');
        if (slash <= 0 || slash == rest.length() - 1 || rest.indexOf('/', slash + 1) >= 0) {
            return Optional.empty();
        }
        String encoded = rest.substring(slash + 1);
        return switch (rest.substring(0, slash)) {
            case "entity" -> Optional.of(iris.entity(Iris.key(encoded)));
            case "article" -> Optional.of(iris.article(Iris.id(encoded)));
            case "concept" -> Optional.of(iris.concept(Iris.key(encoded)));
            case "relation" -> Optional.of(iris.relation(Iris.key(encoded)));
            default -> Optional.empty();
        };
    }

    private void render(HttpServletRequest req, HttpServletResponse resp, Node iri, Graph g) throws IOException {
        String accept = req.getHeader("Accept");
        MediaType type = accept == null || accept.isBlank() ? null : AcceptList.match(new AcceptList(accept), OFFERS);
        String chosen = type == null ? HTML : type.getContentTypeStr();
        OutputStream out = resp.getOutputStream();
        switch (chosen) {
            case "text/turtle" -> {
                resp.setContentType("text/turtle; charset=utf-8");
                RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
            }
            case "application/ld+json" -> {
                resp.setContentType("application/ld+json");
                RDFDataMgr.write(out, g, Lang.JSONLD);
            }
            case "application/n-triples" -> {
                resp.setContentType("application/n-triples; charset=utf-8");
                RDFDataMgr.write(out, g, Lang.NTRIPLES);
            }
            default -> {
                resp.setContentType("text/html; charset=utf-8");
                out.write(new ResourceHtml(iris.base(), basePath).page(iri, g).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static void plain(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
