package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * Small questions the clause readers ask of a word in the dependency graphs: which relations it governs, which
 * preposition it takes, whether another verb controls its subject. Shared by the readers of every kind of clause.
 */
final class Dependents {

    private Dependents() {
    }

    /** Whether the word governs this relation in the enhanced++ graph. */
    static boolean has(SentenceView s, IndexedWord w, String relation) {
        for (SemanticGraphEdge e : s.enhanced.outgoingEdgeList(w)) {
            if (e.getRelation().toString().equals(relation)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word takes this preposition ("by" of "backed by tanks") in the basic graph. */
    static boolean hasCase(SentenceView s, IndexedWord w, String preposition) {
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(w.index()))) {
            if (e.getRelation().toString().equals("case") && e.getDependent().word().equalsIgnoreCase(preposition)) {
                return true;
            }
        }
        return false;
    }

    static boolean isVerb(IndexedWord w) {
        return w.tag() != null && w.tag().startsWith("VB");
    }

    static String lemmaOf(SentenceView s, IndexedWord w) {
        return RelationWords.lemmaOf(s.token(w.index()));
    }

    /**
     * The verb that controls this one's subject: "wants to prevent", "has had to close" (an open complement, or
     * a "to" clause without a subject of its own, which the parser sometimes makes a closed one), or null.
     */
    static IndexedWord controller(SentenceView s, IndexedWord verb) {
        IndexedWord b = s.basic.getNodeByIndexSafe(verb.index());
        if (b == null || !isVerb(b)) {
            return null;
        }
        boolean to = false;
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(b)) {
            String rel = e.getRelation().toString();
            if (rel.startsWith("nsubj") || rel.startsWith("csubj")) {
                return null;
            }
            to |= rel.equals("mark") && e.getDependent().word().equalsIgnoreCase("to");
        }
        for (SemanticGraphEdge e : s.basic.incomingEdgeIterable(b)) {
            String rel = e.getRelation().toString();
            boolean governor = isVerb(e.getGovernor()) || isCopularAdjective(s, e.getGovernor());
            if (governor && (rel.equals("xcomp") || rel.equals("ccomp") && to)) {
                return e.getGovernor();
            }
        }
        return null;
    }

    /** "were able (to ...)", "is unlikely (to ...)": an adjective with a copula. */
    static boolean isCopularAdjective(SentenceView s, IndexedWord w) {
        return w.tag() != null && w.tag().startsWith("JJ") && has(s, w, "cop");
    }

    /** Whether a verb has an open verbal complement ("tried to leave"): the complement's facts say it. */
    static boolean controlsVerb(SentenceView s, IndexedWord verb) {
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(verb.index()))) {
            if (e.getRelation().toString().equals("xcomp") && isVerb(e.getDependent())) {
                return true;
            }
        }
        return false;
    }
}
