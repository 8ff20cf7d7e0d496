package org.newsgraph.eval;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.support.ExampleGraph;
import org.newsgraph.support.SharedData;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code eval gold} on the example articles (the seed articles, byte for byte) meets the targets: all 26 alias
 * groups merged (Jarablus and Jarabulus too), none over-merged, every core fact and 21 of 24 facts found, no
 * boilerplate, no pronoun argument.
 */
class SeedsGoldTest {

    private static GoldReport report;

    @BeforeAll
    static void score() throws IOException {
        GoldSet gold = GoldSet.read(SharedData.require("eval/seeds/gold.tsv"));
        report = new GoldScore(gold).score(ExampleGraph.get().store().dataset());
        report.lines(GoldTargets.SEEDS).forEach(System.out::println);
    }

    @Test
    void noEntityHoldsTwoGoldEntitiesNames() {
        assertEquals(0, report.overMerged().size(), String.join("\n", report.overMerged()));
    }

    @Test
    void noBoilerplateNamesAnything() {
        assertEquals(0, report.boilerplate().size(), String.join("\n", report.boilerplate()));
    }

    @Test
    void noFactHasAPronounArgument() {
        assertEquals(0, report.pronounArguments().size(), String.join("\n", report.pronounArguments()));
    }

    @Test
    void aliasGroupsMerged() {
        assertTrue(report.aliasGroupsMerged() >= 26, String.join("\n", report.lines(GoldTargets.SEEDS)));
    }

    @Test
    void goldFactsFound() {
        assertEquals(report.coreTotal(), report.coreFacts(), String.join("\n", report.lines(GoldTargets.SEEDS)));
        assertTrue(report.facts() >= 21, String.join("\n", report.lines(GoldTargets.SEEDS)));
    }

    @Test
    void everyTargetIsMet() {
        assertEquals(List.of(), report.targetsMissed(GoldTargets.SEEDS), String.join("\n", report.lines(GoldTargets.SEEDS)));
    }
}
