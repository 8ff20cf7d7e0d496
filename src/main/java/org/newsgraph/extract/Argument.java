package org.newsgraph.extract;

/**
 * The subject or object of a fact, as it stands in the sentence.
 *
 * @param text       the exact surface span
 * @param span       where it stands in the article text
 * @param kind       what sort of phrase it is
 * @param head       1-based index of its head token in the sentence
 * @param mention    index of the NER mention holding the head, or -1
 * @param corefChain coreference chain of the head, or -1
 * @param label      the phrase without leading determiners, for a concept node
 */
public record Argument(String text, Span span, Kind kind, int head, int mention, int corefChain, String label) {

    /** What sort of phrase an argument is. */
    public enum Kind {
        /** Its head is inside a named-entity mention. */
        NAME,
        /** A noun phrase that names no entity: becomes a concept. */
        PHRASE,
        /** A pronoun or bare determiner: usable only when coreference resolves it. */
        PRONOUN,
        /** A date, time or number alone: never an argument in the graph. */
        TIME_OR_NUMBER
    }
}
