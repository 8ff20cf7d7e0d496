package org.newsgraph.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Headers on every response that make the browser a second line of defence should text from the news or from a
 * request ever reach a page unescaped: the pages may run only scripts served from this server, never inline
 * ones, and a response is read only as the type it says (a SPARQL parse error quotes the query as
 * {@code text/plain}, which must not be sniffed as HTML). No page may frame the server's pages.
 */
final class SafetyHeaders extends HttpFilter {

    /** Scripts, fetches and everything else from this server only; inline styles stay (the pages use them). */
    static final String POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        resp.setHeader("Content-Security-Policy", POLICY);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        chain.doFilter(req, resp);
    }
}
