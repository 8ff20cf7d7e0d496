package org.newsgraph.serve;

import org.newsgraph.rdf.Iris;

import java.nio.file.Path;

/**
 * How to serve a store.
 *
 * @param port                HTTP port; 0 picks a free one
 * @param allowUpdate         whether to open {@code /newsgraph/update} and {@code /newsgraph/data}
 * @param passwordFile        Jetty-style password file ({@code user: password}), required with allowUpdate
 * @param queryTimeoutSeconds a query running longer is cancelled
 * @param base                the base IRI the store's IRIs were minted under; its path (such as {@code /id/}) is
 *                            where the server answers for them, see {@link ResourcePages}
 */
public record ServerOptions(int port, boolean allowUpdate, Path passwordFile, double queryTimeoutSeconds,
                            String base) {

    public ServerOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (allowUpdate && passwordFile == null) {
            throw new IllegalArgumentException("--allow-update needs --password-file");
        }
        if (queryTimeoutSeconds <= 0) {
            throw new IllegalArgumentException("query timeout must be positive: " + queryTimeoutSeconds);
        }
        Iris.under(base);
    }

    /** These options with IRIs under the default base. */
    public ServerOptions(int port, boolean allowUpdate, Path passwordFile, double queryTimeoutSeconds) {
        this(port, allowUpdate, passwordFile, queryTimeoutSeconds, Iris.DEFAULT_BASE);
    }

    /** These options with IRIs under another base. */
    public ServerOptions withBase(String otherBase) {
        return new ServerOptions(port, allowUpdate, passwordFile, queryTimeoutSeconds, otherBase);
    }

    /** Read-only on this port with a 30 s query timeout. */
    public static ServerOptions readOnly(int port) {
        return new ServerOptions(port, false, null, 30);
    }
}
