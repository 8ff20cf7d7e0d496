package org.newsgraph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.bench.AnnotatorConfig;
import org.newsgraph.support.SharedData;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code newsgraph bench annotators} as a user runs it, on a tiny input: the example articles (the seeds) and five
 * CaRB sentences, two configurations. Timings are printed, never asserted.
 */
class BenchAnnotatorsCommandTest {

    private static final String CACHE = Path.of("target", "wikidict-cache").toString();

    @Test
    void explainsItselfAndNamesItsConfigurations() {
        Cli.Result r = Cli.run("bench", "annotators", "--help");
        assertEquals(0, r.status(), r.err());
        for (AnnotatorConfig c : AnnotatorConfig.CONFIGS) {
            assertTrue(r.out().contains(c.name()), c.name() + " in " + r.out());
        }
        assertTrue(Cli.run("bench", "--help").out().contains("annotators"));
    }

    @Test
    void anUnknownConfigurationIsAUsageError() {
        Cli.Result r = Cli.run("bench", "annotators", "--config", "coref-psychic");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("coref-psychic") && r.err().contains("coref-fastneural"), r.err());
    }

    @Test
    void eachConfigurationChangesOneThing() {
        assertEquals("as shipped", change("default"));
        assertEquals("`annotators -coref`", change("coref-none"));
        assertEquals("`coref.algorithm=fastneural`", change("coref-fastneural"));
        assertEquals("`annotators -depparse +parse`, `coref.algorithm=neural`", change("coref-neural"));
        assertEquals("`annotators -natlog -openie`", change("openie-off"));
    }

    @Test
    void measuresTwoConfigurationsOnTheExamples(@TempDir Path tmp) throws Exception {
        Path seedsGold = SharedData.require("eval/seeds/gold.tsv");
        Path carbGold = SharedData.require("eval/carb-dev/dev_gold.tsv");
        Path docs = Files.writeString(tmp.resolve("docs.jsonl"),
                "{\"doc_id\": \"d1\", \"text\": \"John Kerry met Sergei Lavrov in Geneva.\"}\n");
        Path linkingGold = Files.writeString(tmp.resolve("gold.tsv"), """
                doc_id\tbegin\tend\tsurface\tdbpedia_uri\torig_ref
                d1\t0\t10\tJohn Kerry\thttp://dbpedia.org/resource/John_Kerry\t
                d1\t15\t28\tSergei Lavrov\thttp://dbpedia.org/resource/Sergei_Lavrov\t
                d1\t32\t38\tGeneva\thttp://dbpedia.org/resource/Geneva\t
                """);
        Cli.Result r = Cli.run("bench", "annotators", "--seeds-gold", seedsGold.toString(), "--articles", "examples",
                "--carb-gold", carbGold.toString(), "--carb-sentences", "5", "--cache", CACHE,
                "--linking-docs", docs.toString(), "--linking-gold", linkingGold.toString(),
                "--config", "default", "--config", "coref-none");
        r.err().lines().filter(l -> l.startsWith("bench annotators:")).forEach(System.out::println);
        System.out.println(r.out());
        assertEquals(0, r.status(), r.err());

        Map<String, Map<String, String>> rows = rows(r.out());
        assertEquals(List.of("default", "coref-none"), List.copyOf(rows.keySet()), r.out());
        for (Map<String, String> row : rows.values()) {
            for (String number : List.of("load (s)", "heap added by loading (MB)", "sentences/s", "facts in graph")) {
                assertTrue(Double.parseDouble(row.get(number)) > 0, number + " in " + row);
            }
            for (String fraction : List.of("alias groups merged", "core facts", "facts", "boilerplate")) {
                assertTrue(row.get(fraction).matches("\\d+/\\d+"), fraction + " in " + row);
            }
            for (String percent : List.of("CaRB F1", "CaRB P", "CaRB R", "CaRB AUC", "linking F1", "linking P",
                    "linking R")) {
                double p = Double.parseDouble(row.get(percent));
                assertTrue(p >= 0 && p <= 100, percent + " in " + row);
            }
        }
        assertEquals("met", rows.get("default").get("seeds targets"), "the shipped default meets the seeds targets");
        assertEquals("26/26", rows.get("default").get("alias groups merged"));
        // Without coreference no pronoun is resolved, and an unresolved pronoun is never stored.
        assertEquals("0", rows.get("coref-none").get("pronoun arguments"));
        // The statistical coreference models take some hundreds of MB; more than the measurement's noise.
        assertTrue(Double.parseDouble(rows.get("coref-none").get("heap added by loading (MB)")) + 100
                < Double.parseDouble(rows.get("default").get("heap added by loading (MB)")), r.out());
        assertTrue(r.out().contains("5 CaRB sentences"), r.out());
    }

    private static String change(String name) {
        return (AnnotatorConfig.CONFIGS.stream()
                .filter(c -> c.name().equals(name)).findFirst().orElseThrow()).description();
    }

    /** The Markdown table's rows by configuration, each cell by its column's heading. */
    private static Map<String, Map<String, String>> rows(String out) {
        List<String> lines = out.lines().filter(l -> l.startsWith("|")).toList();
        assertTrue(lines.size() >= 2, out);
        List<String> head = cells(lines.get(0));
        assertNotNull(head);
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (String line : lines.subList(2, lines.size())) {
            List<String> cells = cells(line);
            assertEquals(head.size(), cells.size(), line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < head.size(); i++) {
                row.put(head.get(i), cells.get(i));
            }
            rows.put(cells.get(0), row);
        }
        return rows;
    }

    private static List<String> cells(String line) {
        String inner = line.strip().substring(1, line.strip().length() - 1);
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
    }
}
