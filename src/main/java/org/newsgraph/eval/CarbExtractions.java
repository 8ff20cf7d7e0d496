package org.newsgraph.eval;

import org.newsgraph.extract.Argument;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Fact;

import java.util.ArrayList;
import java.util.List;

/**
 * newsgraph's facts as CaRB system tuples: relation words as the sentence has them, full argument phrases in
 * sentence order, extra arguments after the object.
 *
 * <p>For the graph, a verb with an object and prepositional phrases also yields one triple per phrase
 * ("shell in | troops | the village"); in Open IE output those are one n-ary tuple, so a fact whose object is an
 * extra argument of another fact with the same subject and predicate is not written.
 */
public final class CarbExtractions {

    private CarbExtractions() {
    }

    /** Whether another fact of the same subject and predicate has this one's object among its extra arguments. */
    static boolean coveredByAnother(Fact f, List<Fact> facts) {
        if (f.relation().head() < 0) {
            return false;
        }
        for (Fact g : facts) {
            if (g != f && g.sentence() == f.sentence() && g.relation().head() == f.relation().head()
                    && g.subject().head() == f.subject().head()
                    && g.extras().stream().anyMatch(a -> a.head() == f.object().head())) {
                return true;
            }
        }
        return false;
    }

    /** The facts of an extraction made from one benchmark sentence, each written against that sentence string. */
    public static List<CarbTuple> of(String sentence, Extraction extraction) {
        List<Fact> kept = new ArrayList<>();
        for (Fact f : extraction.facts()) {
            if (!coveredByAnother(f, extraction.facts())) {
                kept.add(f);
            }
        }
        List<CarbTuple> out = new ArrayList<>();
        for (Fact f : kept) {
            List<String> args = new ArrayList<>();
            for (Argument a : f.argumentsInOrder()) {
                args.add(a.fullText());
            }
            out.add(new CarbTuple(sentence, f.confidence(), f.relation().text(), args));
        }
        return out;
    }
}
