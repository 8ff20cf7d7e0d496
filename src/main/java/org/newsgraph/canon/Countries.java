package org.newsgraph.canon;

import com.neovisionaries.i18n.CountryCode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Country names from maintained sources: ISO 3166-1 (official short names and alpha codes, from nv-i18n), the
 * JDK's CLDR English names, and the demonym list CoreNLP ships ({@code dcoref/demonyms.txt}, from Wikipedia's
 * list of adjectival and demonymic forms of place names), and capitals from countries-list ({@code capitals.tsv}).
 * "Russian Federation", "Russia" and "RUS" are one
 * country; "Turkish" and "Turks" belong to Turkey.
 */
public final class Countries {

    /** A country: its ISO alpha-2 code and the name the graph labels it with. */
    public record Country(String code, String label) {
    }

    private static final String DEMONYMS = "edu/stanford/nlp/models/dcoref/demonyms.txt";
    /** Capitals from countries-list (MIT), see the file's header. */
    private static final String CAPITALS = "org/newsgraph/canon/capitals.tsv";
    /**
     * States that dissolved, by their ISO 3166-3 codes, label first: news archives speak of them as countries
     * ("the Soviet Union", "USSR"). Their demonyms never take one from a state of today ("Czech" stays Czechia's).
     */
    private static final Map<String, List<String>> FORMER_STATES = Map.of(
            "SUHH", List.of("Soviet Union", "USSR", "Union of Soviet Socialist Republics"),
            "YUCS", List.of("Yugoslavia", "Socialist Federal Republic of Yugoslavia"),
            "CSHH", List.of("Czechoslovakia"),
            "DDDE", List.of("East Germany", "German Democratic Republic"));
    /** The compass words that begin the name of a part or former part of a state: "West Germany". */
    static final String COMPASS = "West|East|North|South";
    private static final Pattern COMPASS_THEN_NAME = Pattern.compile("(?:" + COMPASS + ") (\\S.*)");
    private static final Countries INSTANCE = new Countries();

    private final Map<String, Country> byName = new HashMap<>();
    private final Map<String, Country> byCode = new HashMap<>();
    private final Map<String, Country> byDemonym = new HashMap<>();
    private final Map<String, Country> byCapital = new HashMap<>();

    private Countries() {
        for (CountryCode cc : CountryCode.values()) {
            if (cc.getAssignment() != CountryCode.Assignment.OFFICIALLY_ASSIGNED || cc.getAlpha3() == null) {
                continue;
            }
            String code = cc.getAlpha2();
            String cldr = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            String iso = uninverted(cc.getName());
            String label = cldr.isBlank() || cldr.equals(code) || cldr.contains(" - ") ? iso : cldr;
            Country c = new Country(code, label);
            byCode.put(code, c);
            byCode.put(cc.getAlpha3(), c);
            for (String name : new String[] {cldr, cc.getName(), iso, label}) {
                if (!name.isBlank() && !name.equals(code)) {
                    byName.putIfAbsent(Names.key(name), c);
                }
            }
        }
        FORMER_STATES.forEach((code, names) -> {
            Country c = new Country(code, names.get(0));
            names.forEach(name -> byName.putIfAbsent(Names.key(name), c));
        });
        readDemonyms();
        readCapitals();
    }

    /** The shared instance (the tables are read once). */
    public static Countries get() {
        return INSTANCE;
    }

    /**
     * The country a name denotes: a full name in any case ("Russian Federation", "russia"), or an ISO code written
     * in capitals ("USA", "U.S."); two-letter codes only when NER already took the name for a place, since many
     * are also words or acronyms ("IS", "US").
     */
    public Optional<Country> byName(String surface, boolean nerSaysPlace) {
        Country c = byName.get(Names.key(surface));
        if (c != null) {
            return Optional.of(c);
        }
        String letters = surface.replace(".", "").strip();
        if (!letters.matches("[A-Z]{2,3}")) {
            return Optional.empty();
        }
        if (letters.length() == 2 && !nerSaysPlace) {
            return Optional.empty();
        }
        return Optional.ofNullable(byCode.get(letters));
    }

    /** The country of a capitalized demonym or adjective ("Turkish", "Russians"), if it names exactly one. */
    public Optional<Country> byDemonym(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return Optional.empty();
        }
        return Optional.ofNullable(byDemonym.get(word.toLowerCase(Locale.ROOT)));
    }

    /** The country whose capital this is ("Tokyo" → Japan, "Washington" → United States), if one. */
    public Optional<Country> byCapital(String name) {
        return Optional.ofNullable(byCapital.get(Names.key(name)));
    }

    /** "Korea, Republic of" → "Republic of Korea"; names without an inversion are returned as they are. */
    private static String uninverted(String iso) {
        int comma = iso.indexOf(", ");
        return comma < 0 ? iso : iso.substring(comma + 2) + " " + iso.substring(0, comma);
    }

    private void readDemonyms() {
        Set<String> ambiguous = new HashSet<>();
        List<String[]> otherPlaces = new ArrayList<>();
        for (String[] cells : rows(DEMONYMS, "the CoreNLP models jar")) {
            Optional<Country> c = byName(cells[0].strip(), true);
            if (c.isEmpty()) {
                otherPlaces.add(cells);
                continue;
            }
            if (Names.key(cells[0]).length() > 3) {
                byName.putIfAbsent(Names.key(cells[0]), c.get());
            }
            for (int i = 1; i < cells.length; i++) {
                String d = cells[i].strip().toLowerCase(Locale.ROOT);
                if (d.isEmpty()) {
                    continue;
                }
                Country before = byDemonym.putIfAbsent(d, c.get());
                if (before != null && FORMER_STATES.containsKey(c.get().code())) {
                    continue;
                }
                if (before != null && FORMER_STATES.containsKey(before.code())) {
                    byDemonym.put(d, c.get());
                } else if (before != null && !before.equals(c.get())) {
                    ambiguous.add(d);
                }
            }
        }
        ambiguous.forEach(byDemonym::remove);
        otherNames(otherPlaces);
    }

    /**
     * A place of the demonym list that is no country by name, but whose first demonym (its adjective) names one,
     * is another name of that country: "America" (American) is the United States, "Holland" (Dutch) the
     * Netherlands; "Northern Ireland" (Northern Irish) and "Macau" (Macanese) are not. A compass word before a
     * country's name is that country when the list knows no state of that name: "West Germany" is Germany (the
     * Federal Republic, which the Germany of today continues), "East Germany" stays a state of its own.
     */
    private void otherNames(List<String[]> places) {
        Map<String, Country> stateNames = new HashMap<>(byName);
        for (String[] cells : places) {
            Country c = cells.length > 1 ? byDemonym.get(cells[1].strip().toLowerCase(Locale.ROOT)) : null;
            Matcher compass = COMPASS_THEN_NAME.matcher(cells[0].strip());
            if (c == null && compass.matches()) {
                c = stateNames.get(Names.key(compass.group(1))); // not "South America": America is no state's name
            }
            if (c != null && Names.key(cells[0]).length() > 3) {
                byName.putIfAbsent(Names.key(cells[0]), c);
            }
        }
    }

    private void readCapitals() {
        for (String[] cells : rows(CAPITALS, "the jar")) {
            Country c = cells.length < 2 ? null : byCode.get(cells[0].strip());
            if (c != null) {
                byCapital.putIfAbsent(Names.key(cells[1]), c);
            }
        }
    }

    /** The tab-separated rows of a class-path resource, without its blank and {@code #} comment lines. */
    private static List<String[]> rows(String resource, String where) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Countries.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from " + where);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
