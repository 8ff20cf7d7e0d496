package org.newsgraph.extract;

import java.util.List;

/**
 * One subject–relation–object statement read from a sentence.
 *
 * @param sentence     index of the sentence
 * @param subject      who or what acts
 * @param relation     the relation words
 * @param object       who or what is acted on
 * @param confidence   the extractor's confidence in [0, 1]
 * @param extractor    which extractor produced it ({@code openie} or {@code dependency})
 * @param negated      the sentence denies it ("did not agree")
 * @param hedged       the sentence only says it may be so ("would", "may", "could")
 * @param attributedTo who the sentence says stated it, when it is reported speech ("Brazil agreed to a truce,
 *                     a ministry official said": the official), otherwise {@code null}; the fact is then a claim
 *                     of that speaker, not of the article
 * @param extras       further arguments of an n-ary statement, in sentence order, each with its preposition in
 *                     {@link Argument#fullText()} ("in Lima", "on Monday"); empty for a plain triple
 * @param objectFirst  the sentence names the object before the subject (a passive, "The delegates were welcomed by
 *                     Ana Ruiz"), so in sentence order the object is the first argument
 */
public record Fact(int sentence, Argument subject, Relation relation, Argument object, double confidence,
                   String extractor, boolean negated, boolean hedged, Argument attributedTo, List<Argument> extras,
                   boolean objectFirst) {

    public Fact {
        extras = List.copyOf(extras);
    }

    /** A plain triple: not reported speech, no extra arguments, subject first. */
    public Fact(int sentence, Argument subject, Relation relation, Argument object, double confidence,
                String extractor, boolean negated, boolean hedged) {
        this(sentence, subject, relation, object, confidence, extractor, negated, hedged, null, List.of(), false);
    }

    /** The same fact attributed to a speaker. */
    public Fact attributed(Argument speaker) {
        return new Fact(sentence, subject, relation, object, confidence, extractor, negated, hedged, speaker,
                extras, objectFirst);
    }

    /** The arguments in sentence order, as Open IE lists them: first argument, second, then the extras. */
    public List<Argument> argumentsInOrder() {
        java.util.ArrayList<Argument> out = new java.util.ArrayList<>();
        out.add(objectFirst ? object : subject);
        out.add(objectFirst ? subject : object);
        out.addAll(extras);
        return out;
    }

    /** The character span covering subject, relation and object. */
    public Span span() {
        return subject.span().union(relation.span()).union(object.span());
    }
}
