package org.newsgraph.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.eval.CarbTuples.S;
import static org.newsgraph.eval.CarbTuples.ex;
import static org.newsgraph.eval.CarbTuples.gold;

/** CaRB's matching rules for one gold tuple and one extraction, on hand-written tuples. */
class CarbMatchTest {

    @Test
    void exactTupleScoresOneOne() {
        assertArrayEquals(new double[] {1, 1}, CarbMatch.match(gold("agreed to", "Brazil", "a truce"),
                ex(1, "agreed to", "Brazil", "a truce")), 1e-9);
    }

    @Test
    void precisionAndRecallCountTokens() {
        // gold: 2 + 1 + 2 = 5 tokens; extraction: 1 + 1 + 4 = 6 tokens; 4 shared.
        double[] m = CarbMatch.match(gold("agreed to", "Brazil", "a truce"),
                ex(1, "agreed", "Brazil", "a truce in Santos"));
        assertEquals(4.0 / 6, m[0], 1e-9);
        assertEquals(4.0 / 5, m[1], 1e-9);
    }

    @Test
    void argumentsTwoToNAreJoinedOnBothSides() {
        double[] m = CarbMatch.match(gold("agreed to", "Brazil", "a truce", "in Santos"),
                ex(1, "agreed to", "Brazil", "a truce in", "Santos"));
        assertArrayEquals(new double[] {1, 1}, m, 1e-9);
    }

    @Test
    void noSharedRelationWordIsNoMatch() {
        assertArrayEquals(new double[] {0, 0}, CarbMatch.match(gold("agreed to", "Brazil", "a truce"),
                ex(1, "signed", "Brazil", "a truce")), 1e-9);
    }

    @Test
    void tooFewArgumentsIsNoMatch() {
        assertArrayEquals(new double[] {0, 0}, CarbMatch.match(gold("agreed to", "Brazil", "a truce"),
                ex(1, "agreed to", "Brazil")), 1e-9);
    }

    @Test
    void matchingIsCaseSensitive() {
        double[] m = CarbMatch.match(gold("agreed to", "Brazil", "a truce"), ex(1, "agreed to", "brazil", "a truce"));
        assertEquals(4.0 / 5, m[0], 1e-9);
    }

    @Test
    void systemBeMatchesAnyFormOfBe() {
        CarbTuple g = new CarbTuple(S, 1, "is", List.of("Santos", "a port"));
        CarbTuple be = new CarbTuple(S, 1, "be", List.of("Santos", "a port"));
        assertArrayEquals(new double[] {1, 1}, CarbMatch.match(g, be), 1e-9);
    }

    @Test
    void saidRelationsAlsoMatchReversed() {
        CarbTuple g = gold("said", "The ministry", "Brazil agreed to a truce");
        CarbTuple reversed = ex(1, "said", "Brazil agreed to a truce", "The ministry");
        assertArrayEquals(new double[] {1, 1}, CarbMatch.match(g, reversed), 1e-9);
        CarbTuple notSaid = gold("agreed to", "Brazil", "a truce");
        assertEquals(0.4, CarbMatch.match(notSaid, ex(1, "agreed to", "a truce", "Brazil"))[0], 1e-9);
    }
}
