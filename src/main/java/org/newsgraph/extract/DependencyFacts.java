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

    /**
     * What the dependency patterns read in a sentence.
     *
     * @param facts      the facts, in the order above
     * @param unreadable the verbs whose every reading is wrong, which no other extractor may read either
     */
    record Reading(List<Fact> facts, Set<Integer> unreadable) {
    }

    static Reading read(SentenceView s) {
        List<Fact> facts = new ArrayList<>();
        Set<Integer> unreadable = new HashSet<>();
        if (s.enhanced == null || s.basic == null) {
            return new Reading(facts, unreadable);
        }
        for (IndexedWord word : s.enhanced.vertexListSorted()) {
            if (Dependents.isVerb(word)) {
                if (PredicateFacts.read(s, word, false, facts)) {
                    unreadable.add(word.index());
                }
            } else if (Dependents.has(s, word, "cop")) {
                PredicateFacts.read(s, word, true, facts);
            }
        }
        AppositionFacts.readAppositions(s, facts);
        AppositionFacts.readTitles(s, facts);
        ReportedSpeech.readParataxis(s, facts);
        return new Reading(ReportedSpeech.attributed(s, facts), unreadable);
    }
}
