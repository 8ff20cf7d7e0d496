package org.newsgraph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged thin jar, run as the README runs it: its manifest class path finds target/lib, and serve without
 * --ingest starts quickly because it loads no NLP model.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "newsgraph.jar");

    private static Process start(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    @Test
    void helpRunsFromTheJar() throws Exception {
        Process p = start("--help");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("Usage: newsgraph"), out);
    }

    @Test
    void serveAnswersSparqlWithinSecondsWithoutNlp(@TempDir Path dir) throws Exception {
        long start = System.nanoTime();
        Process p = start("serve", "--store", dir.resolve("db").toString(), "--port", "0");
        try {
            BufferedReader log = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            Pattern serving = Pattern.compile("serving .* at (http://localhost:\\d+/)");
            String url = null;
            StringBuilder seen = new StringBuilder();
            for (String line; url == null && (line = log.readLine()) != null; ) {
                seen.append(line).append('\n');
                Matcher m = serving.matcher(line);
                if (m.find()) {
                    url = m.group(1);
                }
            }
            assertTrue(url != null, "server never said where it serves:\n" + seen);
            String query = URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url + "newsgraph/sparql?query=" + query)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("true"), r.body());
            assertTrue(!seen.toString().contains("edu.stanford"), "no NLP model loaded:\n" + seen);
            System.out.printf("serve answered its first query %.1f s after start%n", (System.nanoTime() - start) / 1e9);
        } finally {
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
