package org.newsgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A gold file in the seeds' format ({@code ../shared/eval/seeds/gold.tsv}, {@code ../shared/eval/news-gold/gold.tsv}):
 * entities whose name forms must end up in one graph entity, facts the graph must hold, and boilerplate strings
 * that must not name anything. The {@code seed} column names the article, by file name or by article id.
 *
 * @param entities gold entities
 * @param facts    gold facts
 * @param absent   boilerplate strings
 */
public record GoldSet(List<GoldEntity> entities, List<GoldFact> facts, List<Absent> absent) {

    /**
     * A gold entity.
     *
     * @param id    gold id (E01)
     * @param label canonical label
     * @param type  expected type
     * @param forms name forms that must all belong to one graph entity
     * @param seed  the article it is annotated in, or empty
     */
    public record GoldEntity(String id, String label, String type, List<String> forms, String seed) {
    }

    /**
     * A gold fact: each slot lists alternatives.
     *
     * @param id        gold id (F01)
     * @param subjects  subject alternatives
     * @param relations relation words
     * @param objects   object alternatives
     * @param seed      file name of the seed article that states it
     * @param core      one of the facts any reader would list first
     * @param symmetric may match with subject and object swapped
     * @param note      the evidence
     */
    public record GoldFact(String id, List<String> subjects, List<String> relations, List<String> objects,
                           String seed, boolean core, boolean symmetric, String note) {
    }

    /** A boilerplate string that must not appear in any label. */
    public record Absent(String id, String text) {
    }

    public GoldSet {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
        absent = List.copyOf(absent);
    }

    /** Reads a gold file; lines starting with {@code #} are comments. */
    public static GoldSet read(Path file) throws IOException {
        List<GoldEntity> entities = new ArrayList<>();
        List<GoldFact> facts = new ArrayList<>();
        List<Absent> absent = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = Arrays.copyOf(line.split("\t", -1), 7);
            for (int i = 0; i < c.length; i++) {
                c[i] = c[i] == null ? "" : c[i].strip();
            }
            switch (c[0]) {
                case "entity" -> entities.add(new GoldEntity(c[1], c[2], c[3], alternatives(c[4]), c[5]));
                case "fact" -> facts.add(new GoldFact(c[1], alternatives(c[2]), alternatives(c[3]),
                        alternatives(c[4]), c[5], c[6].toLowerCase(Locale.ROOT).startsWith("core"),
                        c[6].contains("[symmetric]"), c[6]));
                case "absent" -> absent.add(new Absent(c[1], c[2]));
                default -> throw new IOException(file + ":" + n + ": unknown kind '" + c[0] + "'");
            }
        }
        return new GoldSet(entities, facts, absent);
    }

    /** The articles the gold names (its {@code seed} column), in file order. */
    public Set<String> articles() {
        Set<String> out = new LinkedHashSet<>();
        entities.forEach(e -> out.add(e.seed()));
        facts.forEach(f -> out.add(f.seed()));
        out.remove("");
        return out;
    }

    /** The gold entity whose canonical label is this text, ignoring case. */
    public Optional<GoldEntity> entityLabelled(String text) {
        return entities.stream().filter(e -> e.label().equalsIgnoreCase(text)).findFirst();
    }

    private static List<String> alternatives(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
