package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.Set;

/**
 * "soared in response to a drought", "are in line with its strategy", "acted on behalf of its clients": a
 * preposition, a bare singular noun and a second preposition work as one preposition, which the parser splits into
 * a phrase of the noun with the real object hung below it. The noun then says nothing on its own ("response",
 * "line", "behalf"); the object of the whole preposition is the phrase below it, and the noun with both
 * prepositions joins the relation ("soar in response to | drought").
 *
 * <p>Only a bare noun: one with a determiner, a modifier or a possessor ("in the market for wheat", "in its reply to
 * critics") is a phrase of its own, which is an object.
 */
final class ComplexPrepositions {

    /** Dependents that make the noun a phrase of its own. */
    private static final Set<String> OWN_PHRASE = Set.of("det", "amod", "nummod", "nmod:poss", "compound", "conj",
            "acl", "acl:relcl", "appos", "det:predet", "neg", "det:qmod");

    private ComplexPrepositions() {
    }

    /** The phrase a complex preposition made with this noun governs ("a drought" of "in response to"), or null. */
    static IndexedWord objectOf(SentenceView s, IndexedWord noun) {
        IndexedWord n = s.basic.getNodeByIndexSafe(noun.index());
        if (n == null || !"NN".equals(n.tag()) || s.isName(n.index())) {
            return null;
        }
        IndexedWord object = null;
        boolean cased = false;
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(n)) {
            String rel = e.getRelation().toString();
            if (OWN_PHRASE.contains(rel)) {
                return null;
            }
            cased |= rel.equals("case") && e.getDependent().index() < n.index();
            if (object == null && rel.equals("nmod") && hasCaseRightAfter(s, n, e.getDependent())) {
                object = e.getDependent();
            }
        }
        if (object == null || !cased) {
            return null;
        }
        IndexedWord enhanced = s.enhanced.getNodeByIndexSafe(object.index());
        return enhanced != null ? enhanced : object;
    }

    /** The phrase's own preposition stands right after the noun: "response to", not "response ... to". */
    private static boolean hasCaseRightAfter(SentenceView s, IndexedWord noun, IndexedWord d) {
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(d)) {
            if (e.getRelation().toString().equals("case") && e.getDependent().index() == noun.index() + 1) {
                return true;
            }
        }
        return false;
    }

    /** The object of the complex preposition this oblique's noun makes, else the oblique itself. */
    static IndexedWord through(SentenceView s, IndexedWord oblique) {
        IndexedWord object = objectOf(s, oblique);
        return object != null ? object : oblique;
    }

    /** The bare noun of the complex preposition that governs this phrase, or null. */
    static IndexedWord nounOver(SentenceView s, IndexedWord phrase) {
        IndexedWord b = s.basic.getNodeByIndexSafe(phrase.index());
        if (b == null) {
            return null;
        }
        for (SemanticGraphEdge e : s.basic.incomingEdgeIterable(b)) {
            IndexedWord g = e.getGovernor();
            IndexedWord object = g.index() > 0 ? objectOf(s, g) : null;
            if (object != null && object.index() == phrase.index()) {
                return g;
            }
        }
        return null;
    }
}
