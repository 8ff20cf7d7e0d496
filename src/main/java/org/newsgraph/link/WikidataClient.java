package org.newsgraph.link;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Asks a SPARQL endpoint shaped like Wikidata's which item each English Wikipedia page is about, and the item's
 * GeoNames ID (P1566), many pages per query. The query follows how Wikidata stores sitelinks:
 * {@code <https://en.wikipedia.org/wiki/T> schema:about wd:Q… ; schema:isPartOf <https://en.wikipedia.org/>},
 * with {@code schema:} being {@code http://schema.org/} there.
 */
public final class WikidataClient {

    /** Wikidata's public SPARQL endpoint. */
    public static final String DEFAULT_ENDPOINT = "https://query.wikidata.org/sparql";

    private final String endpoint;
    private final Duration timeout;
    private final String userAgent;
    private final HttpClient http;

    /**
     * @param endpoint  the SPARQL endpoint's URL
     * @param timeout   how long to wait for a connection and then for an answer
     * @param userAgent the User-Agent header; Wikidata refuses generic ones (see {@link #userAgent(String)})
     */
    public WikidataClient(String endpoint, Duration timeout, String userAgent) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /**
     * A User-Agent as Wikimedia's policy asks: tool name and version, a way to reach whoever runs it, library.
     *
     * @param version newsgraph's version
     * @param contact an e-mail address or URL of the person running the tool, or null
     */
    public static String userAgent(String version, String contact) {
        String reach = contact == null || contact.isBlank() ? "https://w3id.org/newsgraph"
                : "https://w3id.org/newsgraph; " + contact.strip();
        return "newsgraph/" + version + " (" + reach + ") " + ARQ.NAME.replace(' ', '-') + "/" + ARQ.VERSION;
    }

    /** The SPARQL endpoint's URL. */
    public String endpoint() {
        return endpoint;
    }

    /**
     * The items of those of these pages Wikidata has one for, in one request.
     *
     * @param pages English Wikipedia page IRIs in Wikidata's encoding ({@link Sitelinks#iri})
     * @throws WikidataException when the endpoint cannot be reached, refuses or answers something unreadable
     */
    public List<WikidataItem> lookup(Collection<String> pages) {
        if (pages.isEmpty()) {
            return List.of();
        }
        Map<String, String> itemOf = new LinkedHashMap<>();
        Map<String, Set<String>> geonamesOf = new LinkedHashMap<>();
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(endpoint)
                .httpClient(http)
                .httpHeader("User-Agent", userAgent)
                // A short query goes as a GET (Wikidata caches those); a long batch as an HTML form POST, which
                // Wikidata's query service documents, rather than a bare application/sparql-query body.
                .sendMode(QuerySendMode.asGetWithLimitForm)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .query(query(pages))
                .build()) {
            ResultSet rows = qe.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                RDFNode page = row.get("article");
                RDFNode item = row.get("item");
                // Wikidata's sitelinks are about items; anything else is not ours to link.
                if (page == null || !page.isURIResource() || item == null || !item.isURIResource()
                        || !item.asResource().getURI().startsWith(WikidataItem.WD + "Q")) {
                    continue;
                }
                String p = page.asResource().getURI();
                itemOf.putIfAbsent(p, item.asResource().getURI());
                Set<String> geonames = geonamesOf.computeIfAbsent(p, k -> new TreeSet<>());
                RDFNode g = row.get("geonames");
                if (g != null && g.isLiteral()) {
                    geonames.add(g.asLiteral().getLexicalForm());
                }
            }
        } catch (JenaException | HttpException e) {
            throw new WikidataException("cannot query the Wikidata endpoint " + endpoint + ": " + reason(e), e);
        }
        List<WikidataItem> out = new ArrayList<>();
        itemOf.forEach((page, item) -> out.add(new WikidataItem(page, item, geonamesOf.get(page))));
        return out;
    }

    /** The SELECT for a batch of pages, with every prefix declared so any SPARQL 1.1 endpoint can run it. */
    static Query query(Collection<String> pages) {
        StringBuilder values = new StringBuilder();
        for (String page : pages) {
            values.append("    ").append(NodeFmtLib.strNT(NodeFactory.createURI(page))).append('\n');
        }
        return QueryFactory.create("""
                PREFIX schema: <http://schema.org/>
                PREFIX wdt: <%s>
                SELECT ?article ?item ?geonames WHERE {
                  VALUES ?article {
                %s  }
                  ?article schema:about ?item ; schema:isPartOf <%s> .
                  OPTIONAL { ?item wdt:P1566 ?geonames }
                }
                """.formatted(WikidataItem.WDT, values, Sitelinks.ENWIKI));
    }

    /** What went wrong, in a few words: the HTTP status, or the network failure under Jena's wrapping. */
    private String reason(RuntimeException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof HttpTimeoutException) {
                return "no answer within " + timeout.toSeconds() + " s";
            }
            if (c instanceof ConnectException) {
                return "cannot connect" + (c.getMessage() == null ? "" : " (" + c.getMessage() + ")");
            }
            if (c instanceof UnknownHostException) {
                return "unknown host " + c.getMessage();
            }
        }
        int status = e instanceof QueryExceptionHTTP q ? q.getStatusCode()
                : e instanceof HttpException h ? h.getStatusCode() : -1;
        if (status == 429) {
            return "HTTP 429, too many requests: wait a minute and run again (pages answered so far are kept)";
        }
        if (status == 403) {
            return "HTTP 403, refused (Wikidata refuses requests whose User-Agent does not say who runs them: "
                    + "try --contact)";
        }
        if (status > 0) {
            return "HTTP " + status;
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
