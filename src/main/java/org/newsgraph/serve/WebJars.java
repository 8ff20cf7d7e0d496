package org.newsgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Serves the files of the npm WebJars on the classpath (Cytoscape.js for {@code /graph}) at
 * {@code /webjars/NAME/PATH}. The path may leave out the version, which is then read from the WebJar's
 * {@code pom.properties}: the page need not repeat the version the pom picks, so updating the dependency is a
 * one-line change.
 */
final class WebJars extends HttpServlet {

    /** Where WebJars keep their files. */
    private static final String ROOT = "/META-INF/resources/webjars/";

    /** Safe path segments only: no {@code ..}, no empty segment, nothing that could leave the WebJar's folder. */
    private static final Pattern SAFE = Pattern.compile("/[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)+");

    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "map", "application/json",
            "json", "application/json");

    /** The path spec to mount this servlet at. */
    static final String PATH_SPEC = "/webjars/*";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        String type = path == null ? null : TYPES.get(path.substring(path.lastIndexOf('.') + 1));
        if (type == null || !SAFE.matcher(path).matches()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<byte[]> bytes = read(ROOT + path.substring(1)).or(() -> unversioned(path));
        if (bytes.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType(type);
        resp.setHeader("Cache-Control", "public, max-age=86400");
        resp.setContentLength(bytes.get().length);
        resp.getOutputStream().write(bytes.get());
    }

    /** {@code /NAME/REST} read as {@code NAME/VERSION/REST}, the version being the WebJar's on the classpath. */
    private static Optional<byte[]> unversioned(String path) {
        int slash = path.indexOf('/', 1);
        String name = path.substring(1, slash);
        return version(name).flatMap(v -> read(ROOT + name + "/" + v + path.substring(slash)));
    }

    /** The version of the npm WebJar of this name on the classpath. */
    static Optional<String> version(String name) {
        try (InputStream in = WebJars.class.getResourceAsStream(
                "/META-INF/maven/org.webjars.npm/" + name + "/pom.properties")) {
            if (in == null) {
                return Optional.empty();
            }
            Properties p = new Properties();
            p.load(in);
            return Optional.ofNullable(p.getProperty("version"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<byte[]> read(String resource) {
        try (InputStream in = WebJars.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
