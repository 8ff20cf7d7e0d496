package org.newsgraph.extract;

/**
 * The relation words of a fact.
 *
 * @param text  the surface words ("had agreed to")
 * @param span  where they stand in the article text
 * @param lemma the normalized relation: lemmas without auxiliaries or adverbs ("agree to")
 */
public record Relation(String text, Span span, String lemma) {
}
