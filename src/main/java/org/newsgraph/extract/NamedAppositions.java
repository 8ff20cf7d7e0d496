package org.newsgraph.extract;

import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.Locale;
import java.util.Set;

/**
 * The name that says who a definite common noun is, set off by commas after it: "its largest shareholder, Summit
 * Resources Inc, said", "the bank's chairman, John Reed, resigned". The noun phrase picks out one actor and the
 * apposition names it, so the argument is that name, as with a close apposition ("his counterpart Sergei
 * Lavrov"). Only for a subject, the actor of its clause: an object so set off is as often a thing with a name
 * ("will retain its symbol, LBC"). An indefinite noun ("a unit, Acme Corp") only describes; a place is no actor's
 * name.
 */
final class NamedAppositions {

    private static final Set<String> DEFINITE = Set.of("the", "this", "that");
    private static final Set<String> ACTORS = Set.of("PERSON", "ORGANIZATION");

    private NamedAppositions() {
    }

    /** The head of the name that stands for this argument head, or -1. */
    static int nameFor(SentenceView s, int head) {
        int close = s.closeAppositionName(head);
        if (close > 0 || s.mentionOfToken[head - 1] >= 0 || !s.token(head).tag().matches("NNS?")
                || !isSubject(s, head)) {
            return close;
        }
        boolean definite = false;
        int name = -1;
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(head))) {
            String rel = e.getRelation().toString();
            int d = e.getDependent().index();
            definite |= rel.equals("nmod:poss")
                    || rel.equals("det") && DEFINITE.contains(e.getDependent().word().toLowerCase(Locale.ROOT));
            if (name < 0 && rel.equals("appos") && d > head && s.mentionOfToken[d - 1] >= 0
                    && ACTORS.contains(s.token(d).ner())) {
                name = d;
            }
        }
        return definite ? name : -1;
    }

    /** Only a subject: an object so set off is as often a thing named ("retain its symbol, LBC"). */
    private static boolean isSubject(SentenceView s, int head) {
        for (SemanticGraphEdge e : s.basic.incomingEdgeIterable(s.basic.getNodeByIndexSafe(head))) {
            if (e.getRelation().toString().startsWith("nsubj")) {
                return true;
            }
        }
        return false;
    }
}
