package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.Set;

/**
 * "Whether the dollar rises or falls will depend on interest rates", "whether the merger goes ahead hinges on the
 * regulators": a verb whose subject is an open question (a clausal subject introduced by "whether") says what the
 * answer turns on, and so says it of the thing the question asks about, the question's own subject: the dollar
 * depends on interest rates. The parse gives the verb no nominal subject, so without this it makes no fact at all.
 *
 * <p>Only a verb: a copular predicate of such a question ("whether he runs is unclear") says nothing of the
 * question's subject, and its reading never reaches here. Only "whether": a clausal subject with "that" ("that
 * prices fell surprised analysts") is a fact, not a question about a thing.
 */
final class QuestionSubjects {

    private QuestionSubjects() {
    }

    /** The subject of the whether-clause that is verb {@code v}'s clausal subject, or null. */
    static IndexedWord subjectOf(SentenceView s, IndexedWord v) {
        IndexedWord b = s.basic.getNodeByIndexSafe(v.index());
        if (b == null) {
            return null;
        }
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(b)) {
            IndexedWord clause = e.getDependent();
            if (e.getRelation().toString().equals("csubj") && clause.index() < v.index()
                    && QualifiedClauses.hasMark(s, clause, Set.of("whether"))) {
                for (SemanticGraphEdge c : s.basic.outgoingEdgeList(clause)) {
                    if (c.getRelation().toString().equals("nsubj")) {
                        IndexedWord enhanced = s.enhanced.getNodeByIndexSafe(c.getDependent().index());
                        return enhanced != null ? enhanced : c.getDependent();
                    }
                }
            }
        }
        return null;
    }
}
