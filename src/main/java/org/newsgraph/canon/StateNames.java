package org.newsgraph.canon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The abbreviations news writes for U.S. states ("Tuscaloosa, Ala.", "Sacramento, Calif."), from the list CoreNLP
 * ships ({@code dcoref/state-abbreviations.txt}). Only the abbreviations with a full stop are read: the postal
 * codes ("IN", "ME", "OR", "LA") are also words and other names.
 */
final class StateNames {

    private static final String RESOURCE = "edu/stanford/nlp/models/dcoref/state-abbreviations.txt";
    private static final Map<String, String> BY_ABBREVIATION = load();

    private StateNames() {
    }

    /**
     * The state an abbreviation such as "Ala." stands for, if it is one, and if the state's name is no country's
     * or capital's ("Ga." is left alone beside the country Georgia, "Wash." beside the capital Washington).
     */
    static Optional<String> ofAbbreviation(String name) {
        return Optional.ofNullable(BY_ABBREVIATION.get(name.strip()));
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        try (InputStream in = StateNames.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the CoreNLP models jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] cols = line.split("\t");
                for (int i = 1; i < cols.length; i++) {
                    String a = cols[i].strip();
                    String state = cols[0].strip();
                    if (a.endsWith(".") && a.length() > 2 && Countries.get().byName(state, true).isEmpty()
                            && Countries.get().byCapital(state).isEmpty()) {
                        m.putIfAbsent(a, state);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Map.copyOf(m);
    }
}
