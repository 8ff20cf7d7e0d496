package org.newsgraph.extract;

/**
 * One sentence of an article.
 *
 * @param index 0-based position in the article
 * @param span  where it stands in the article text
 * @param text  its text, whitespace as in the article
 */
public record Sentence(int index, Span span, String text) {
}
