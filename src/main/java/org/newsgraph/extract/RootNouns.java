package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.Set;

/**
 * A sentence the parser rooted in its subject noun, with the main verb hung below that noun as a modifier: "The
 * council talks on export quotas continued with an extended session" parsed with "talks" as the root and
 * "continued" as a clause modifying it. A sentence needs a main verb, and a finite verb is never a noun's reduced
 * relative (that is a participle), so a finite verb without a subject that modifies the root noun before it is the
 * main verb, and the noun is its subject.
 *
 * <p>So is a noun with an infinitive complement ("the failure of the ministers to agree resulted in no bids",
 * "assistance to reach the harbour is needed", "the number of banks to fail now totals 32") that the parser read as
 * the infinitive's subject, with the main verb left hanging below the infinitive ("dep"): an infinitive has no
 * subject of its own, so the noun before it is the later finite verb's.
 */
final class RootNouns {

    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

    private RootNouns() {
    }

    /** The root noun that is finite verb {@code v}'s misparsed subject, or null. */
    static IndexedWord subjectOf(SentenceView s, IndexedWord v) {
        IndexedWord b = s.basic.getNodeByIndexSafe(v.index());
        if (b == null || v.tag() == null || !FINITE.contains(v.tag()) || hasSubject(s, b)) {
            return null;
        }
        for (SemanticGraphEdge e : s.basic.incomingEdgeIterable(b)) {
            IndexedWord noun = e.getGovernor();
            if (e.getRelation().toString().equals("acl") && noun.index() < v.index() && noun.tag() != null
                    && noun.tag().startsWith("NN") && s.basic.getRoots().contains(noun)) {
                return s.enhanced.getNodeByIndexSafe(noun.index());
            }
        }
        return null;
    }

    /** The noun the parser made the subject of an infinitive that verb {@code v}, finite and subjectless, hangs on. */
    static IndexedWord beforeInfinitive(SentenceView s, IndexedWord v) {
        IndexedWord b = s.basic.getNodeByIndexSafe(v.index());
        if (b == null || !FINITE.contains(v.tag()) && !hasFiniteAuxiliary(s, b) || hasSubject(s, b)) {
            return null;
        }
        for (SemanticGraphEdge e : s.basic.incomingEdgeIterable(b)) {
            IndexedWord infinitive = e.getGovernor();
            if (!e.getRelation().toString().equals("dep") || infinitive.index() > v.index()
                    || !QualifiedClauses.hasMark(s, infinitive, Set.of("to"))) {
                continue;
            }
            for (SemanticGraphEdge subj : s.basic.outgoingEdgeList(infinitive)) {
                IndexedWord noun = subj.getDependent();
                if (subj.getRelation().toString().equals("nsubj") && noun.tag() != null && noun.tag().startsWith("NN")
                        && noun.index() < infinitive.index()) {
                    return s.enhanced.getNodeByIndexSafe(noun.index());
                }
            }
        }
        return null;
    }

    private static boolean hasSubject(SentenceView s, IndexedWord b) {
        return s.basic.outgoingEdgeList(b).stream().map(e -> e.getRelation().toString())
                .anyMatch(rel -> rel.startsWith("nsubj") || rel.startsWith("csubj") || rel.equals("expl"));
    }

    private static boolean hasFiniteAuxiliary(SentenceView s, IndexedWord b) {
        return s.basic.outgoingEdgeList(b).stream().anyMatch(e -> e.getRelation().toString().startsWith("aux")
                && (FINITE.contains(e.getDependent().tag()) || "MD".equals(e.getDependent().tag())));
    }
}
