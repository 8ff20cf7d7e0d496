package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A role or part held in a named entity, read off a description of the subject: the predicate noun of "is a ..."
 * ("Al-Chalaby is the head of the Iraqi National Oil Company") or an apposition ("Shearson, an investment banking
 * unit of American Express Co", "its governor, Robin Leigh-Pemberton"). When that noun has an "of" phrase naming
 * an entity, or is a title with a possessor ("its", "Bahrain's"), the subject holds the noun's role in it:
 * X | be head of | Y. The "is" fact with the whole description stays; this one says in which entity the role is
 * held. An "of" phrase that names no entity ("a series of measures", "the result of talks") makes no such fact: it
 * is no party the subject stands in a relation with.
 *
 * <p>The relation is the noun alone ("be unit of", not "be investment banking unit of"), so that one role reads the
 * same whatever describes it, except for an adjective that moves the role out of the present ("former", "late"),
 * which stays in it: "the former head of Y" is no head of Y.
 */
final class RoleFacts {

    /** Less sure than the "is" fact it comes from, since it also reads which phrase the role is held in. */
    private static final double ROLE = 0.65;
    /** Adjectives that place a role outside the present: a closed class of time modifiers. */
    private static final Set<String> NOT_NOW = Set.of("former", "ex", "late", "onetime", "erstwhile", "future",
            "incoming", "outgoing", "would-be", "then");

    private RoleFacts() {
    }

    /**
     * The role fact of the description headed by {@code noun}, for this subject, or null.
     *
     * @param copular the description is the predicate of "is a ..." whose relation group is {@code group}; else
     *                an apposition, whose "is" the sentence does not write
     */
    static Fact of(SentenceView s, Argument subject, int noun, RelationGroup group) {
        IndexedWord n = s.basic.getNodeByIndexSafe(noun);
        String tag = s.token(noun).tag();
        if (n == null || tag == null || !tag.startsWith("NN") || s.isName(noun)
                || tag.startsWith("NNP") && !"TITLE".equals(s.token(noun).ner())) {
            return null;
        }
        IndexedWord holder = holder(s, n);
        if (holder == null || within(s, holder.index(), subject)) {
            return null;
        }
        String lemma = "be " + timeOf(s, n) + RelationWords.lemmaOf(s.token(noun)).toLowerCase(Locale.ROOT) + " of";
        Argument object = s.argumentAt(holder.index(), Set.of(noun));
        if (group == null) {
            Span at = new Span(subject.span().end(), subject.span().end());
            Relation r = new Relation("is " + s.token(noun).word() + " of", at, lemma, -1);
            return new Fact(s.index, subject, r, object, ROLE, DependencyFacts.EXTRACTOR, false, false);
        }
        TreeSet<Integer> words = new TreeSet<>(group.words());
        words.add(noun);
        RelationGroup.caseWords(s, holder, words);
        return group.fact(s, subject, group.relation(s, words, lemma), object, ROLE, java.util.List.of(), false);
    }

    /**
     * The entity the role is held in: an "of" phrase that is a name, a pronoun, or a common noun a name classifies
     * ("the Baath party"); or the possessor of a title ("its governor", "Bahrain's Industry Minister"). Other
     * possessors say too little about the role ("Ottawa's largest catering company").
     */
    private static IndexedWord holder(SentenceView s, IndexedWord n) {
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(n)) {
            String rel = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            boolean named = s.isName(d.index()) || "PRP$".equals(s.token(d.index()).tag()) || namedCompound(s, d);
            boolean title = "TITLE".equals(s.token(n.index()).ner());
            if (named && (rel.equals("nmod:poss") && title || rel.equals("nmod") && d.index() > n.index()
                    && Dependents.hasCase(s, d, "of"))) {
                return d;
            }
        }
        return null;
    }

    /** The token stands inside the subject's phrase or its name: "X, a meeting of X" relates X to nothing. */
    private static boolean within(SentenceView s, int token, Argument subject) {
        int mention = s.mentionOfToken[token - 1];
        return token == subject.head() || mention >= 0 && mention == subject.mention()
                || s.token(token).beginPosition() >= subject.span().begin()
                && s.token(token).endPosition() <= subject.span().end();
    }

    /** "the ruling Baath party": a common noun that a name classifies names that body. */
    private static boolean namedCompound(SentenceView s, IndexedWord d) {
        return s.basic.outgoingEdgeList(d).stream().anyMatch(e -> e.getRelation().toString().equals("compound")
                && s.isName(e.getDependent().index()) && !"PERSON".equals(s.token(e.getDependent().index()).ner()));
    }

    private static String timeOf(SentenceView s, IndexedWord n) {
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(n)) {
            String word = e.getDependent().word().toLowerCase(Locale.ROOT).replaceAll("-$", "");
            if (e.getRelation().toString().equals("amod") && NOT_NOW.contains(word)) {
                return word + " ";
            }
        }
        return "";
    }
}
