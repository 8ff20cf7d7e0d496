package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;

/**
 * A clause in the bare subjunctive, the complement of a verb of demanding or proposing: "demanded that the YPG
 * retreat", "suggested the banks be given seats on the boards". Its verb is the bare form (or the bare "be" of a
 * passive) without a modal or tense, and "that", if any, is its only marker. What it states is asked of its
 * subject, so the demand or proposal is on that subject.
 */
final class Subjunctive {

    private Subjunctive() {
    }

    /** The subjects of clause {@code c} when it is in the bare subjunctive; otherwise none. */
    static List<IndexedWord> subjectsOf(SentenceView s, IndexedWord c) {
        List<IndexedWord> out = new ArrayList<>();
        if (!"VB".equals(c.tag()) && !bareBePassive(s, c) || Dependents.has(s, c, "aux")
                || Dependents.has(s, c, "mark") && !hasMarkThat(s, c)) {
            return out;
        }
        for (SemanticGraphEdge e : s.enhanced.outgoingEdgeList(c)) {
            String rel = e.getRelation().toString();
            if (rel.equals("nsubj") || rel.equals("nsubj:pass")) {
                out.add(e.getDependent());
            }
        }
        return out;
    }

    /** "(that they) be given": a past participle whose passive auxiliary is the bare "be". */
    private static boolean bareBePassive(SentenceView s, IndexedWord c) {
        return "VBN".equals(c.tag()) && s.enhanced.outgoingEdgeList(c).stream()
                .anyMatch(e -> e.getRelation().toString().equals("aux:pass") && "VB".equals(e.getDependent().tag()));
    }

    private static boolean hasMarkThat(SentenceView s, IndexedWord c) {
        for (SemanticGraphEdge e : s.enhanced.outgoingEdgeList(c)) {
            if (e.getRelation().toString().equals("mark") && e.getDependent().word().equalsIgnoreCase("that")) {
                return true;
            }
        }
        return false;
    }
}
