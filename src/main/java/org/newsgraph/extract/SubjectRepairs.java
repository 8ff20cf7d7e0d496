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
 *   belongs to a clause before it;</li>
 *   <li>a passive or copular conjunct that the parser hung on a verb of saying after the clause it reports ("staff
 *   said the bill had broad support and was expected to be approved by the committee", "said the offer removed a
 *   barrier and was consistent with the Soviet position"): it continues the reported clause, so its subject is
 *   that clause's, not the speaker; a speaker is said to do things, seldom to undergo them or to be something, in
 *   the sentence that reports their words. An active conjunct ("said the unit was sold and gave no details") is
 *   as often the speaker's own, and is left alone.</li>
 * </ul>
 *
 * <p>Two shapes are no clause at all ({@link #misparsedClause}): an infinitive given a subject ("the accord to
 * internationalise the yen", with "to" tagged a preposition), and a verb in the -s form whose subject is a plain
 * plural noun ("attempts to offset tax cuts arouses opposition"), where the parser took the end of a longer subject
 * for the subject.
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
        IndexedWord reported = reportedClauseSubject(s, p);
        if (reported != null) {
            a.subjects.clear();
            a.subjects.add(reported);
            return;
        }
        List<IndexedWord> before = a.subjects.stream().filter(x -> x.index() < p.index()).toList();
        if (before.size() == 2 && !conjoined(s, before.get(0), before.get(1))) {
            IndexedWord farther = before.get(0).index() < before.get(1).index() ? before.get(0) : before.get(1);
            a.subjects.remove(farther);
        }
    }

    /**
     * Whether the parse made a clause of {@code p} that the sentence does not have, so that no extractor should
     * read it: a base-form verb right after "to" (an adverb between allowed) whose nominal subject is the phrase
     * right before that "to", with no "for" ("for the bank to cut rates" has one): an infinitive has no subject of
     * its own, and the noun it follows is what it modifies ("the accord to internationalise the yen", "calls in
     * Congress to hold the rates", "moves to inject liquidity"); a noun whose possessor acts is read by
     * {@link NominalControl} ("Canada's decision to raise the issue"); or a
     * verb in the -s form whose subject is a plural common noun without a numeral or a conjunct (a count of years or
     * dollars takes a singular verb: "two years is long"): English makes them agree, so the plural is the end of a
     * longer subject ("attempts to impose a tax to offset tax cuts arouses opposition").
     */
    static boolean misparsedClause(SentenceView s, IndexedWord p) {
        IndexedWord b = s.basic.getNodeByIndexSafe(p.index());
        if (b == null || b.tag() == null || !Set.of("VB", "VBZ").contains(b.tag())) {
            return false;
        }
        IndexedWord subject = null;
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(b)) {
            String rel = e.getRelation().toString();
            if (rel.equals("nsubj") || rel.equals("nsubj:pass")) {
                subject = e.getDependent();
            } else if (rel.equals("mark") && e.getDependent().word().equalsIgnoreCase("for")) {
                return false;
            }
        }
        if (subject == null || !subject.tag().startsWith("NN")) {
            return false;
        }
        if (b.tag().equals("VB")) {
            int before = p.index() - 1;
            while (before > 0 && s.token(before).tag().startsWith("RB")) {
                before--;
            }
            int end = s.basic.descendants(subject).stream().mapToInt(IndexedWord::index).max().orElse(0);
            return end == before - 1 && s.token(before).word().equalsIgnoreCase("to");
        }
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(subject)) {
            if (Set.of("nummod", "conj").contains(e.getRelation().toString())) {
                return false;
            }
        }
        return subject.tag().equals("NNS") && subject.index() < p.index();
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

    /**
     * The subject of the reported clause that {@code p}, or the verb whose subject it shares ("was expected to be
     * approved"), continues as a passive or copular conjunct of the verb of saying; null when it continues none.
     */
    private static IndexedWord reportedClauseSubject(SentenceView s, IndexedWord p) {
        IndexedWord speech = continuedSpeechVerb(s, p);
        IndexedWord clause = speech == null ? null : reportedClauseBefore(s, speech, p);
        for (SemanticGraphEdge e : clause == null ? List.<SemanticGraphEdge>of() : s.basic.outgoingEdgeList(clause)) {
            if (e.getRelation().toString().startsWith("nsubj")) {
                return s.enhanced.getNodeByIndexSafe(e.getDependent().index());
            }
        }
        return null;
    }

    /**
     * The verb of saying whose reported clause {@code p} continues as a passive or copular conjunct without a
     * subject of its own (itself, or the verb whose subject it shares), or null; its facts are that speaker's.
     */
    static IndexedWord continuedSpeechVerb(SentenceView s, IndexedWord p) {
        IndexedWord top = s.basic.getNodeByIndexSafe(p.index());
        for (int depth = 0; top != null && depth < 3 && Dependents.controller(s, top) != null; depth++) {
            top = s.basic.getNodeByIndexSafe(Dependents.controller(s, top).index());
        }
        // in the basic graph, where a subject that enhanced++ lends a conjunct does not stand
        if (top == null || !Dependents.hasBasic(s, top, "aux:pass") && !Dependents.hasBasic(s, top, "cop")
                || Dependents.hasBasic(s, top, "nsubj") || Dependents.hasBasic(s, top, "nsubj:pass")) {
            return null;
        }
        for (SemanticGraphEdge in : s.basic.incomingEdgeIterable(top)) {
            IndexedWord speech = in.getGovernor();
            if (in.getRelation().toString().equals("conj") && ReportedSpeech.isSpeechVerb(s, speech.index())
                    && reportedClauseBefore(s, speech, top) != null) {
                return speech;
            }
        }
        return null;
    }

    /** The clause a verb of saying reports before word {@code w}, with a subject of its own, or null. */
    private static IndexedWord reportedClauseBefore(SentenceView s, IndexedWord speech, IndexedWord w) {
        for (SemanticGraphEdge c : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(speech.index()))) {
            IndexedWord clause = c.getDependent();
            if (c.getRelation().toString().equals("ccomp") && clause.index() < w.index()
                    && s.basic.outgoingEdgeList(clause).stream()
                    .anyMatch(e -> e.getRelation().toString().startsWith("nsubj"))) {
                return clause;
            }
        }
        return null;
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
