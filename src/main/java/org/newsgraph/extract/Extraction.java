package org.newsgraph.extract;

import org.newsgraph.ingest.Article;

import java.util.List;

/**
 * Everything read from one article: its sentences, the names in it and the facts it states.
 *
 * @param skipped the sentences left unread for being too long (see {@code AnnotationLimits})
 */
public record Extraction(Article article, List<Sentence> sentences, List<Mention> mentions, List<Fact> facts,
                         List<Span> skipped) {

    public Extraction {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        facts = List.copyOf(facts);
        skipped = List.copyOf(skipped);
    }

    /** An extraction that skipped no sentence. */
    public Extraction(Article article, List<Sentence> sentences, List<Mention> mentions, List<Fact> facts) {
        this(article, sentences, mentions, facts, List.of());
    }
}
