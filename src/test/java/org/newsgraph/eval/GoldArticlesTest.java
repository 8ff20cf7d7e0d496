package org.newsgraph.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Picking out the articles a gold file names. */
class GoldArticlesTest {

    @TempDir
    Path dir;

    private GoldSet gold(String... seeds) throws IOException {
        StringBuilder tsv = new StringBuilder("# test gold\n");
        for (int i = 0; i < seeds.length; i++) {
            tsv.append("fact\tF").append(i).append("\tA\tsay\tB\t").append(seeds[i]).append("\t\n");
        }
        Path file = dir.resolve("gold.tsv");
        Files.writeString(file, tsv);
        return GoldSet.read(file);
    }

    @Test
    void keepsTheJsonLinesTheGoldNamesAsTheyAre() throws IOException {
        Path jsonl = dir.resolve("news.jsonl");
        Files.write(jsonl, List.of("{\"id\": \"a\", \"text\": \"One.\"}", "{\"id\": \"b\", \"text\": \"Two.\"}",
                "not json", "", "{\"id\": \"c\", \"text\": \"Three.\"}"), StandardCharsets.UTF_8);
        Path work = Files.createDirectory(dir.resolve("work"));
        List<Path> picked = GoldArticles.select(gold("c", "a"), jsonl, work);
        assertEquals(1, picked.size());
        assertEquals(List.of("{\"id\": \"a\", \"text\": \"One.\"}", "{\"id\": \"c\", \"text\": \"Three.\"}"),
                Files.readAllLines(picked.get(0)));
    }

    @Test
    void anArticleTheInputLacksIsNamed() throws IOException {
        Path jsonl = dir.resolve("news.jsonl");
        Files.writeString(jsonl, "{\"id\": \"a\", \"text\": \"One.\"}\n");
        Path work = Files.createDirectory(dir.resolve("work"));
        IOException e = assertThrows(IOException.class, () -> GoldArticles.select(gold("a", "zz"), jsonl, work));
        assertTrue(e.getMessage().contains("news.jsonl") && e.getMessage().contains("zz"), e.getMessage());
    }

    @Test
    void keepsTheFilesOfAFolderTheGoldNamesElseAll() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("articles"));
        Files.writeString(folder.resolve("one.txt"), "One.");
        Files.writeString(folder.resolve("two.txt"), "Two.");
        assertEquals(List.of(folder.resolve("two.txt")), GoldArticles.select(gold("two.txt"), folder, dir));
        assertEquals(List.of(folder.resolve("one.txt"), folder.resolve("two.txt")),
                GoldArticles.select(gold("elsewhere.txt"), folder, dir));
    }

    @Test
    void targetsAreSharesRoundedUp() {
        assertEquals(25, GoldTargets.least(GoldTargets.SEEDS.aliasGroups(), 26));
        assertEquals(21, GoldTargets.least(GoldTargets.SEEDS.facts(), 24));
        assertEquals(39, GoldTargets.least(GoldTargets.NEWS.coreFacts(), 51));
        assertThrows(IllegalArgumentException.class, () -> new GoldTargets("x", 1.5, 0, 0));
    }
}
