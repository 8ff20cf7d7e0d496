package org.newsgraph.serve;

import org.newsgraph.rdf.Iris;

import java.nio.file.Path;

/**
 * How to serve a store. Start from {@link #readOnly(int)} and change one thing at a time with the {@code with}
 * methods.
 *
 * @param port                HTTP port; 0 picks a free one
 * @param localhost           listen on the loopback interface only, so that no other machine can connect
 * @param allowUpdate         whether to open {@code /newsgraph/update} and {@code /newsgraph/data}
 * @param passwordFile        Jetty-style password file ({@code user: password}), required with allowUpdate
 * @param queryTimeoutSeconds a query running longer is cancelled
 * @param maxResults          the most results a query is answered with: rows of a SELECT, triples of a CONSTRUCT
 *                            or DESCRIBE, see {@link ResultLimit}
 * @param base                the base IRI the store's IRIs were minted under; its path (such as {@code /id/}) is
 *                            where the server answers for them, see {@link ResourcePages}
 */
public record ServerOptions(int port, boolean localhost, boolean allowUpdate, Path passwordFile,
                            double queryTimeoutSeconds, long maxResults, String base) {

    /** Seconds a query may run unless told otherwise. */
    public static final double DEFAULT_TIMEOUT_SECONDS = 30;

    /**
     * Results a query may return unless told otherwise: well above what the example queries return on the
     * benchmark's 2,000 articles (24,000 facts), well below what would exhaust the heap.
     */
    public static final long DEFAULT_MAX_RESULTS = 100_000;

    public ServerOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (allowUpdate && passwordFile == null) {
            throw new IllegalArgumentException("--allow-update needs --password-file");
        }
        if (!(queryTimeoutSeconds > 0)) {
            throw new IllegalArgumentException("query timeout must be positive: " + queryTimeoutSeconds);
        }
        if (maxResults < 1) {
            throw new IllegalArgumentException("max results must be at least 1: " + maxResults);
        }
        Iris.under(base);
    }

    /** Read-only on this port and every interface, with the default timeout, result limit and base. */
    public static ServerOptions readOnly(int port) {
        return new ServerOptions(port, false, false, null, DEFAULT_TIMEOUT_SECONDS, DEFAULT_MAX_RESULTS,
                Iris.DEFAULT_BASE);
    }

    /** These options with updates open to the users of this password file. */
    public ServerOptions withUpdates(Path users) {
        return new ServerOptions(port, localhost, true, users, queryTimeoutSeconds, maxResults, base);
    }

    /** These options listening on the loopback interface only, or on every interface. */
    public ServerOptions withLocalhost(boolean loopbackOnly) {
        return new ServerOptions(port, loopbackOnly, allowUpdate, passwordFile, queryTimeoutSeconds, maxResults,
                base);
    }

    /** These options with another query timeout. */
    public ServerOptions withTimeout(double seconds) {
        return new ServerOptions(port, localhost, allowUpdate, passwordFile, seconds, maxResults, base);
    }

    /** These options with another result limit. */
    public ServerOptions withMaxResults(long results) {
        return new ServerOptions(port, localhost, allowUpdate, passwordFile, queryTimeoutSeconds, results, base);
    }

    /** These options with IRIs under another base. */
    public ServerOptions withBase(String otherBase) {
        return new ServerOptions(port, localhost, allowUpdate, passwordFile, queryTimeoutSeconds, maxResults,
                otherBase);
    }
}
