package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Clauses whose content the sentence does not assert: a condition and what hangs on it ("if prices fall, the
 * cartel will cut output": neither the fall nor the cut has happened), a limit in time ("until the bank lowers its
 * rates": the lowering is awaited), and a purpose ("sold the plant to raise cash", "in order to cut costs": the
 * aim, not an outcome). A fact read from such a clause would state as done what the sentence only supposes or
 * intends, so the extractor leaves it out rather than assert it.
 *
 * <p>A predicate is qualified when it, or a verb it hangs from on its way to the root of the sentence, is an
 * adverbial clause introduced by one of these subordinators; and when the predicate itself, or the verb whose
 * complement or conjunct it is, governs a conditional clause (the consequent of "if"). A relative clause or
 * other modifier under a conditional's consequent is not qualified by it: only the consequent's own verb chain is.
 */
final class QualifiedClauses {

    /** Subordinators of a condition or a limit in time: their clause and a condition's consequent are supposed. */
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "until", "till", "lest", "provided",
            "providing");
    /** Subordinators whose clause is supposed but whose governing clause is asserted. */
    private static final Set<String> LIMITS = Set.of("until", "till");
    /** The marker of a purpose clause: "to", alone or after "in order" or "so as". */
    private static final Set<String> PURPOSE = Set.of("to");

    private QualifiedClauses() {
    }

    /** Whether the predicate at this 1-based index stands in a clause the sentence supposes or intends. */
    static boolean qualifies(SentenceView s, int predicate) {
        IndexedWord w = predicate > 0 ? s.basic.getNodeByIndexSafe(predicate) : null;
        Set<Integer> seen = new HashSet<>();
        boolean ownChain = true;
        while (w != null && seen.add(w.index())) {
            if (ownChain && governsCondition(s, w)) {
                return true;
            }
            SemanticGraphEdge in = incoming(s, w);
            if (in == null) {
                return false;
            }
            String rel = in.getRelation().toString();
            if (rel.equals("advcl") && (hasMark(s, w, CONDITIONS) || isPurpose(s, w))) {
                return true;
            }
            // the consequent of a condition is the clause's own verb chain: its complements and conjuncts
            ownChain &= rel.equals("xcomp") || rel.equals("conj") || rel.equals("ccomp");
            w = in.getGovernor();
        }
        return false;
    }

    /** "will cut output if prices fall": the verb governs a conditional (not a time-limit) clause. */
    private static boolean governsCondition(SentenceView s, IndexedWord w) {
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(w)) {
            if (e.getRelation().toString().equals("advcl") && hasMark(s, e.getDependent(), CONDITIONS)
                    && !hasMark(s, e.getDependent(), LIMITS)) {
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

    private static boolean hasMark(SentenceView s, IndexedWord w, Set<String> words) {
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
