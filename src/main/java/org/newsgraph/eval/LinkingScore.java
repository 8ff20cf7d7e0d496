package org.newsgraph.eval;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * End-to-end entity-linking score ({@code ../shared/eval/README.md}): a system mention counts when its span equals
 * a gold span and its link names the same DBpedia resource (http/https and percent-encoding normalized,
 * {@code en.wikipedia.org/wiki/X} = {@code dbpedia.org/resource/X}); micro precision over the system's linked
 * mentions, recall over the gold mentions that are in the knowledge base.
 */
public final class LinkingScore {

    /**
     * A mention: where it stands and what it links to ({@code null} for none or NIL).
     *
     * @param doc   document id
     * @param begin first character, 0-based
     * @param end   one past the last character
     * @param link  DBpedia resource IRI or Wikipedia URL, or null
     */
    public record Mention(String doc, int begin, int end, String link) {
    }

    /**
     * The score.
     *
     * @param correct   linked system mentions on a gold span with the gold's resource
     * @param linked    system mentions with a link
     * @param goldInKb  gold mentions with a resource
     */
    public record Result(int correct, int linked, int goldInKb) {
        public double precision() {
            return linked == 0 ? 0 : (double) correct / linked;
        }

        public double recall() {
            return goldInKb == 0 ? 0 : (double) correct / goldInKb;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** One line: F1, precision, recall and the counts. */
        public String line() {
            return String.format(Locale.ROOT, "F1 %.3f (P %.3f / R %.3f): %d correct of %d linked, %d gold in KB",
                    f1(), precision(), recall(), correct, linked, goldInKb);
        }
    }

    private LinkingScore() {
    }

    /** Reads a gold file: doc_id, begin, end, surface, dbpedia_uri (or NIL), orig_ref, with a header line. */
    public static List<Mention> readGold(Path file) throws IOException {
        List<Mention> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split("\t", -1);
            if (c.length < 5) {
                continue;
            }
            out.add(new Mention(c[0], Integer.parseInt(c[1].strip()), Integer.parseInt(c[2].strip()),
                    c[4].strip().equals("NIL") || c[4].isBlank() ? null : c[4].strip()));
        }
        return out;
    }

    /** Scores system mentions against gold mentions. */
    public static Result score(List<Mention> system, List<Mention> gold) {
        Map<String, String> goldLink = new HashMap<>();
        int inKb = 0;
        for (Mention g : gold) {
            if (g.link() != null) {
                goldLink.put(g.doc() + "\t" + g.begin() + "\t" + g.end(), resource(g.link()));
                inKb++;
            }
        }
        int linked = 0;
        int correct = 0;
        for (Mention m : system) {
            if (m.link() == null) {
                continue;
            }
            linked++;
            String want = goldLink.get(m.doc() + "\t" + m.begin() + "\t" + m.end());
            if (want != null && want.equals(resource(m.link()))) {
                correct++;
            }
        }
        return new Result(correct, linked, inKb);
    }

    /** The page a DBpedia IRI or Wikipedia URL names, normalized ("Atlanta,_Georgia"). */
    static String resource(String link) {
        String s = link.strip().replaceFirst("^https?://", "");
        for (String prefix : new String[] {"dbpedia.org/resource/", "en.wikipedia.org/wiki/"}) {
            if (s.startsWith(prefix)) {
                s = s.substring(prefix.length());
                break;
            }
        }
        s = URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8).replace(' ', '_');
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
