package org.newsgraph.eval;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.support.ExampleGraph;
import org.newsgraph.support.SharedData;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code eval seeds} on the example articles (the seed articles, byte for byte): the gold's figures may not fall.
 * The targets not met yet are held at the level reached, so any loss fails the build.
 */
class SeedsEvalTest {

    private static SeedsReport report;

    @BeforeAll
    static void score() throws IOException {
        SeedsGold gold = SeedsGold.read(SharedData.require("eval/seeds/gold.tsv"));
        report = new SeedsScore(gold).score(ExampleGraph.get().store().dataset());
        report.lines().forEach(System.out::println);
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
        assertTrue(report.aliasGroupsMerged() >= 25, String.join("\n", report.lines()));
    }

    @Test
    void goldFactsFound() {
        assertTrue(report.coreFacts() >= 8, String.join("\n", report.lines()));
        assertTrue(report.facts() >= 16, String.join("\n", report.lines()));
    }
}
