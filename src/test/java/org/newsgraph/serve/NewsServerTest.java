package org.newsgraph.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.NewsStore;
import org.newsgraph.support.Sparql;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server over real HTTP: read-only by default, writes only with basic auth, CORS, and the index page.
 */
class NewsServerTest {

    private static final String INSERT = "INSERT DATA { GRAPH <urn:test:g> { <urn:test:s> <urn:test:p> \"written\" } }";
    private static final String ASK = "ASK { <urn:test:s> <urn:test:p> \"written\" }";

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(String url, String update, String user, String password)
            throws IOException, InterruptedException {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update));
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            req.header("Authorization", "Basic " + token);
        }
        return http.send(req.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void isReadOnlyByDefault(@TempDir Path dir) throws Exception {
        try (NewsStore store = NewsStore.open(dir.resolve("db"));
             NewsServer server = NewsServer.start(store.dataset().asDatasetGraph(), ServerOptions.readOnly(0))) {
            int status = post(server.url() + "newsgraph/update", INSERT, null, null).statusCode();
            assertTrue(status >= 400 && status < 500, "update answered " + status);
            int viaQuery = post(server.url() + "newsgraph/sparql", INSERT, null, null).statusCode();
            assertTrue(viaQuery >= 400 && viaQuery < 500, "update through the query endpoint answered " + viaQuery);
            assertFalse(Sparql.ask(server.sparqlUrl(), ASK));
        }
    }

    @Test
    void updatesNeedTheRightPassword(@TempDir Path dir) throws Exception {
        Path passwords = Files.writeString(dir.resolve("passwd"), "editor: s3cret\n");
        ServerOptions options = new ServerOptions(0, true, passwords, 30);
        try (NewsStore store = NewsStore.open(dir.resolve("db"));
             NewsServer server = NewsServer.start(store.dataset().asDatasetGraph(), options)) {
            String update = server.url() + "newsgraph/update";
            assertEquals(401, post(update, INSERT, null, null).statusCode());
            assertEquals(401, post(update, INSERT, "editor", "wrong").statusCode());
            assertFalse(Sparql.ask(server.sparqlUrl(), ASK));
            int ok = post(update, INSERT, "editor", "s3cret").statusCode();
            assertTrue(ok == 200 || ok == 204, "authorised update answered " + ok);
            assertTrue(Sparql.ask(server.sparqlUrl(), ASK), "the union default graph shows the written triple");
        }
    }

    @Test
    void servesAnIndexPageAndAllowsCrossOriginQueries(@TempDir Path dir) throws Exception {
        try (NewsStore store = NewsStore.open(dir.resolve("db"));
             NewsServer server = NewsServer.start(store.dataset().asDatasetGraph(), ServerOptions.readOnly(0))) {
            HttpResponse<String> index = http.send(HttpRequest.newBuilder(URI.create(server.url())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, index.statusCode());
            assertTrue(index.body().contains("/newsgraph/sparql"), index.body());
            assertTrue(index.body().contains("who-did-what-to-whom.rq"), "links the example queries");

            String query = URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
            HttpResponse<String> cors = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=" + query))
                    .header("Origin", "http://elsewhere.example").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, cors.statusCode());
            assertTrue(cors.headers().firstValue("Access-Control-Allow-Origin").isPresent(), cors.headers().toString());
        }
    }
}
