package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.Locale;
import java.util.Set;

/**
 * "soared in response to a drought", "are in line with its strategy", "acted on behalf of its clients": a
 * preposition, a bare singular noun and a second preposition work as one preposition, which the parser splits into
 * a phrase of the noun with the real object hung below it. The noun then says nothing on its own ("response",
 * "line", "behalf"); the object of the whole preposition is the phrase below it, and the noun with both
 * prepositions joins the relation ("soar in response to | drought").
 *
 * <p>Only a bare noun: one with a determiner, a modifier or a possessor ("fell in the market for used cars", "spoke
 * in its reply to critics") is a phrase of its own, which is an object. After a copula it is not: "Poland is in the
 * market for wheat", "the firm is in talks with its lenders", "Ankara is at odds with Washington" put the subject in
 * a state (buying, negotiating, disagreeing) whose object is the phrase below the noun; nobody is placed in a
 * market or in talks. So the noun of a copular predicate may have an article or be plural, when the phrase below it
 * takes a preposition that says whom or what the state is with or for ("with", "for", "against", "over"), never a
 * place's ("a town near the border") or a part's ("the north of the country").
 */
final class ComplexPrepositions {

    /** Prepositions after the noun of a copular state that name its object: "in talks with", "in the market for". */
    private static final Set<String> STATE_OBJECT = Set.of("with", "for", "against", "over");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Nouns of complex prepositions that have a possessive form: "in favor of X" = "in X's favor". */
    private static final Set<String> POSSESSIVE_FORM = Set.of("favor", "favour", "behalf");
    /** What else such a noun may have: "in its favor and that of Jim Walter against Sonat". */
    private static final Set<String> BESIDE_POSSESSOR = Set.of("conj", "cc", "punct", "nmod");

    /** Dependents that make the noun a phrase of its own. */
    private static final Set<String> OWN_PHRASE = Set.of("det", "amod", "nummod", "nmod:poss", "compound", "conj",
            "acl", "acl:relcl", "appos", "det:predet", "neg", "det:qmod");

    private ComplexPrepositions() {
    }

    /** The phrase a complex preposition made with this noun governs ("a drought" of "in response to"), or null. */
    static IndexedWord objectOf(SentenceView s, IndexedWord noun) {
        IndexedWord n = s.basic.getNodeByIndexSafe(noun.index());
        boolean state = n != null && "NNS".equals(n.tag()) && isCopular(s, n);
        if (n == null || !"NN".equals(n.tag()) && !state || s.isName(n.index())) {
            return null;
        }
        IndexedWord possessor = possessorOf(s, n);
        if (possessor != null) {
            return possessor;
        }
        IndexedWord object = null;
        boolean cased = false;
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(n)) {
            String rel = e.getRelation().toString();
            boolean article = rel.equals("det") && ARTICLES.contains(e.getDependent().word().toLowerCase(Locale.ROOT));
            if (article && isCopular(s, n)) {
                state = true;
            } else if (OWN_PHRASE.contains(rel)) {
                return null;
            }
            cased |= rel.equals("case") && e.getDependent().index() < n.index();
            if (object == null && rel.equals("nmod") && hasCaseRightAfter(s, n, e.getDependent())) {
                object = e.getDependent();
            }
        }
        if (object == null || !cased || state && !STATE_OBJECT.contains(caseOf(s, object))) {
            return null;
        }
        IndexedWord enhanced = s.enhanced.getNodeByIndexSafe(object.index());
        return enhanced != null ? enhanced : object;
    }

    /**
     * "ruled in its favor", "acted on their behalf": the possessive form of "in favor of", "on behalf of", whose
     * object is the possessor (rule in favor | its). Only these nouns, whose "of" form is a preposition; "in its
     * reply" is a reply of its own.
     */
    private static IndexedWord possessorOf(SentenceView s, IndexedWord n) {
        if (!POSSESSIVE_FORM.contains(n.word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        IndexedWord possessor = null;
        boolean cased = false;
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(n)) {
            String rel = e.getRelation().toString();
            if (rel.equals("nmod:poss")) {
                possessor = e.getDependent();
            } else if (rel.equals("case")) {
                cased = e.getDependent().index() < n.index();
            } else if (!BESIDE_POSSESSOR.contains(rel)) {
                return null;
            }
        }
        return cased ? possessor : null;
    }

    private static boolean isCopular(SentenceView s, IndexedWord n) {
        IndexedWord enhanced = s.enhanced.getNodeByIndexSafe(n.index());
        return enhanced != null && Dependents.has(s, enhanced, "cop");
    }

    /**
     * The phrase's own preposition, lower-cased, or "": not {@link RelationGroup#preposition}, which asks this class
     * for the noun over the phrase.
     */
    private static String caseOf(SentenceView s, IndexedWord phrase) {
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(phrase.index()))) {
            if (e.getRelation().toString().equals("case")) {
                return e.getDependent().word().toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    /** The phrase's own preposition stands right after the noun: "response to", not "response ... to". */
    private static boolean hasCaseRightAfter(SentenceView s, IndexedWord noun, IndexedWord d) {
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(d)) {
            if (e.getRelation().toString().equals("case") && e.getDependent().index() == noun.index() + 1) {
                return true;
            }
        }
        return false;
    }

    /** The object of the complex preposition this oblique's noun makes, else the oblique itself. */
    static IndexedWord through(SentenceView s, IndexedWord oblique) {
        IndexedWord object = objectOf(s, oblique);
        return object != null ? object : oblique;
    }

    /** The bare noun of the complex preposition that governs this phrase, or null. */
    static IndexedWord nounOver(SentenceView s, IndexedWord phrase) {
        IndexedWord b = s.basic.getNodeByIndexSafe(phrase.index());
        if (b == null) {
            return null;
        }
        for (SemanticGraphEdge e : s.basic.incomingEdgeIterable(b)) {
            IndexedWord g = e.getGovernor();
            IndexedWord object = g.index() > 0 ? objectOf(s, g) : null;
            if (object != null && object.index() == phrase.index()) {
                return g;
            }
        }
        return null;
    }
}
