package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Clauses whose content the sentence does not assert: a condition ("if prices fall, ...", "unless the union
 * accepts ...": the fall and the acceptance are only supposed), a limit in time ("until the bank lowers its
 * rates": the lowering is awaited), and a purpose ("sold the plant to raise cash", "in order to cut costs": the
 * aim, not an outcome). A fact read from such a clause would state as done what the sentence only supposes or
 * intends, so the extractor leaves it out rather than assert it.
 *
 * <p>A predicate is qualified when it, or a verb it hangs from on its way to the root of the sentence, is an
 * adverbial clause introduced by one of these subordinators, or an infinitive adverbial clause without a subject
 * of its own. The clause a condition governs (its consequent, "the cartel will cut output") is left as it is: it
 * is usually hedged by its modal already, and news reports it as the speaker's expectation.
 */
final class QualifiedClauses {

    /** Subordinators of a condition or a limit in time: their clause is supposed, not stated. */
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "until", "till", "lest", "provided",
            "providing");
    /** Subordinators of a time clause, which below a verbless adjective give the time it will hold from. */
    private static final Set<String> TIMES = Set.of("when", "once", "whenever");
    /** The marker of a purpose clause: "to", alone or after "in order" or "so as". */
    private static final Set<String> PURPOSE = Set.of("to");

    private QualifiedClauses() {
    }

    /** Whether the predicate at this 1-based index stands in a clause the sentence supposes or intends. */
    static boolean qualifies(SentenceView s, int predicate) {
        IndexedWord w = predicate > 0 ? s.basic.getNodeByIndexSafe(predicate) : null;
        Set<Integer> seen = new HashSet<>();
        while (w != null && seen.add(w.index())) {
            SemanticGraphEdge in = incoming(s, w);
            if (in == null) {
                return false;
            }
            String rel = in.getRelation().toString();
            if (rel.equals("advcl") && (hasMark(s, w, CONDITIONS) || isPurpose(s, w))
                    || supposedTime(s, w, in.getGovernor())) {
                return true;
            }
            w = in.getGovernor();
        }
        return false;
    }

    /**
     * "effective when the commission makes its ruling", "payable once the company sells the plant": a time clause in
     * the present tense that hangs from an adjective with no copula, a phrase without a verb of its own, sets the
     * condition under which the adjective will hold; the ruling and the sale are awaited, not reported. (Below a
     * verb, "when he visits Washington" may be a visit that is planned, and is left as it is.)
     */
    private static boolean supposedTime(SentenceView s, IndexedWord w, IndexedWord governor) {
        if (governor == null || governor.tag() == null || !governor.tag().startsWith("JJ")
                || !Set.of("VBZ", "VBP").contains(w.tag()) || Dependents.hasBasic(s, governor, "cop")) {
            return false;
        }
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(w)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("advmod") || rel.equals("mark")) && e.getDependent().index() < w.index()
                    && TIMES.contains(e.getDependent().word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** An infinitive adverbial clause of a verb: "to raise cash", "in order to cut costs", "so as to avoid". */
    private static boolean isPurpose(SentenceView s, IndexedWord w) {
        return Dependents.isVerb(w) && hasMark(s, w, PURPOSE) && !hasSubject(s, w);
    }

    private static boolean hasSubject(SentenceView s, IndexedWord w) {
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(w)) {
            if (e.getRelation().toString().startsWith("nsubj")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word (a basic-graph node) has one of these words as its marker. */
    static boolean hasMark(SentenceView s, IndexedWord w, Set<String> words) {
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(w)) {
            if (e.getRelation().toString().equals("mark")
                    && words.contains(e.getDependent().word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static SemanticGraphEdge incoming(SentenceView s, IndexedWord w) {
        for (SemanticGraphEdge e : s.basic.incomingEdgeIterable(w)) {
            return e;
        }
        return null;
    }
}
