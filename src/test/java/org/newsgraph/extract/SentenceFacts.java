package org.newsgraph.extract;

import org.newsgraph.annotate.NlpPipeline;
import org.newsgraph.ingest.Article;

import java.util.List;
import java.util.Optional;

/**
 * The facts the extractor reads from a text written for a test, with the real models (loaded once per test JVM),
 * and the dependency facts among them looked up by subject, relation lemma and object.
 */
final class SentenceFacts {

    private SentenceFacts() {
    }

    static List<Fact> facts(String text) {
        return new ArticleExtractor().extract(Article.of("t", text), NlpPipeline.shared().annotate(text)).facts();
    }

    /** The first dependency fact whose subject and object texts contain these and whose lemma is this one. */
    static Optional<Fact> find(List<Fact> facts, String subject, String lemma, String object) {
        return facts.stream()
                .filter(f -> f.extractor().equals(DependencyFacts.EXTRACTOR))
                .filter(f -> f.relation().lemma().equals(lemma))
                .filter(f -> f.subject().text().contains(subject))
                .filter(f -> f.object().text().contains(object))
                .findFirst();
    }

    /** As {@link #find}, failing with all the facts when there is none. */
    static Fact get(List<Fact> facts, String subject, String lemma, String object) {
        return find(facts, subject, lemma, object).orElseThrow(() -> new AssertionError(facts));
    }
}
