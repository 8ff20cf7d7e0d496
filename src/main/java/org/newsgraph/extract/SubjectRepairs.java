package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.List;
import java.util.Set;

/**
 * Subjects the parse gives a verb that the sentence does not. Enhanced++ spreads a verb's subject over the verbs
 * conjoined with it, and the parser sometimes gives one verb two subjects; two shapes are misreadings:
 *
 * <ul>
 *   <li>a bare past participle conjoined with a verb in the present or -ing form ("is issuing a bond,
 *   denominated in francs and priced at par"): with no auxiliary of its own and none to share (a past participle
 *   shares "has" or "was" only with a past participle before it: "has issued and priced"), it is a participle
 *   describing the object, which the parser hung on the verb; the verb's subject is not what it says is priced.
 *   After a verb in the past tense it is left alone: the tagger often takes a past tense for a participle ("froze
 *   prices, fixed the value");</li>
 *   <li>two subjects of one verb that are not conjoined with each other ("imports increased to avoid further
 *   domestic shortages the trade surplus plunged"): a verb has one subject, the phrase nearest before it; the other
 *   belongs to a clause before it.</li>
 * </ul>
 */
final class SubjectRepairs {

    private SubjectRepairs() {
    }

    /** Repairs the subjects of {@code p}: none for a conjoined bare participle, the nearest of two unconjoined. */
    static void repair(SentenceView s, IndexedWord p, PredicateArguments a) {
        if (conjoinedParticiple(s, p)) {
            a.subjects.clear();
            return;
        }
        List<IndexedWord> before = a.subjects.stream().filter(x -> x.index() < p.index()).toList();
        if (before.size() == 2 && !conjoined(s, before.get(0), before.get(1))) {
            IndexedWord farther = before.get(0).index() < before.get(1).index() ? before.get(0) : before.get(1);
            a.subjects.remove(farther);
        }
    }

    /**
     * Whether {@code p} is a bare past participle conjoined with a present or -ing verb, whose subject the parse
     * lends it wrongly; no extractor should read it with one.
     */
    static boolean conjoinedParticiple(SentenceView s, IndexedWord p) {
        IndexedWord b = s.basic.getNodeByIndexSafe(p.index());
        if (b == null || !"VBN".equals(b.tag())) {
            return false;
        }
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(b)) {
            String rel = e.getRelation().toString();
            if (rel.startsWith("nsubj") || rel.startsWith("aux")) {
                return false;
            }
        }
        for (SemanticGraphEdge e : s.basic.incomingEdgeIterable(b)) {
            if (e.getRelation().toString().equals("conj")) {
                // a past tense before it ("froze prices, fixed the value") is as often tagged a participle
                return Set.of("VBG", "VB", "VBZ", "VBP").contains(e.getGovernor().tag());
            }
        }
        return false;
    }

    private static boolean conjoined(SentenceView s, IndexedWord x, IndexedWord y) {
        IndexedWord bx = s.basic.getNodeByIndexSafe(x.index());
        IndexedWord by = s.basic.getNodeByIndexSafe(y.index());
        if (bx == null || by == null) {
            return true;
        }
        return s.basic.getShortestUndirectedPathEdges(bx, by).stream()
                .allMatch(e -> e.getRelation().toString().equals("conj"));
    }
}
