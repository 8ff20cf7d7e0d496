package org.newsgraph.serve;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.PropertyUserStore;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.eclipse.jetty.util.security.Credential;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The users allowed to write, read once from a Jetty password file ({@code user: password} lines; the password
 * may also be {@code OBF:}, {@code MD5:} or {@code CRYPT:} as Jetty writes them), and the HTTP basic auth that
 * checks them.
 * <p>
 * Fuseki's own {@code passwordFile(...)} re-reads the file every five seconds on a Jetty {@code Scanner} thread,
 * which outlives the server and logs a warning once the file is gone. A change of users is rare enough to
 * restart for, so the file is read once, at start, and nothing watches it.
 */
final class Writers {

    /** The realm browsers show when they ask for a password. */
    static final String REALM = "newsgraph";

    private final List<String> names;
    private final PropertyUserStore store;

    private Writers(List<String> names, PropertyUserStore store) {
        this.names = List.copyOf(names);
        this.store = store;
    }

    /** The users the file names. */
    List<String> names() {
        return names;
    }

    /** Reads the password file; refuses one that cannot be read or names nobody. */
    static Writers load(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("cannot read password file " + file);
        }
        List<String> names = new ArrayList<>();
        PropertyUserStore store = new PropertyUserStore();
        store.setConfig(ResourceFactory.root().newResource(file.toAbsolutePath()));
        // 0: no Scanner, see above.
        store.setReloadInterval(0);
        store.registerUserListener(new PropertyUserStore.UserListener() {
            @Override
            public void update(String user, Credential credential, String[] roles) {
                names.add(user);
            }

            @Override
            public void remove(String user) {
                names.remove(user);
            }
        });
        try {
            store.start();
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot read password file " + file + ": " + e.getMessage(), e);
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("no 'user: password' line in " + file);
        }
        return new Writers(names, store);
    }

    /**
     * A new basic-auth handler for a server: Fuseki adds to it a constraint for each endpoint that names its
     * users, and answers 401 to a request without the right password.
     */
    ConstraintSecurityHandler securityHandler() {
        return JettySecurityLib.makeSecurityHandler(REALM, store, AuthScheme.BASIC);
    }
}
