package org.newsgraph.eval;

import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Fact;

import java.util.ArrayList;
import java.util.List;

/**
 * newsgraph's facts as CaRB system tuples.
 */
public final class CarbExtractions {

    private CarbExtractions() {
    }

    /** The facts of an extraction made from one benchmark sentence, each written against that sentence string. */
    public static List<CarbTuple> of(String sentence, Extraction extraction) {
        List<CarbTuple> out = new ArrayList<>();
        for (Fact f : extraction.facts()) {
            out.add(new CarbTuple(sentence, f.confidence(), f.relation().text(),
                    List.of(f.subject().text(), f.object().text())));
        }
        return out;
    }
}
