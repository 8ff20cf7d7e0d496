package org.newsgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The page at {@code /}: what the endpoints are and links that run the example queries shipped in the jar.
 */
final class IndexPage extends HttpServlet {

    private static final List<String> EXAMPLES = List.of(
            "who-did-what-to-whom.rq", "most-connected-entities.rq", "facts-about-entity.rq",
            "entity-aliases.rq", "facts-per-article.rq");

    private final boolean updates;

    IndexPage(boolean updates) {
        this.updates = updates;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>newsgraph</title>")
                .append("<style>body{font-family:sans-serif;max-width:50em;margin:2em auto;line-height:1.5}")
                .append("code{background:#f4f4f4;padding:0 .2em}</style></head><body>")
                .append("<h1>newsgraph</h1><p>A knowledge graph of news articles: who did what to whom, ")
                .append("with the sentence and article each fact came from.</p>")
                .append("<p><a href=\"/graph\">Explore the graph</a> in the browser.</p><h2>Endpoints</h2><ul>")
                .append("<li>SPARQL query (GET or POST): <code>/newsgraph/sparql</code> (also <code>/newsgraph/query</code>)")
                .append("; the default graph is the union of all article graphs</li>")
                .append("<li>Graph Store Protocol, read: <code>/newsgraph/get?graph=IRI</code></li>");
        if (updates) {
            html.append("<li>SPARQL Update (HTTP basic auth): <code>/newsgraph/update</code></li>")
                    .append("<li>Graph Store Protocol, write (HTTP basic auth): <code>/newsgraph/data</code></li>");
        } else {
            html.append("<li>Updates are off: this server is read-only.</li>");
        }
        html.append("<li>Health: <code>/$/ping</code></li></ul><h2>Example queries</h2><ul>");
        for (String name : EXAMPLES) {
            String query = example(name);
            if (query != null) {
                html.append("<li><a href=\"/newsgraph/sparql?query=")
                        .append(URLEncoder.encode(query, StandardCharsets.UTF_8))
                        .append("\">").append(name).append("</a>: ").append(escape(firstComment(query)))
                        .append("</li>");
            }
        }
        html.append("</ul><p>More in the project's <code>queries/</code> folder.</p></body></html>");
        resp.setContentType("text/html; charset=utf-8");
        resp.getOutputStream().write(html.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String example(String name) throws IOException {
        try (InputStream in = IndexPage.class.getResourceAsStream("/queries/" + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String firstComment(String query) {
        return query.lines().filter(l -> l.startsWith("#")).map(l -> l.replaceFirst("^#+\\s*", ""))
                .findFirst().orElse("");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
