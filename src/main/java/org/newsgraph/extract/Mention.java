package org.newsgraph.extract;

/**
 * A name that NER found in a sentence.
 *
 * @param index      0-based position among the article's mentions
 * @param sentence   index of the sentence it stands in
 * @param span       where it stands in the article text
 * @param text       the surface form
 * @param nerType    CoreNLP's NER tag (PERSON, ORGANIZATION, COUNTRY, CITY, …)
 * @param corefChain the coreference chain it belongs to, or -1
 */
public record Mention(int index, int sentence, Span span, String text, String nerType, int corefChain) {
}
