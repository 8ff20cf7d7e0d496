package org.newsgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reported speech and thought. A clause that a speech verb reports ("X said ...", "..., a ministry official said")
 * is a claim of the speaker, not of the article, so its facts are attributed to the speaker
 * ({@link Fact#attributedTo()}); the speech itself is a fact whose object is the reported clause. A speech verb
 * after its clause hangs off it (parataxis) and has no object of its own, so that speech fact is read here; one
 * before its clause is an ordinary predicate with a clause object.
 */
final class ReportedSpeech {

    /** Verbs that report what someone said or thinks (the speaker of {@link Fact#attributedTo()}). */
    private static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "add", "state", "announce", "report",
            "claim", "argue", "contend", "note", "insist", "warn", "explain", "deny", "believe", "think", "predict",
            "estimate", "suggest", "acknowledge", "admit", "assert", "confirm", "declare", "maintain", "reply",
            "respond", "write", "allege", "indicate", "stress", "complain", "concede", "caution", "observe",
            "recall", "testify", "reckon", "speculate", "emphasize");

    private ReportedSpeech() {
    }

    /**
     * "..., a ministry official said": the speech verb hangs off the clause it reports (parataxis); the speaker
     * said that clause.
     */
    static void readParataxis(SentenceView s, List<Fact> facts) {
        for (SemanticGraphEdge e : s.basic.edgeListSorted()) {
            IndexedWord verb = e.getDependent();
            if (!e.getRelation().toString().equals("parataxis") || !isSpeechVerb(s, verb.index())) {
                continue;
            }
            boolean hasObject = false;
            for (SemanticGraphEdge c : s.basic.outgoingEdgeList(verb)) {
                String rel = c.getRelation().toString();
                hasObject |= rel.equals("ccomp") || rel.equals("obj") || rel.equals("xcomp");
            }
            IndexedWord speaker = subjectOf(s, verb);
            if (hasObject || speaker == null) {
                continue;
            }
            RelationGroup group = RelationGroup.of(s, verb, false, false);
            Argument clause = s.clauseAt(e.getGovernor().index(), Set.of(verb.index()));
            Relation r = group.relation(s, group.lemma());
            facts.add(group.fact(s, s.argumentAt(speaker.index(), Set.of(verb.index())), r, clause, 0.7, List.of(),
                    false));
        }
    }

    /** The facts, each attributed to the speaker of the clause its predicate stands in, unless it is theirs. */
    static List<Fact> attributed(SentenceView s, List<Fact> facts) {
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            Argument speaker = f.relation().head() > 0 ? speakerOf(s, f.relation().head()) : null;
            out.add(speaker != null && speaker.head() != f.subject().head() ? f.attributed(speaker) : f);
        }
        return out;
    }

    /** The subject of the speech verb that reports the clause holding this predicate, or null. */
    private static Argument speakerOf(SentenceView s, int predicate) {
        IndexedWord node = s.basic.getNodeByIndexSafe(predicate);
        Set<Integer> seen = new HashSet<>();
        while (node != null && seen.add(node.index())) {
            Argument after = speakerAfter(s, node);
            if (after != null) {
                return after;
            }
            // the parser took the clause's subject for the speech verb's object: "projected the economy would
            // expand", or hung the clause elsewhere: "said weaker exports would mean ...", with "said" its subject
            IndexedWord unmarked = UnmarkedClauses.verbOf(s, node);
            IndexedWord speech = unmarked != null && isSpeechVerb(s, unmarked.index()) ? unmarked
                    : SplitReports.speechVerbOf(s, node);
            speech = speech != null ? speech : SubjectRepairs.continuedSpeechVerb(s, node); // "... and was expected
            if (speech != null) {
                IndexedWord speaker = subjectOf(s, speech);
                return speaker == null ? null : s.argumentAt(speaker.index());
            }
            SemanticGraphEdge up = s.basic.incomingEdgeIterable(node).iterator().hasNext()
                    ? s.basic.incomingEdgeIterable(node).iterator().next() : null;
            if (up == null) {
                return null;
            }
            if (up.getRelation().toString().equals("ccomp") && isSpeechVerb(s, up.getGovernor().index())) {
                IndexedWord speaker = subjectOf(s, up.getGovernor());
                return speaker == null ? null : s.argumentAt(speaker.index());
            }
            node = up.getGovernor();
        }
        return null;
    }

    /** "..., a ministry official said": the speaker of a speech verb hanging off this clause, or null. */
    private static Argument speakerAfter(SentenceView s, IndexedWord clause) {
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(clause)) {
            if (e.getRelation().toString().equals("parataxis") && isSpeechVerb(s, e.getDependent().index())) {
                IndexedWord speaker = subjectOf(s, e.getDependent());
                if (speaker != null) {
                    return s.argumentAt(speaker.index());
                }
            }
        }
        return null;
    }

    private static IndexedWord subjectOf(SentenceView s, IndexedWord verb) {
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(verb.index()))) {
            if (e.getRelation().toString().equals("nsubj")) {
                return e.getDependent();
            }
        }
        return null;
    }

    /** Whether token {@code i} (1-based) is a verb of saying. */
    static boolean isSpeechVerb(SentenceView s, int i) {
        CoreLabel t = s.token(i);
        return t.tag() != null && t.tag().startsWith("VB") && SPEECH_VERBS.contains(RelationWords.lemmaOf(t));
    }
}
