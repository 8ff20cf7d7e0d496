package org.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code newsgraph mentions} as a user runs it, on the real NLP pipeline and the dictionary index in
 * {@code target/wikidict-cache}.
 */
class MentionsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CACHE = Path.of("target", "wikidict-cache").toString();

    private static final String SUMMIT = "Leaders of Germany and France met in Paris on Tuesday.\n\n"
            + "They agreed to send 42 observers to the border by March 2025, the French president said.";
    private static final String TRADE = "Japan's exports rose 3.5 percent in May, the finance ministry in Tokyo "
            + "said on Thursday, helped by car sales to the United States.";

    @Test
    void explainsTheColumns() {
        Cli.Result r = Cli.run("mentions", "--help");
        assertEquals(0, r.status(), r.err());
        for (String word : List.of("doc_id", "begin", "end", "surface", "link", "NIL", "--out", "--no-link",
                "--cache")) {
            assertTrue(r.out().contains(word), word + " in " + r.out());
        }
    }

    @Test
    void printsEveryMentionWithExactOffsetsAndGoesOnPastABrokenLine(@TempDir Path tmp) throws Exception {
        Path docs = tmp.resolve("news.jsonl");
        Files.writeString(docs, line("summit", SUMMIT) + "{\"doc_id\": \"broken\", \"text\": \n"
                + line("trade", TRADE), StandardCharsets.UTF_8);

        Cli.Result r = Cli.run("mentions", docs.toString(), "--cache", CACHE);

        assertEquals(Newsgraph.SOME_FAILED, r.status(), r.err());
        assertTrue(r.err().contains("news.jsonl:2") && r.err().contains("not valid JSON"), r.err());
        List<String[]> rows = rows(r.out(), Map.of("summit", SUMMIT, "trade", TRADE));
        assertTrue(rows.stream().anyMatch(c -> c[0].equals("summit")), r.out());
        assertTrue(rows.stream().anyMatch(c -> c[0].equals("trade")), "the document after the broken line");
        assertLinked(rows, "France", "http://dbpedia.org/resource/France");
        assertLinked(rows, "Japan", "http://dbpedia.org/resource/Japan");
        for (String[] c : rows) {
            if (c[3].matches(".*\\d.*") || c[3].matches("Tuesday|Thursday|May")) {
                assertEquals("NIL", c[4], "a number or date is no entity: " + String.join(" ", c));
            }
        }
    }

    @Test
    void readsTextFilesAsTheyAreAndWritesToAFile(@TempDir Path tmp) throws Exception {
        // Windows line ends and a headline: cleaning would change both, so offsets must be into this raw text.
        String text = "Markets\r\n\r\nShares in Tokyo fell after Japan raised its interest rate.\r\n";
        Path file = Files.writeString(tmp.resolve("markets.txt"), text, StandardCharsets.UTF_8);
        Path out = tmp.resolve("mentions.tsv");

        Cli.Result r = Cli.run("mentions", file.toString(), "--out", out.toString(), "--no-link");

        assertEquals(0, r.status(), r.err());
        assertEquals("", r.out());
        List<String[]> rows = rows(Files.readString(out, StandardCharsets.UTF_8), Map.of("markets.txt", text));
        assertTrue(rows.stream().anyMatch(c -> c[3].equals("Japan")), "Japan in " + rows);
        assertTrue(rows.stream().allMatch(c -> c[4].equals("NIL")), "--no-link links nothing");
    }

    @Test
    void escapesTabsAndLineBreaksInASurface() {
        assertEquals("New\\nYork\\tCity\\\\", MentionsCommand.escape("New\nYork\tCity\\"));
    }

    /** The data rows after checking the header, five cells each, surface = the text between the offsets. */
    private static List<String[]> rows(String tsv, Map<String, String> texts) {
        List<String> lines = tsv.lines().toList();
        assertFalse(lines.isEmpty(), "no output");
        assertEquals("doc_id\tbegin\tend\tsurface\tlink", lines.get(0));
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t", -1);
            assertEquals(5, c.length, line);
            String text = texts.get(c[0]);
            assertEquals(MentionsCommand.escape(text.substring(Integer.parseInt(c[1]), Integer.parseInt(c[2]))), c[3],
                    line);
            assertTrue(c[4].equals("NIL") || c[4].startsWith("http://dbpedia.org/resource/"), line);
            rows.add(c);
        }
        return rows;
    }

    private static void assertLinked(List<String[]> rows, String surface, String iri) {
        assertTrue(rows.stream().anyMatch(c -> c[3].equals(surface) && c[4].equals(iri)),
                surface + " -> " + iri + " in " + rows.stream().map(c -> String.join(" ", c)).toList());
    }

    private static String line(String id, String text) throws Exception {
        return JSON.writeValueAsString(Map.of("doc_id", id, "text", text)) + "\n";
    }
}
