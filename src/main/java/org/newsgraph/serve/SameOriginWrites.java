package org.newsgraph.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Refuses (403) a write that a web page of another origin sent. A browser that has logged in to the write
 * endpoints sends the basic-auth password with every later request to them, also with a form that a page
 * elsewhere submits, or with a script's request that Fuseki's open CORS lets through: without this check, any
 * page an editor visits could write to the store. Browsers name the page's origin in the {@code Origin} header;
 * programs such as curl send none and are let through.
 */
final class SameOriginWrites extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String origin = req.getHeader("Origin");
        if (origin != null && !sameOrigin(origin, req)) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN, "writes from another origin are refused");
            return;
        }
        chain.doFilter(req, resp);
    }

    /** Whether the origin is the scheme, host and port the request was sent to. */
    static boolean sameOrigin(String origin, HttpServletRequest req) {
        try {
            URI uri = new URI(origin);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return false;
            }
            int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return uri.getScheme().toLowerCase(Locale.ROOT).equals(req.getScheme())
                    && uri.getHost().equalsIgnoreCase(req.getServerName()) && port == req.getServerPort();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
