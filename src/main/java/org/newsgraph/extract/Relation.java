package org.newsgraph.extract;

/**
 * The relation words of a fact.
 *
 * @param text  the surface words, with auxiliaries, negation and the preposition of the object
 *              ("had not agreed to"); for a relation the sentence does not spell out (an apposition, a title)
 *              the implied words ("is")
 * @param span  where they stand in the article text (empty, at the subject's end, when implied)
 * @param lemma the normalized relation: lemmas without auxiliaries or adverbs ("agree to")
 * @param head  1-based index of the predicate's head token (the verb, or the noun or adjective of "is a ..."),
 *              or -1 when unknown
 */
public record Relation(String text, Span span, String lemma, int head) {

    /** A relation whose head token is unknown. */
    public Relation(String text, Span span, String lemma) {
        this(text, span, lemma, -1);
    }
}
