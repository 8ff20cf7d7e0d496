package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.Set;

/**
 * A relative clause the parser did not hang on the noun it describes, which it does when something stands between
 * them: a time ("took up a bill tomorrow that would strengthen the teams", "bought debentures on Feb 23 that can be
 * converted into shares") or a comma ("cancel 711,192 of its shares, which will be acquired from its founder"). The
 * clause's verb is then read with the bare relative pronoun as its subject, which names nothing. A relative pronoun
 * stands right after its antecedent, so the noun right before it, past that time or comma, is what it stands for;
 * a time is never the antecedent, and a verb before the time ("found this year that costs ...") makes the "that" a
 * complementizer.
 *
 * <p>Not after a verb of saying: "said in its outlook that prices ...", "told reporters that ..." is the
 * complementizer "that" before a reported clause, which the tagger also takes for a relative pronoun.
 */
final class DetachedRelatives {

    /** Relations of a bare noun phrase that says when: "tomorrow", "this year". */
    private static final Set<String> TIME_MODIFIERS = Set.of("obl:tmod", "nmod:tmod");
    /** Relations of a word inside such a phrase to the phrase's head. */
    private static final Set<String> PHRASE_WORDS = Set.of("det", "amod", "compound", "nummod");
    /** Relations that make a noun part of a larger phrase, not the head of its own. */
    private static final Set<String> INSIDE_A_PHRASE = Set.of("compound", "amod", "nmod:poss", "flat", "fixed");

    private DetachedRelatives() {
    }

    /**
     * The token before the time phrase ending at token {@code j} ("tomorrow", "this year": a noun phrase the parse
     * reads as a bare time modifier), or {@code j} itself when it ends none.
     */
    private static int beforeTime(SentenceView s, int j) {
        IndexedWord t = s.basic.getNodeByIndexSafe(j);
        for (int depth = 0; t != null && depth < 3; depth++) {
            IndexedWord up = null;
            for (SemanticGraphEdge e : s.basic.incomingEdgeIterable(t)) {
                String rel = e.getRelation().toString();
                if (TIME_MODIFIERS.contains(rel)) {
                    int first = t.index();
                    for (IndexedWord d : s.basic.descendants(t)) {
                        first = Math.min(first, d.index());
                    }
                    return first - 1;
                }
                up = PHRASE_WORDS.contains(rel) ? e.getGovernor() : null;
            }
            t = up;
        }
        return j;
    }

    /** The noun the relative pronoun at {@code w} stands for when the parse hung its clause nowhere, or null. */
    static IndexedWord antecedentOf(SentenceView s, IndexedWord w) {
        int j = w.index() - 1;
        if (j >= 1 && s.token(j).word().equals(",")) {
            j--;
        } else if (j >= 1) {
            j = beforeTime(s, j);
        }
        if (j < 1 || s.token(j).tag() == null || !s.token(j).tag().startsWith("NN") || beforeTime(s, j) != j) {
            return null;
        }
        IndexedWord noun = s.basic.getNodeByIndexSafe(j);
        if (noun == null) {
            return null;
        }
        for (SemanticGraphEdge e : s.basic.incomingEdgeIterable(noun)) {
            String rel = e.getRelation().toString();
            int g = e.getGovernor().index();
            if (INSIDE_A_PHRASE.contains(rel) || g > 0 && ReportedSpeech.isSpeechVerb(s, g)) {
                return null;
            }
        }
        return s.enhanced.getNodeByIndexSafe(j);
    }
}
