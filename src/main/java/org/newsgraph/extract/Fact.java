package org.newsgraph.extract;

/**
 * One subject–relation–object statement read from a sentence.
 *
 * @param sentence   index of the sentence
 * @param subject    who or what acts
 * @param relation   the relation words
 * @param object     who or what is acted on
 * @param confidence the extractor's confidence in [0, 1]
 * @param extractor  which extractor produced it ({@code openie} or {@code dependency})
 * @param negated    the sentence denies it ("did not agree")
 * @param hedged     the sentence only says it may be so ("would", "may", "could")
 */
public record Fact(int sentence, Argument subject, Relation relation, Argument object, double confidence,
                   String extractor, boolean negated, boolean hedged) {

    /** The character span covering subject, relation and object. */
    public Span span() {
        return subject.span().union(relation.span()).union(object.span());
    }
}
