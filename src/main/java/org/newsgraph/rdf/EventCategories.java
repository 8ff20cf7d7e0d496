package org.newsgraph.rdf;

import org.apache.jena.graph.Node;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Event categories of relations, read from {@code ontology/event-categories.tsv} (after the CAMEO codebook):
 * "shell" → {@code ng:fight}, "agree to" → {@code ng:cooperate}. A relation lemma takes the category of its
 * longest leading run of words the table lists.
 */
public final class EventCategories {

    private static final String RESOURCE = "/ontology/event-categories.tsv";
    private static final EventCategories STANDARD = read();

    private final Map<String, String> categoryOfLemma;

    private EventCategories(Map<String, String> categoryOfLemma) {
        this.categoryOfLemma = Map.copyOf(categoryOfLemma);
    }

    /** The table shipped with newsgraph. */
    public static EventCategories standard() {
        return STANDARD;
    }

    /** The category property of a relation lemma, if the table types it. */
    public Optional<Node> of(String relationLemma) {
        String[] words = relationLemma.toLowerCase(Locale.ROOT).strip().split("\\s+");
        for (int n = words.length; n > 0; n--) {
            String category = categoryOfLemma.get(String.join(" ", java.util.Arrays.copyOf(words, n)));
            if (category != null) {
                return Optional.of(NG.ng(category));
            }
        }
        return Optional.empty();
    }

    /** Every category named in the table, by local name. */
    public java.util.Set<String> categories() {
        return new java.util.TreeSet<>(categoryOfLemma.values());
    }

    private static EventCategories read() {
        Map<String, String> table = new HashMap<>();
        try (InputStream in = EventCategories.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length >= 2) {
                    table.putIfAbsent(cells[0].strip().toLowerCase(Locale.ROOT), cells[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EventCategories(table);
    }
}
