package org.newsgraph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.serve.ServerOptions;
import picocli.CommandLine;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How {@code newsgraph serve}'s options become the server's; that they take effect is NewsServerTest's and
 * QueryLimitsTest's part, over HTTP.
 */
class ServeCommandTest {

    private static ServerOptions parse(String... args) {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs(args);
        return serve.options();
    }

    @Test
    void isOpenToEveryInterfaceButReadOnlyAndLimitedByDefault() {
        ServerOptions options = parse();
        assertEquals(3030, options.port());
        assertFalse(options.localhost());
        assertFalse(options.allowUpdate());
        assertEquals(ServerOptions.DEFAULT_TIMEOUT_SECONDS, options.queryTimeoutSeconds());
        assertEquals(ServerOptions.DEFAULT_MAX_RESULTS, options.maxResults());
    }

    @Test
    void takesLocalhostTimeoutMaxResultsAndUpdates() {
        ServerOptions options = parse("--localhost", "--timeout", "2.5", "--max-results", "500", "--port", "0",
                "--allow-update", "--password-file", "users.txt");
        assertTrue(options.localhost());
        assertEquals(2.5, options.queryTimeoutSeconds());
        assertEquals(500, options.maxResults());
        assertEquals(0, options.port());
        assertTrue(options.allowUpdate());
        assertEquals(Path.of("users.txt"), options.passwordFile());
    }

    @Test
    void refusesOptionsThatDoNotGoTogether(@TempDir Path dir) {
        String store = dir.resolve("db").toString();
        Cli.Result noPasswords = Cli.run("serve", "--store", store, "--allow-update");
        assertEquals(2, noPasswords.status());
        assertTrue(noPasswords.err().contains("--password-file"), noPasswords.err());
        assertEquals(2, Cli.run("serve", "--store", store, "--max-results", "0").status());
        assertEquals(2, Cli.run("serve", "--store", store, "--timeout", "0").status());
        String help = Cli.run("serve", "--help").out();
        assertTrue(help.contains("--localhost") && help.contains("--max-results"), help);
    }
}
