package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Facts read off the dependency graphs, clause by clause in the manner of clause-based Open IE (ClausIE,
 * OpenIE 4): every predicate's facts ({@link PredicateFacts}, a verb or the predicate of "is a ..."), then the
 * facts of appositions and titles ({@link AppositionFacts}), then the speech a verb after its clause reports
 * ({@link ReportedSpeech}); last, each fact of a reported clause is attributed to its speaker. The facts come out
 * in that order, the predicates' in sentence order.
 */
final class DependencyFacts {

    static final String EXTRACTOR = "dependency";

    private DependencyFacts() {
    }

    static List<Fact> of(SentenceView s) {
        List<Fact> facts = new ArrayList<>();
        if (s.enhanced == null || s.basic == null) {
            return facts;
        }
        for (IndexedWord word : s.enhanced.vertexListSorted()) {
            if (Dependents.isVerb(word)) {
                PredicateFacts.read(s, word, false, facts);
            } else if (Dependents.has(s, word, "cop")) {
                PredicateFacts.read(s, word, true, facts);
            }
        }
        AppositionFacts.readAppositions(s, facts);
        AppositionFacts.readTitles(s, facts);
        ReportedSpeech.readParataxis(s, facts);
        return ReportedSpeech.attributed(s, facts);
    }

    /** The verbs of the sentence whose every reading is wrong, which no other extractor may read either. */
    static Set<Integer> unreadable(SentenceView s) {
        Set<Integer> out = new HashSet<>();
        if (s.enhanced == null || s.basic == null) {
            return out;
        }
        for (IndexedWord word : s.enhanced.vertexListSorted()) {
            if (Dependents.isVerb(word) && PredicateFacts.unreadable(s, word)) {
                out.add(word.index());
            }
        }
        return out;
    }
}
