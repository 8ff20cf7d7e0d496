package org.newsgraph.eval;

import java.util.List;

/** Hand-written CaRB tuples of one sentence, for the scorer's tests. */
final class CarbTuples {

    static final String S = "The ministry said Brazil agreed to a truce in Santos on Monday .";

    private CarbTuples() {
    }

    /** A gold tuple of {@link #S}. */
    static CarbTuple gold(String relation, String... args) {
        return new CarbTuple(S, 1, relation, List.of(args));
    }

    /** An extraction from {@link #S} with this confidence. */
    static CarbTuple ex(double confidence, String relation, String... args) {
        return new CarbTuple(S, confidence, relation, List.of(args));
    }
}
