package org.newsgraph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.support.SharedData;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code newsgraph eval carb} as a user runs it.
 */
class EvalCarbCommandTest {

    @Test
    void explainsItself() {
        Cli.Result r = Cli.run("eval", "carb", "--help");
        assertEquals(0, r.status(), r.err());
        for (String option : List.of("--gold", "--sentences", "--system", "--out")) {
            assertTrue(r.out().contains(option), option + " in " + r.out());
        }
    }

    @Test
    void scoresASystemFileWithThePublishedNumbers() {
        Path dir = SharedData.require("eval/carb-dev");
        Cli.Result r = Cli.run("eval", "carb", "--gold", dir.resolve("dev_gold.tsv").toString(),
                "--system", dir.resolve("reference/openie5.dev.tsv").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("CaRB F1 45.8 (P 52.6 / R 40.6)"), r.out());
        assertTrue(r.out().contains("AUC 24.0"), r.out());
    }

    @Test
    void runsTheExtractorAndWritesTuplesAgainstTheGoldSentences(@TempDir Path tmp) throws Exception {
        String sentence = "Peruvian police arrested two smugglers in Lima on Tuesday .";
        Path gold = Files.writeString(tmp.resolve("gold.tsv"),
                sentence + "\tarrested\tPeruvian police\ttwo smugglers\tin Lima\ton Tuesday\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("out.tsv");
        Cli.Result r = Cli.run("eval", "carb", "--gold", gold.toString(), "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            String[] cells = line.split("\t");
            assertEquals(sentence, cells[0], "the gold sentence, exactly");
            Double.parseDouble(cells[1]);
            assertTrue(cells.length >= 5, line);
        }
        assertTrue(lines.stream().anyMatch(l -> l.endsWith("\tarrested\tPeruvian police\ttwo smugglers\tin Lima\ton Tuesday")),
                lines.toString());
        assertTrue(r.out().contains("CaRB F1 100.0"), r.out());
    }

    @Test
    void aMissingGoldFileIsAnError(@TempDir Path tmp) {
        Cli.Result r = Cli.run("eval", "carb", "--gold", tmp.resolve("absent.tsv").toString(), "--system",
                tmp.resolve("absent2.tsv").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("absent.tsv"), r.err());
    }
}
