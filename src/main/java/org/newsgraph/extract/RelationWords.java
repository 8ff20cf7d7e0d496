package org.newsgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns relation words into a normalized relation: lemmas, without auxiliaries, adverbs or determiners
 * ("had already shelled" → "shell", "has pushed for" → "push for", "is in" → "be in").
 */
final class RelationWords {

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> HEDGES = Set.of("would", "may", "might", "could", "should", "can");
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "will", "shall", "would", "may",
            "might", "could", "should", "can", "must", "ought");

    private RelationWords() {
    }

    /** The normalized relation of these words, or "" when nothing but auxiliaries and adverbs is left. */
    static String lemma(List<CoreLabel> words) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            CoreLabel w = words.get(i);
            String lemma = lemmaOf(w);
            String tag = w.tag() == null ? "" : w.tag();
            if (tag.startsWith("RB") || tag.equals("DT") || tag.equals("PRP$") || tag.equals("POS")
                    || NEGATIONS.contains(lemma) || !Character.isLetter(lemma.isEmpty() ? ' ' : lemma.charAt(0))) {
                continue;
            }
            if (AUXILIARIES.contains(lemma) && followedByVerb(words, i)) {
                continue;
            }
            kept.add(lemma);
        }
        return String.join(" ", kept);
    }

    static boolean negated(List<CoreLabel> words) {
        return words.stream().anyMatch(RelationWords::isNegation);
    }

    static boolean hedged(List<CoreLabel> words) {
        return words.stream().anyMatch(RelationWords::isHedge);
    }

    static boolean isNegation(CoreLabel word) {
        return NEGATIONS.contains(lemmaOf(word));
    }

    static boolean isHedge(CoreLabel word) {
        return "MD".equals(word.tag()) && HEDGES.contains(lemmaOf(word));
    }

    static String lemmaOf(CoreLabel w) {
        String lemma = w.lemma() != null ? w.lemma() : w.word();
        String tag = w.tag() == null ? "" : w.tag();
        return tag.startsWith("NNP") ? lemma : lemma.toLowerCase(Locale.ROOT);
    }

    private static boolean followedByVerb(List<CoreLabel> words, int i) {
        for (int j = i + 1; j < words.size(); j++) {
            String tag = words.get(j).tag() == null ? "" : words.get(j).tag();
            if (tag.startsWith("VB")) {
                return true;
            }
            if (!tag.startsWith("RB") && !tag.equals("MD") && !isNegation(words.get(j))) {
                return false;
            }
        }
        return false;
    }
}
