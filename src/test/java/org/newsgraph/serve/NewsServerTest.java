package org.newsgraph.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.NewsStore;
import org.newsgraph.support.Sparql;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server over real HTTP: read-only by default, writes (SPARQL Update and Graph Store) only with basic auth from
 * a password file read once, none of Fuseki's admin services, the loopback option, CORS, and the index page.
 */
class NewsServerTest {

    private static final String INSERT = "INSERT DATA { GRAPH <urn:test:g> { <urn:test:s> <urn:test:p> \"written\" } }";
    private static final String ASK = "ASK { <urn:test:s> <urn:test:p> \"written\" }";
    private static final String TURTLE = "<urn:test:s> <urn:test:p> \"put\" .";
    private static final String ASK_PUT = "ASK { GRAPH <urn:test:put> { <urn:test:s> <urn:test:p> \"put\" } }";
    private static final String GRAPH = "?graph=" + URLEncoder.encode("urn:test:put", StandardCharsets.UTF_8);

    private final HttpClient http = HttpClient.newHttpClient();

    /** A request with a body, with basic auth when a user is given. */
    private HttpResponse<String> send(String method, String url, String contentType, String body, String user,
                                      String password) throws IOException, InterruptedException {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            req.header("Authorization", "Basic " + token);
        }
        // A new client, so a new connection, each time: Fuseki refuses some writes without reading their body and
        // then drops the connection, which a pooled connection would only find out on the next request.
        return HttpClient.newHttpClient().send(req.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> update(String url, String user, String password)
            throws IOException, InterruptedException {
        return send("POST", url, "application/sparql-update", INSERT, user, password);
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertStatus(Set<Integer> expected, HttpResponse<String> resp, String what) {
        assertTrue(expected.contains(resp.statusCode()), what + " answered " + resp.statusCode() + ": " + resp.body());
    }

    @Test
    void isReadOnlyByDefault(@TempDir Path dir) throws Exception {
        try (NewsStore store = NewsStore.open(dir.resolve("db"));
             NewsServer server = NewsServer.start(store.dataset().asDatasetGraph(), ServerOptions.readOnly(0))) {
            String base = server.url() + NewsServer.DATASET;
            Set<Integer> absent = Set.of(404, 405);
            // The dataset's own URL has no endpoint of its own: Fuseki says so with a 400.
            Set<Integer> refused = Set.of(400, 404, 405);
            assertStatus(absent, update(base + "/update", null, null), "update");
            for (String method : List.of("PUT", "POST")) {
                assertStatus(absent, send(method, base + "/data" + GRAPH, "text/turtle", TURTLE, null, null),
                        method + " on the Graph Store write endpoint");
                assertStatus(refused, send(method, base + GRAPH, "text/turtle", TURTLE, null, null),
                        method + " on the dataset");
                assertStatus(refused, send(method, base + "/get" + GRAPH, "text/turtle", TURTLE, null, null),
                        method + " on the Graph Store read endpoint");
            }
            assertStatus(refused, update(base, null, null), "update on the dataset");
            HttpResponse<String> viaQuery = update(base + "/sparql", null, null);
            assertTrue(viaQuery.statusCode() >= 400 && viaQuery.statusCode() < 500,
                    "update through the query endpoint answered " + viaQuery.statusCode());
            assertFalse(Sparql.ask(server.sparqlUrl(), ASK));
            assertFalse(Sparql.ask(server.sparqlUrl(), ASK_PUT));
        }
    }

    @Test
    void updatesAndGraphStoreWritesNeedTheRightPassword(@TempDir Path dir) throws Exception {
        Path passwords = Files.writeString(dir.resolve("passwd"), "editor: s3cret\n");
        try (NewsStore store = NewsStore.open(dir.resolve("db"));
             NewsServer server = NewsServer.start(store.dataset().asDatasetGraph(),
                     ServerOptions.readOnly(0).withUpdates(passwords))) {
            String update = server.url() + "newsgraph/update";
            assertEquals(401, update(update, null, null).statusCode());
            assertEquals(401, update(update, "editor", "wrong").statusCode());
            assertEquals(401, update(update, "stranger", "s3cret").statusCode());
            assertFalse(Sparql.ask(server.sparqlUrl(), ASK));
            assertStatus(Set.of(200, 204), update(update, "editor", "s3cret"), "authorised update");
            assertTrue(Sparql.ask(server.sparqlUrl(), ASK), "the union default graph shows the written triple");

            String data = server.url() + "newsgraph/data" + GRAPH;
            for (String method : List.of("PUT", "POST")) {
                assertEquals(401, send(method, data, "text/turtle", TURTLE, null, null).statusCode(), method);
                assertEquals(401, send(method, data, "text/turtle", TURTLE, "editor", "wrong").statusCode(), method);
                assertEquals(401, send(method, data, "text/turtle", TURTLE, "stranger", "x").statusCode(), method);
            }
            assertFalse(Sparql.ask(server.sparqlUrl(), ASK_PUT), "no refused write went through");
            assertStatus(Set.of(200, 201, 204), send("PUT", data, "text/turtle", TURTLE, "editor", "s3cret"),
                    "authorised PUT");
            assertTrue(Sparql.ask(server.sparqlUrl(), ASK_PUT), "the PUT graph is visible to queries");
            assertStatus(Set.of(200, 201, 204), send("POST", data, "text/turtle",
                    "<urn:test:s> <urn:test:p> \"posted\" .", "editor", "s3cret"), "authorised POST");
            assertTrue(Sparql.ask(server.sparqlUrl(),
                    "ASK { GRAPH <urn:test:put> { <urn:test:s> <urn:test:p> \"put\", \"posted\" } }"));
            assertEquals(200, get(server.sparqlUrl() + "?query=" + URLEncoder.encode(ASK, StandardCharsets.UTF_8))
                    .statusCode(), "queries still need no password");
        }
    }

    @Test
    void refusesWritesThatAPageOfAnotherOriginSends(@TempDir Path dir) throws Exception {
        Path passwords = Files.writeString(dir.resolve("passwd"), "editor: s3cret\n");
        try (NewsStore store = NewsStore.open(dir.resolve("db"));
             NewsServer server = NewsServer.start(store.dataset().asDatasetGraph(),
                     ServerOptions.readOnly(0).withUpdates(passwords))) {
            String update = server.url() + "newsgraph/update";
            String data = server.url() + "newsgraph/data" + GRAPH;
            // What a form on another site submits with the editor's browser, which knows the password.
            String form = "update=" + URLEncoder.encode(INSERT, StandardCharsets.UTF_8);
            for (String origin : List.of("http://elsewhere.example", "null", "http://localhost:1")) {
                assertEquals(403, withOrigin("POST", update, "application/x-www-form-urlencoded", form, origin)
                        .statusCode(), origin);
                assertEquals(403, withOrigin("PUT", data, "text/turtle", TURTLE, origin).statusCode(), origin);
            }
            assertFalse(Sparql.ask(server.sparqlUrl(), ASK));
            assertFalse(Sparql.ask(server.sparqlUrl(), ASK_PUT));
            String self = server.url().substring(0, server.url().length() - 1);
            assertStatus(Set.of(200, 204), withOrigin("POST", update, "application/x-www-form-urlencoded", form,
                    self), "a write from the server's own pages");
            assertTrue(Sparql.ask(server.sparqlUrl(), ASK));
        }
    }

    private HttpResponse<String> withOrigin(String method, String url, String contentType, String body,
                                            String origin) throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString("editor:s3cret".getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", contentType).header("Authorization", "Basic " + token)
                .header("Origin", origin).method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readsThePasswordFileOnceAndWatchesNothing(@TempDir Path dir) throws Exception {
        Path passwords = Files.writeString(dir.resolve("passwd"), "# writers\neditor: s3cret\n");
        try (NewsStore store = NewsStore.open(dir.resolve("db"));
             NewsServer server = NewsServer.start(store.dataset().asDatasetGraph(),
                     ServerOptions.readOnly(0).withUpdates(passwords))) {
            // Jetty names the thread of a Scanner, which Fuseki's passwordFile(...) starts to re-read the file.
            Optional<String> watcher = Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                    .filter(n -> n.startsWith("Scanner")).findFirst();
            assertEquals(Optional.empty(), watcher, "a thread watches a file");
            Files.delete(passwords);
            assertStatus(Set.of(200, 204), update(server.url() + "newsgraph/update", "editor", "s3cret"),
                    "update after the file was deleted");
        }
    }

    @Test
    void refusesAPasswordFileWithNobodyInIt(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("passwd"), "# nobody yet\n");
        try (NewsStore store = NewsStore.open(dir.resolve("db"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NewsServer.start(
                    store.dataset().asDatasetGraph(), ServerOptions.readOnly(0).withUpdates(empty)));
            assertTrue(e.getMessage().contains("passwd"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> NewsServer.start(store.dataset().asDatasetGraph(),
                    ServerOptions.readOnly(0).withUpdates(dir.resolve("missing"))));
        }
    }

    @Test
    void servesNoneOfFusekisAdminServicesButAHarmlessPing(@TempDir Path dir) throws Exception {
        Path passwords = Files.writeString(dir.resolve("passwd"), "editor: s3cret\n");
        try (NewsStore store = NewsStore.open(dir.resolve("db"));
             NewsServer server = NewsServer.start(store.dataset().asDatasetGraph(),
                     ServerOptions.readOnly(0).withUpdates(passwords))) {
            for (String admin : List.of("$/server", "$/status", "$/datasets", "$/datasets/newsgraph", "$/stats",
                    "$/stats/newsgraph", "$/metrics", "$/compact/newsgraph", "$/backup/newsgraph", "$/backups",
                    "$/backups-list", "$/tasks", "$/reload", "$/sleep", "$/logs", "$/app")) {
                assertEquals(404, get(server.url() + admin).statusCode(), "GET " + admin);
                assertEquals(404, send("POST", server.url() + admin, "text/plain", "", null, null).statusCode(),
                        "POST " + admin);
                // With a valid password too: a writer is not an administrator.
                assertEquals(404, send("POST", server.url() + admin, "text/plain", "", "editor", "s3cret")
                        .statusCode(), "POST " + admin + " as a writer");
            }
            HttpResponse<String> ping = get(server.url() + "$/ping");
            assertEquals(200, ping.statusCode());
            assertTrue(ping.body().strip().length() < 64, "a time stamp, no more: " + ping.body());
            assertFalse(ping.body().contains("Fuseki") || ping.body().contains("Jena"), ping.body());
            assertTrue(ping.headers().firstValue("Server").isEmpty(), "no Server header naming the software");
        }
    }

    @Test
    void localhostListensOnTheLoopbackInterfaceOnly(@TempDir Path dir) throws Exception {
        try (NewsStore store = NewsStore.open(dir.resolve("db"))) {
            Optional<InetAddress> lan = nonLoopbackAddress();
            try (NewsServer open = NewsServer.start(store.dataset().asDatasetGraph(), ServerOptions.readOnly(0))) {
                assertTrue(open.address().isAnyLocalAddress(), "by default every interface: " + open.address());
                if (lan.isPresent()) {
                    connect(lan.get(), open.port());
                }
            }
            try (NewsServer local = NewsServer.start(store.dataset().asDatasetGraph(),
                    ServerOptions.readOnly(0).withLocalhost(true))) {
                assertTrue(local.address().isLoopbackAddress(), "loopback only: " + local.address());
                assertTrue(Sparql.ask(local.sparqlUrl(), "ASK {}"), "answers at its URL");
                if (lan.isPresent()) {
                    assertThrows(ConnectException.class, () -> connect(lan.get(), local.port()),
                            "connected through " + lan.get());
                }
            }
        }
    }

    /** An IPv4 address of this machine that is not a loopback address, if it has one. */
    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        return NetworkInterface.networkInterfaces().filter(i -> {
            try {
                return i.isUp() && !i.isLoopback();
            } catch (IOException e) {
                return false;
            }
        }).flatMap(NetworkInterface::inetAddresses).filter(a -> a instanceof Inet4Address).findFirst();
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, port), 5000);
        }
    }

    @Test
    void servesAnIndexPageAndAllowsCrossOriginQueries(@TempDir Path dir) throws Exception {
        try (NewsStore store = NewsStore.open(dir.resolve("db"));
             NewsServer server = NewsServer.start(store.dataset().asDatasetGraph(), ServerOptions.readOnly(0))) {
            HttpResponse<String> index = get(server.url());
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
