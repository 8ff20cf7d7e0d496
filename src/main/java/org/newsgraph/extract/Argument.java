package org.newsgraph.extract;

/**
 * The subject or object of a fact, as it stands in the sentence.
 *
 * <p>{@code text}, {@code span}, {@code head} and {@code label} are the short phrase that names an entity or concept
 * in the graph ("48-hour humanitarian ceasefire"). {@code fullText}/{@code fullSpan} are the whole phrase the
 * sentence uses, with its prepositional phrases and participle modifiers ("a 48-hour humanitarian ceasefire in the
 * city of Aleppo"), and, for an extra argument of an n-ary fact ({@link Fact#extras()}), with its preposition
 * ("on Monday", "in the port city"). Open IE output (CaRB, {@code extract}) uses the full phrase; the graph uses the
 * short one.
 *
 * @param text       the exact surface span of the short phrase
 * @param span       where it stands in the article text
 * @param kind       what sort of phrase it is
 * @param head       1-based index of its head token in the sentence
 * @param mention    index of the NER mention holding the head, or -1
 * @param corefChain coreference chain of the head, or -1
 * @param label      the phrase without leading determiners, for a concept node
 * @param fullText   the whole phrase, words as in the article, gaps as one space
 * @param fullSpan   where the whole phrase stands in the article text (from its first to its last word)
 */
public record Argument(String text, Span span, Kind kind, int head, int mention, int corefChain, String label,
                       String fullText, Span fullSpan) {

    /** What sort of phrase an argument is. */
    public enum Kind {
        /** Its head is inside a named-entity mention. */
        NAME,
        /** A noun phrase that names no entity: becomes a concept. */
        PHRASE,
        /** A pronoun or bare determiner: usable only when coreference resolves it. */
        PRONOUN,
        /** A date, time or number alone: never an argument in the graph. */
        TIME_OR_NUMBER,
        /** A whole clause, such as what someone said ("Brazil agreed to a truce"): never a node in the graph. */
        CLAUSE
    }

    /** The same argument with another full phrase. */
    public Argument withFull(String newFullText, Span newFullSpan) {
        return new Argument(text, span, kind, head, mention, corefChain, label, newFullText, newFullSpan);
    }
}
