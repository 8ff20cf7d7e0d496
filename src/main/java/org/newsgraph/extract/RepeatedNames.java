package org.newsgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An organization's name that NER found in one place of an article and missed where the article writes it again:
 * "Standard and Poor's Corp downgraded Denmark … Standard and Poor's said", "General Motors Corp … General
 * Motors said". NER reads each sentence on its own, and a name it does not know it may tag in one context only.
 * The article's own names, as NER delimited them and without a company designator, are names wherever the same
 * words recur with the same capitals. Only names of two words or more, so a common word is never taken.
 */
final class RepeatedNames {

    /** A name's words, as the tokenizer split them. */
    record Name(List<String> words) {
    }

    private static final Set<String> DESIGNATORS = Set.of("Corp", "Corporation", "Inc", "Co", "Cos", "Ltd", "Plc",
            "PLC", "LLC", "AG", "SA", "NV", "Spa", "Group", ".");

    private RepeatedNames() {
    }

    /** The article's organization names of two words or more, each also without its company designator. */
    static List<Name> of(CoreDocument doc) {
        Map<List<String>, Name> names = new LinkedHashMap<>();
        for (CoreSentence cs : doc.sentences()) {
            if (cs.entityMentions() == null) {
                continue;
            }
            for (CoreEntityMention m : cs.entityMentions()) {
                if (!"ORGANIZATION".equals(m.entityType())) {
                    continue;
                }
                List<String> words = m.tokens().stream().map(CoreLabel::word).toList();
                while (words.size() > 2 && DESIGNATORS.contains(words.get(words.size() - 1))) {
                    names.putIfAbsent(words, new Name(words));
                    words = words.subList(0, words.size() - 1);
                }
                if (words.size() >= 2 && Character.isUpperCase(words.get(words.size() - 1).charAt(0))
                        || words.size() >= 3) {
                    names.putIfAbsent(words, new Name(words));
                }
            }
        }
        List<Name> out = new ArrayList<>(names.values());
        out.sort((a, b) -> b.words().size() - a.words().size());
        return out;
    }

    /**
     * The token spans (0-based, end exclusive) of a sentence where it writes one of the names, longest names first:
     * where none of the words is in a NER mention, or only in mentions that lie inside the name (NER's "Halvorsen"
     * of "Halvorsen and Berg"), which the name replaces.
     *
     * @param nerOf for each token, the number of the NER mention it is in, or -1
     */
    static List<int[]> untagged(CoreSentence cs, List<Name> names, int[] nerOf) {
        List<int[]> spans = new ArrayList<>();
        boolean[] taken = new boolean[nerOf.length];
        List<CoreLabel> tokens = cs.tokens();
        for (Name n : names) {
            int len = n.words().size();
            for (int i = 0; i + len <= tokens.size(); i++) {
                if (matches(tokens, i, n.words()) && free(nerOf, taken, i, i + len)) {
                    spans.add(new int[] {i, i + len});
                    java.util.Arrays.fill(taken, i, i + len, true);
                }
            }
        }
        return spans;
    }

    private static boolean matches(List<CoreLabel> tokens, int from, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(from + k).word().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean free(int[] nerOf, boolean[] taken, int from, int to) {
        for (int k = 0; k < nerOf.length; k++) {
            boolean inside = k >= from && k < to;
            if (inside && taken[k] || !inside && nerOf[k] >= 0
                    && (nerOf[k] == nerOf[from] || nerOf[k] == nerOf[to - 1])) {
                return false;
            }
        }
        return true;
    }
}
