package org.newsgraph.link;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the Wikipedia dictionary's index lives and how it comes to be: built from the kbp models jar on first
 * use into a cache folder ({@code $XDG_CACHE_HOME/newsgraph}, else {@code ~/.cache/newsgraph}), opened from there
 * afterwards.
 */
public final class WikiDicts {

    /** Folder name of the index, versioned with the CoreNLP release its dictionary comes from. */
    static final String INDEX = "wikidict-corenlp-4.5.10";

    private WikiDicts() {
    }

    /** The default cache folder. */
    public static Path defaultCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("newsgraph");
    }

    private static final java.util.Map<Path, WikiDict> SHARED = new java.util.HashMap<>();

    /**
     * The index in this cache folder, opened once per JVM and kept open (it is memory-mapped, so it holds no heap),
     * built first when it is not there.
     */
    public static synchronized WikiDict shared(Path cache) throws IOException {
        Path key = cache.toAbsolutePath().normalize();
        WikiDict dict = SHARED.get(key);
        if (dict == null) {
            dict = openOrBuild(key);
            SHARED.put(key, dict);
        }
        return dict;
    }

    /** Whether the index is already built in this cache folder. */
    public static boolean built(Path cache) {
        return Files.isDirectory(cache.resolve(INDEX));
    }

    /** Opens the index in the cache folder, building it first when it is not there. */
    public static WikiDict openOrBuild(Path cache) throws IOException {
        Path dir = cache.resolve(INDEX);
        if (!Files.isDirectory(dir)) {
            build(cache);
        }
        return WikiDict.open(dir);
    }

    /** Builds (or rebuilds) the index in the cache folder from the kbp models jar on the classpath. */
    public static void build(Path cache) throws IOException {
        Files.createDirectories(cache);
        try (InputStream in = WikiDicts.class.getClassLoader().getResourceAsStream(WikiDict.RESOURCE)) {
            if (in == null) {
                throw new IOException(WikiDict.RESOURCE + " is not on the classpath: the CoreNLP "
                        + "models-english-kbp jar is needed to build the Wikipedia dictionary index");
            }
            WikiDict.build(in, cache.resolve(INDEX));
        }
    }
}
