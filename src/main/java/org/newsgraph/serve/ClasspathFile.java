package org.newsgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Serves one file shipped in the jar, such as the {@code /graph} page and its script. The bytes are read once, at
 * construction, so a missing resource fails the server's start rather than a later request.
 */
final class ClasspathFile extends HttpServlet {

    private final transient byte[] content;
    private final String contentType;

    /**
     * @param resource    the resource's absolute classpath name, such as {@code /org/newsgraph/serve/graph.html}
     * @param contentType the {@code Content-Type} to answer with
     */
    ClasspathFile(String resource, String contentType) {
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        try (InputStream in = ClasspathFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource not in the jar: " + resource);
            }
            this.content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType(contentType);
        resp.setContentLength(content.length);
        resp.getOutputStream().write(content);
    }
}
