package org.newsgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The verb group of a predicate: the words its relation keeps (auxiliaries, negation, particles, the verbs of a
 * "had to close" chain, adverbs inside the group), its lemma and modality, and the facts it makes. The preposition
 * of an object joins the relation words ("agreed to"); further phrases keep theirs and become extra arguments.
 *
 * @param head    1-based index of the predicate
 * @param words   1-based indices of the relation words
 * @param lemma   the normalized relation ("have to close"), "" when the group is only auxiliaries
 * @param negated the group holds a negation
 * @param hedged  the group holds a hedging modal
 */
record RelationGroup(int head, TreeSet<Integer> words, String lemma, boolean negated, boolean hedged) {

    private static final Set<String> WH_TAGS = Set.of("WP", "WDT");

    /** The words gathered so far and what they say of modality. */
    private static final class Gathered {
        final TreeSet<Integer> words = new TreeSet<>();
        boolean negated;
        boolean hedged;
    }

    /** The group of predicate {@code p}; with {@code xsubj} (a controlled subject) the controlling verbs join it. */
    static RelationGroup of(SentenceView s, IndexedWord p, boolean copular, boolean xsubj) {
        Gathered g = new Gathered();
        String lemma = ownWords(s, p, copular, g);
        if (xsubj && g.negated && Dependents.controller(s, p) != null) {
            // "agreed not to sell": the negation is part of what was agreed, not a denial of the agreement
            lemma = "not " + lemma;
            g.negated = false;
        }
        if (xsubj) {
            lemma = withControllers(s, p, lemma, g);
        }
        if (g.words.isEmpty()) {
            return new RelationGroup(p.index(), g.words, "", false, false);
        }
        addAdverbs(s, p, g.words);
        return new RelationGroup(p.index(), g.words, lemma, g.negated, g.hedged);
    }

    /**
     * "has had to close", "wants to prevent": the verbs that control this one, with their "to", up to four; a
     * controller in the passive as written ("be asked to finance", "be expected to rise").
     */
    private static String withControllers(SentenceView s, IndexedWord p, String lemma, Gathered g) {
        IndexedWord child = p;
        for (int depth = 0; depth < 4; depth++) {
            IndexedWord parent = Dependents.controller(s, child);
            if (parent == null) {
                break;
            }
            String parentLemma = ownWords(s, parent, false, g);
            // "would be asked to finance": the donors are asked, they ask no one
            if (Dependents.hasBasic(s, parent, "aux:pass")) {
                parentLemma = passiveLemma(s, parent);
            }
            boolean to = false;
            for (SemanticGraphEdge e : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(child.index()))) {
                if (e.getRelation().toString().equals("mark") && e.getDependent().word().equalsIgnoreCase("to")) {
                    g.words.add(e.getDependent().index());
                    to = true;
                }
            }
            lemma = parentLemma + (to ? " to " : " ") + lemma;
            child = parent;
        }
        return lemma;
    }

    /** "has already shelled": a bare adverb inside the group belongs to its words. */
    private static void addAdverbs(SentenceView s, IndexedWord p, TreeSet<Integer> words) {
        int first = words.first();
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(p.index()))) {
            int i = e.getDependent().index();
            if (e.getRelation().toString().equals("advmod") && i > first && i < p.index()
                    && s.basic.getChildren(e.getDependent()).isEmpty()) {
                words.add(i);
            }
        }
    }

    /** A predicate's own verb words into {@code g}; returns its lemma ("" when only auxiliaries). */
    private static String ownWords(SentenceView s, IndexedWord p, boolean copular, Gathered g) {
        TreeSet<Integer> own = new TreeSet<>();
        if (!copular) {
            own.add(p.index());
        }
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(p.index()))) {
            String rel = e.getRelation().toString();
            CoreLabel t = s.token(e.getDependent().index());
            switch (rel) {
                case "aux", "aux:pass", "cop" -> {
                    own.add(t.index());
                    g.hedged |= RelationWords.isHedge(t);
                    g.negated |= RelationWords.isNegation(t);
                }
                case "compound:prt" -> own.add(t.index());
                case "neg", "advmod" -> {
                    if (RelationWords.isNegation(t)) {
                        own.add(t.index());
                        g.negated = true;
                    }
                }
                default -> {
                }
            }
        }
        g.words.addAll(own);
        return copular ? "be" : ownLemma(s, p, own);
    }

    /** The lemma of the predicate and its own words after it ("pushed for" → "push for"). */
    private static String ownLemma(SentenceView s, IndexedWord p, TreeSet<Integer> own) {
        TreeSet<Integer> lemmaWords = new TreeSet<>();
        lemmaWords.add(p.index());
        for (int i : own) {
            if (i > p.index()) {
                lemmaWords.add(i);
            }
        }
        return RelationWords.lemma(lemmaWords.stream().map(s::token).toList());
    }

    /**
     * "be" and the participle as written, with the particles of a phrasal verb after it: "were made up (of)",
     * "was called off" keep the particle that makes the verb what it is ("be made up of", not "be made of").
     */
    static String passiveLemma(SentenceView s, IndexedWord p) {
        StringBuilder sb = new StringBuilder("be ").append(s.token(p.index()).word().toLowerCase(Locale.ROOT));
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(p.index()))) {
            if (e.getRelation().toString().equals("compound:prt") && e.getDependent().index() > p.index()) {
                sb.append(' ').append(e.getDependent().word().toLowerCase(Locale.ROOT));
            }
        }
        return sb.toString();
    }

    /** The group's words and the preposition of this dependent: "had agreed" and "to". */
    TreeSet<Integer> withCaseOf(SentenceView s, IndexedWord dependent) {
        TreeSet<Integer> out = new TreeSet<>(words);
        caseWords(s, dependent, out);
        return out;
    }

    /** The dependent's preposition as a lemma suffix (" to", " because of"), or "". */
    static String preposition(SentenceView s, IndexedWord dependent) {
        TreeSet<Integer> words = new TreeSet<>();
        caseWords(s, dependent, words);
        if (words.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i : words) {
            sb.append(' ').append(s.token(i).word().toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    /**
     * The dependent's case words, with their fixed parts ("because of"), into {@code into}; below the bare noun of
     * a complex preposition ({@link ComplexPrepositions}), the noun and its own case too ("in response to").
     */
    static void caseWords(SentenceView s, IndexedWord dependent, TreeSet<Integer> into) {
        IndexedWord quantified = s.enhanced.getNodeByIndexSafe(dependent.index());
        if (quantified != null && Dependents.has(s, quantified, "det:qmod")) {
            // "rose to a total of 5 mln", "working on a version of the chip": enhanced++ reads the quantifying
            // phrase as a determiner and moves the preposition before it onto the noun; the "of" is the phrase's
            for (SemanticGraphEdge e : s.enhanced.outgoingEdgeList(quantified)) {
                if (e.getRelation().toString().equals("case")) {
                    into.add(e.getDependent().index());
                }
            }
            return;
        }
        IndexedWord noun = ComplexPrepositions.nounOver(s, dependent);
        if (noun != null) {
            into.add(noun.index());
            caseWords(s, noun, into);
        }
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(dependent.index()))) {
            // a possessive "'s" is the name's own ("by Moody's"), no preposition of the relation
            if (e.getRelation().toString().equals("case") && !"POS".equals(e.getDependent().tag())) {
                into.add(e.getDependent().index());
                for (SemanticGraphEdge f : s.basic.outgoingEdgeList(e.getDependent())) {
                    if (f.getRelation().toString().equals("fixed")) {
                        into.add(f.getDependent().index());
                    }
                }
            }
        }
    }

    /** The extra arguments of an n-ary fact, in sentence order. */
    static List<Argument> extras(SentenceView s, List<IndexedWord> obliques, List<IndexedWord> others,
                                 Set<Integer> stop) {
        List<IndexedWord> all = new ArrayList<>(obliques);
        all.addAll(others);
        all.sort(Comparator.comparingInt(IndexedWord::index));
        List<Argument> out = new ArrayList<>();
        for (IndexedWord w : all) {
            out.add(s.extraAt(w.index(), stop));
        }
        return out;
    }

    /** The relation of the group's own words. */
    Relation relation(SentenceView s, String relationLemma) {
        return relation(s, words, relationLemma);
    }

    /** The relation of these words, headed by the group's predicate. */
    Relation relation(SentenceView s, TreeSet<Integer> relationWords, String relationLemma) {
        return new Relation(s.text(relationWords), s.span(relationWords), relationLemma, head);
    }

    /** A fact of this group's predicate, negated and hedged as the group is. */
    Fact fact(SentenceView s, Argument subject, Relation relation, Argument object, double confidence,
              List<Argument> extras, boolean objectFirst) {
        String first = s.token(subject.head()).tag();
        if (WH_TAGS.contains(first) && subject.text().split(" ").length == 1) {
            confidence *= 0.7; // an unresolved "who", "what", "that": the parse went wrong or the fact says little
        }
        if (subject.kind() == Argument.Kind.TIME_OR_NUMBER) {
            confidence *= 0.7; // "11 February sortied ...": a date or number as subject is mostly a misparse
        }
        boolean none = quantifiedByNo(s, subject.head()) || quantifiedByNo(s, object.head());
        return new Fact(s.index, subject, relation, object, confidence, DependencyFacts.EXTRACTOR, negated || none,
                hedged, null, extras, objectFirst);
    }

    /** "caused no damage", "No bank raised its rates": an argument quantified by "no" negates what is said of it. */
    private static boolean quantifiedByNo(SentenceView s, int head) {
        IndexedWord w = head > 0 ? s.basic.getNodeByIndexSafe(head) : null;
        if (w == null) {
            return false;
        }
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(w)) {
            if (e.getDependent().word().equalsIgnoreCase("no") && e.getDependent().index() < head) {
                return true;
            }
        }
        return false;
    }
}
