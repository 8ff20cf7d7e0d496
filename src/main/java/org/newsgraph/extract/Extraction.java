package org.newsgraph.extract;

import org.newsgraph.ingest.Article;

import java.util.List;

/**
 * Everything read from one article: its sentences, the names in it and the facts it states.
 */
public record Extraction(Article article, List<Sentence> sentences, List<Mention> mentions, List<Fact> facts) {

    public Extraction {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        facts = List.copyOf(facts);
    }
}
