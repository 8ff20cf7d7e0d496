package org.newsgraph.pipeline;

import org.newsgraph.canon.ResolvedArticle;
import org.newsgraph.canon.ResolvedFact;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** What an ingest run has done so far; written by the writer thread only, except {@link #resolving}. */
final class RunTally {
    private final long start = System.nanoTime();
    private final Consumer<String> problems;
    private final Set<String> entities = new HashSet<>();
    /** Articles handed to the NLP, counted by the reading thread. */
    final AtomicInteger resolving = new AtomicInteger();
    private int articles;
    private int sentences;
    private int facts;
    private int failures;
    private int unchanged;

    RunTally(Consumer<String> problems) {
        this.problems = problems;
    }

    /** Counts an article; entities an earlier article of the run stored under a key now renamed count once. */
    void stored(ResolvedArticle resolved, Map<String, String> renamed) {
        renamed.forEach((from, to) -> {
            if (entities.remove(from)) {
                entities.add(to);
            }
        });
        articles++;
        sentences += resolved.extraction().sentences().size();
        facts += (int) resolved.facts().stream().filter(ResolvedFact::storable).count();
        resolved.entities().forEach(e -> entities.add(e.key()));
    }

    /** Counts an article left alone because the store holds it unchanged. */
    void unchanged() {
        unchanged++;
    }

    /** Counts and reports an input or article that is not stored. */
    void failed(String problem) {
        failures++;
        problems.accept(problem);
    }

    /** Reports a problem with an article that is stored all the same. */
    void warn(String problem) {
        problems.accept(problem);
    }

    IngestSummary summary(int annotated) {
        return new IngestSummary(articles, sentences, facts, entities.size(), failures, unchanged, annotated,
                (System.nanoTime() - start) / 1e9);
    }
}
