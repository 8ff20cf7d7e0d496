package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.Set;

/**
 * A reported clause without "that" which the parser split: it takes the clause's subject for the speech verb's
 * object and hangs the clause's finite verb elsewhere, without a subject: as a second object ("told a press
 * conference the jobless rate underlines the need ..."), as a conjunct without a conjunction ("said a jury in the
 * county court, has ruled in its favor"), or with the speech verb as its clausal subject ("Moody's said weaker
 * exports would mean a wider deficit"). The noun between the speech verb and that verb is the verb's subject.
 *
 * <p>Only a finite verb (tensed, or with an auxiliary or modal) after the noun is read so: an infinitive or a
 * participle needs no subject of its own ("told reporters to leave", "said the plan, adding ..."), a conjunct after
 * "and" or "but" is the speech verb's own ("told the court the truth and left"), and a pronoun object is whom it was
 * told to, never a subject.
 */
final class SplitReports {

    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

    private SplitReports() {
    }

    /** The subject the parse split off verb {@code v} as a speech verb's object, or null. */
    static IndexedWord subjectOf(SentenceView s, IndexedWord v) {
        IndexedWord speech = speechVerb(s, v);
        return speech == null ? null : objectBefore(s, speech, v);
    }

    /** The speech verb whose reported clause the parse split at verb {@code v}, or null: its speaker said it. */
    static IndexedWord speechVerbOf(SentenceView s, IndexedWord v) {
        IndexedWord speech = speechVerb(s, v);
        return speech != null && objectBefore(s, speech, v) != null ? speech : null;
    }

    private static IndexedWord speechVerb(SentenceView s, IndexedWord v) {
        IndexedWord b = s.basic.getNodeByIndexSafe(v.index());
        if (b == null || !finite(s, b)) {
            return null;
        }
        IndexedWord speech = null;
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(b)) {
            String rel = e.getRelation().toString();
            if (rel.equals("csubj") && ReportedSpeech.isSpeechVerb(s, e.getDependent().index())) {
                speech = e.getDependent();
            } else if (rel.startsWith("nsubj") || rel.startsWith("csubj") || rel.equals("expl") || rel.equals("cc")) {
                return null;
            }
        }
        for (SemanticGraphEdge e : s.basic.incomingEdgeIterable(b)) {
            String rel = e.getRelation().toString();
            if (Set.of("obj", "conj", "dep").contains(rel) && ReportedSpeech.isSpeechVerb(s, e.getGovernor().index())) {
                speech = e.getGovernor();
            }
        }
        return speech;
    }

    /** The speech verb's last noun object between it and {@code v} (a pronoun there is whom it was told to). */
    private static IndexedWord objectBefore(SentenceView s, IndexedWord speech, IndexedWord v) {
        IndexedWord object = null;
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(speech)) {
            int i = e.getDependent().index();
            if (e.getRelation().toString().equals("obj") && i > speech.index() && i < v.index()
                    && s.token(i).tag().startsWith("NN") && (object == null || i > object.index())) {
                object = e.getDependent();
            }
        }
        return object == null ? null : s.enhanced.getNodeByIndexSafe(object.index());
    }

    private static boolean finite(SentenceView s, IndexedWord b) {
        if (b.tag() != null && FINITE.contains(b.tag())) {
            return true;
        }
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(b)) {
            if (e.getRelation().toString().startsWith("aux")) {
                return true;
            }
        }
        return false;
    }
}
