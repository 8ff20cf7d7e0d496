package org.newsgraph.canon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A user's corrections to merging and linking, read from a tab-separated file, one directive per line:
 * <pre>
 * same       Burma      Myanmar
 * different  Kerry      John Kerry Jr.
 * link       YPG        People's_Protection_Units
 * nolink     Ford
 * </pre>
 * Names are compared by {@link Names#key}, so case, accents and a leading "the" do not matter. A name stands for
 * every entity that has it among its names. A page is a Wikipedia title, a Wikipedia URL or a DBpedia IRI.
 * Lines starting with {@code #} and blank lines are ignored. {@code same} is transitive; {@code different} wins
 * over every merge newsgraph would make on its own, {@code same} over every merge it would refuse.
 */
public final class Curation {

    /** No corrections. */
    public static final Curation NONE = new Curation(Map.of(), Set.of(), Map.of(), Set.of());

    /** Group of each name key named in a {@code same} line: keys of one group are one entity. */
    private final Map<String, String> sameGroup;
    private final Set<List<String>> different;
    private final Map<String, String> links;
    private final Set<String> nolinks;

    private Curation(Map<String, String> sameGroup, Set<List<String>> different, Map<String, String> links,
                     Set<String> nolinks) {
        this.sameGroup = Map.copyOf(sameGroup);
        this.different = Set.copyOf(different);
        this.links = Map.copyOf(links);
        this.nolinks = Set.copyOf(nolinks);
    }

    /** Reads a curation file; a line it cannot read is an error naming the file and line. */
    public static Curation read(Path file) throws IOException {
        return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /** Parses curation lines; {@code source} names them in error messages. */
    public static Curation parse(String source, List<String> lines) {
        Objects.requireNonNull(source, "source");
        Map<String, String> parent = new HashMap<>();
        Set<List<String>> different = new HashSet<>();
        Map<String, String> links = new HashMap<>();
        Set<String> nolinks = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t+");
            String where = source + ":" + (i + 1) + ": ";
            String directive = f[0].strip().toLowerCase(java.util.Locale.ROOT);
            int arity = switch (directive) {
                case "same", "different", "link" -> 3;
                case "nolink" -> 2;
                default -> throw new IllegalArgumentException(where + "unknown directive '" + f[0]
                        + "' (expected same, different, link or nolink, separated from the names by tabs)");
            };
            if (f.length != arity || java.util.Arrays.stream(f).anyMatch(s -> Names.key(s).isEmpty())) {
                throw new IllegalArgumentException(where + directive + " takes " + (arity - 1)
                        + " tab-separated " + (directive.equals("link") ? "fields (name, page)" : "names")
                        + ", got: " + line);
            }
            String a = Names.key(f[1]);
            switch (directive) {
                case "same" -> union(parent, a, Names.key(f[2]));
                case "different" -> different.add(pair(a, Names.key(f[2])));
                case "link" -> links.put(a, WikiPage.titleOf(f[2].strip()));
                default -> nolinks.add(a);
            }
        }
        Map<String, String> groups = new HashMap<>();
        parent.keySet().forEach(k -> groups.put(k, root(parent, k)));
        for (List<String> p : different) {
            if (groups.containsKey(p.get(0)) && Objects.equals(groups.get(p.get(0)), groups.get(p.get(1)))) {
                throw new IllegalArgumentException(source + ": '" + p.get(0) + "' and '" + p.get(1)
                        + "' are declared both the same and different");
            }
        }
        return new Curation(groups, different, links, nolinks);
    }

    /** A string that is equal for two curations exactly when they correct the same things. */
    public String fingerprint() {
        return new TreeMap<>(sameGroup) + "|" + different.stream().map(List::toString).sorted().toList() + "|"
                + new TreeMap<>(links) + "|" + new TreeSet<>(nolinks);
    }

    /** Whether there is nothing to correct. */
    public boolean isEmpty() {
        return sameGroup.isEmpty() && different.isEmpty() && links.isEmpty() && nolinks.isEmpty();
    }

    /** Whether some name of a and some name of b are declared the same entity. */
    public boolean same(Collection<String> a, Collection<String> b) {
        if (sameGroup.isEmpty()) {
            return false;
        }
        Set<String> groups = new HashSet<>();
        a.forEach(n -> Optional.ofNullable(sameGroup.get(Names.key(n))).ifPresent(groups::add));
        return b.stream().map(n -> sameGroup.get(Names.key(n))).anyMatch(groups::contains);
    }

    /** Whether some name of a and some name of b are declared different entities. */
    public boolean different(Collection<String> a, Collection<String> b) {
        if (different.isEmpty()) {
            return false;
        }
        for (String x : a) {
            for (String y : b) {
                if (different.contains(pair(Names.key(x), Names.key(y)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The keys of every name declared the same as this one (itself included), so they can be looked up. */
    public Set<String> sameNames(String name) {
        String group = sameGroup.get(Names.key(name));
        if (group == null) {
            return Set.of(Names.key(name));
        }
        Set<String> out = new HashSet<>();
        sameGroup.forEach((k, g) -> {
            if (g.equals(group)) {
                out.add(k);
            }
        });
        return out;
    }

    /**
     * The page forced on an entity with these names: empty when the curation says nothing, an empty page for
     * {@code nolink}, the page (confidence 1) for {@code link}; a {@code link} wins over a {@code nolink}.
     */
    public Optional<Optional<WikiPage>> page(Collection<String> names) {
        Optional<Optional<WikiPage>> out = Optional.empty();
        for (String n : names) {
            String k = Names.key(n);
            if (links.containsKey(k)) {
                return Optional.of(Optional.of(new WikiPage(links.get(k), 1.0)));
            }
            if (nolinks.contains(k)) {
                out = Optional.of(Optional.empty());
            }
        }
        return out;
    }

    /** Whether any of these names is named by a directive, so an entity with them may change when applied. */
    public boolean concerns(Collection<String> names) {
        for (String n : names) {
            String k = Names.key(n);
            if (sameGroup.containsKey(k) || links.containsKey(k) || nolinks.contains(k)
                    || different.stream().anyMatch(p -> p.contains(k))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> pair(String a, String b) {
        return a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a);
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        String ra = root(parent, a);
        String rb = root(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }

    private static String root(Map<String, String> parent, String k) {
        String r = k;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }
}
