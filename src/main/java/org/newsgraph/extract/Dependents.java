package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Small questions the clause readers ask of a word in the dependency graphs: which relations it governs, which
 * preposition it takes, whether another verb controls its subject. Shared by the readers of every kind of clause.
 */
final class Dependents {

    private static final Set<String> AMOUNTS = Set.of("NUMBER", "MONEY", "PERCENT", "ORDINAL");
    private static final Set<String> TIMES = Set.of("DATE", "TIME", "DURATION", "SET");
    private static final Set<String> MONEY = Set.of("MONEY", "PERCENT");
    /** Verbs of a change of degree, whose by-phrase measures the change. */
    private static final Set<String> DEGREE_CHANGE = Set.of("rise", "fall", "increase", "decrease", "cut", "reduce",
            "raise", "lower", "grow", "drop", "decline", "gain", "climb", "jump", "widen", "narrow", "shrink",
            "expand", "boost", "slash", "ease", "trim", "lift", "exceed", "improve", "soar", "plunge", "slip",
            "slide", "rebound", "recover", "contract", "appreciate", "depreciate", "devalue", "revalue", "outnumber");

    private Dependents() {
    }

    /**
     * A verb's phrases after it, with a bare time ("tonight", "last year", "one week") moved behind a phrase that
     * says what the verb is about ("adjourn tonight without agreement", "was published today in the Gazette"): a
     * time says when, so it is an extra, not the object. Left in place: a time with an article or possessor, which
     * the parser made a time out of an object ("cut the working week to 35 hours"), a sum it took for one ("spend 30
     * mln dlrs a year on ads", the sum counting the year), and a phrase that is a clause the parser read as a
     * preposition's object ("deteriorated last year as the deficit rose").
     */
    static List<IndexedWord> timesLast(SentenceView s, IndexedWord verb, List<IndexedWord> phrases) {
        List<IndexedWord> ordered = new ArrayList<>(phrases);
        boolean about = phrases.stream().anyMatch(o -> !bareTime(s, verb, o) && !hasCase(s, o, "as")
                && !RelationGroup.preposition(s, o).isEmpty());
        if (about) {
            ordered.sort(Comparator.comparing(o -> bareTime(s, verb, o)));
        }
        return ordered;
    }

    private static boolean bareTime(SentenceView s, IndexedWord verb, IndexedWord o) {
        boolean tmod = s.enhanced.getAllEdges(verb, o).stream()
                .anyMatch(e -> e.getRelation().toString().equals("obl:tmod"));
        return tmod && !MONEY.contains(s.token(o.index()).ner())
                && s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(o.index())).stream().noneMatch(e ->
                        e.getRelation().toString().equals("nmod:poss") || e.getRelation().toString().equals("det")
                                && e.getDependent().word().equalsIgnoreCase("the")
                                || e.getRelation().toString().equals("nummod")
                                && MONEY.contains(s.token(e.getDependent().index()).ner()));
    }

    /** Whether {@code subject} is {@code verb}'s by one of these relations in the enhanced dependencies. */
    static boolean isSubjectOf(SentenceView s, IndexedWord verb, IndexedWord subject, Set<String> relations) {
        return s.enhanced.outgoingEdgeList(verb).stream()
                .anyMatch(e -> relations.contains(e.getRelation().toString()) && e.getDependent().equals(subject));
    }

    /** Whether the word governs this relation in the enhanced++ graph. */
    static boolean has(SentenceView s, IndexedWord w, String relation) {
        for (SemanticGraphEdge e : s.enhanced.outgoingEdgeList(w)) {
            if (e.getRelation().toString().equals(relation)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word has a dependent by this relation in the basic dependencies, where a subject or auxiliary
     * that enhanced++ lends a conjunct does not stand ({@link #has} asks the enhanced ones).
     */
    static boolean hasBasic(SentenceView s, IndexedWord w, String relation) {
        IndexedWord b = s.basic.getNodeByIndexSafe(w.index());
        return b != null && s.basic.outgoingEdgeList(b).stream()
                .anyMatch(e -> e.getRelation().toString().equals(relation));
    }

    /** Whether the word takes this preposition ("by" of "backed by tanks") in the basic graph. */
    static boolean hasCase(SentenceView s, IndexedWord w, String preposition) {
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(w.index()))) {
            if (e.getRelation().toString().equals("case") && e.getDependent().word().equalsIgnoreCase(preposition)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code w} is conjoined to {@code head} in the basic graph ("Leahy and Melcher": Melcher to Leahy). */
    static boolean isConjunctOf(SentenceView s, IndexedWord w, IndexedWord head) {
        for (SemanticGraphEdge e : s.basic.incomingEdgeIterable(s.basic.getNodeByIndexSafe(w.index()))) {
            if (e.getRelation().toString().equals("conj") && e.getGovernor().index() == head.index()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first prepositional phrase {@code w} governs after itself ("concerned about the market"), or null; a phrase
     * of time ("nervous on Monday", "operational 90 days after") says when, not what about, and is none.
     */
    static IndexedWord prepositionalAfter(SentenceView s, IndexedWord w) {
        IndexedWord first = null;
        for (SemanticGraphEdge e : s.enhanced.outgoingEdgeList(w)) {
            IndexedWord d = e.getDependent();
            if (e.getRelation().toString().startsWith("obl") && d.index() > w.index()
                    && !TIMES.contains(String.valueOf(s.token(d.index()).ner())) && caseBefore(s, d)
                    && !RelationGroup.preposition(s, d).isEmpty() && (first == null || d.index() < first.index())) {
                first = d;
            }
        }
        return first;
    }

    /** Whether a preposition stands before the phrase ("about the market"; not "90 days after"). */
    private static boolean caseBefore(SentenceView s, IndexedWord d) {
        return s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(d.index())).stream()
                .anyMatch(e -> e.getRelation().toString().equals("case") && e.getDependent().index() < d.index());
    }

    static boolean isVerb(IndexedWord w) {
        return w.tag() != null && w.tag().startsWith("VB");
    }

    static boolean isVerb(edu.stanford.nlp.ling.CoreLabel t) {
        return t.tag() != null && t.tag().startsWith("VB");
    }

    static String lemmaOf(SentenceView s, IndexedWord w) {
        return RelationWords.lemmaOf(s.token(w.index()));
    }

    /**
     * The verb that controls this one's subject: "wants to prevent", "has had to close" (an open complement, or
     * a "to" clause without a subject of its own, which the parser sometimes makes a closed one), or null.
     */
    static IndexedWord controller(SentenceView s, IndexedWord verb) {
        IndexedWord b = s.basic.getNodeByIndexSafe(verb.index());
        if (b == null || !isVerb(b)) {
            return null;
        }
        boolean to = false;
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(b)) {
            String rel = e.getRelation().toString();
            if (rel.startsWith("nsubj") || rel.startsWith("csubj")) {
                return null;
            }
            to |= rel.equals("mark") && e.getDependent().word().equalsIgnoreCase("to");
        }
        for (SemanticGraphEdge e : s.basic.incomingEdgeIterable(b)) {
            String rel = e.getRelation().toString();
            boolean governor = isVerb(e.getGovernor()) || isCopularAdjective(s, e.getGovernor());
            if (governor && (rel.equals("xcomp") || rel.equals("ccomp") && to)) {
                return e.getGovernor();
            }
        }
        return null;
    }

    /** "were able (to ...)", "is unlikely (to ...)": an adjective with a copula. */
    static boolean isCopularAdjective(SentenceView s, IndexedWord w) {
        return w.tag() != null && w.tag().startsWith("JJ") && has(s, w, "cop");
    }

    /** Whether a verb has an open verbal complement ("tried to leave"): the complement's facts say it. */
    static boolean controlsVerb(SentenceView s, IndexedWord verb) {
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(verb.index()))) {
            if (e.getRelation().toString().equals("xcomp") && isVerb(e.getDependent())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "could be even more damaging", "was least efficient": a comparative or superlative modifier (tagged RBR, RBS,
     * JJR or JJS) grades the adjective it modifies, so it belongs to the predicate, where a sentence adverb ("now",
     * "also") does not; "damaging" alone says something else.
     */
    static boolean isDegree(SemanticGraphEdge e) {
        String tag = e.getDependent().tag();
        return e.getRelation().toString().equals("advmod") && tag != null
                && Set.of("RBR", "RBS", "JJR", "JJS").contains(tag);
    }

    /**
     * "plans to accept for payment after the close of business today all the shares tendered": a long object moved
     * after the verb's prepositional phrases, which the parser hangs ("dep") on a word of the last phrase. A noun
     * phrase that begins with a determiner there, with no object of the verb before it, is the verb's object; one
     * that begins with "a" right after a noun is that noun's rate ("at 141 Ecus a tonne", "5 dlrs a share").
     */
    static List<IndexedWord> shiftedObjects(SentenceView s, IndexedWord verb) {
        IndexedWord b = s.basic.getNodeByIndexSafe(verb.index());
        List<IndexedWord> out = new java.util.ArrayList<>();
        for (SemanticGraphEdge e : b == null ? List.<SemanticGraphEdge>of() : s.basic.outgoingEdgeList(b)) {
            if (!e.getRelation().toString().startsWith("obl") || e.getDependent().index() < verb.index()) {
                continue;
            }
            for (IndexedWord w : s.basic.descendants(e.getDependent())) {
                for (SemanticGraphEdge d : s.basic.outgoingEdgeList(w)) {
                    IndexedWord n = d.getDependent();
                    if (d.getRelation().toString().equals("dep") && n.index() > w.index() && n.tag() != null
                            && n.tag().startsWith("NN") && movedObject(s, n)
                            && s.enhanced.getNodeByIndexSafe(n.index()) != null) {
                        out.add(s.enhanced.getNodeByIndexSafe(n.index()));
                    }
                }
            }
        }
        return out;
    }

    private static boolean movedObject(SentenceView s, IndexedWord noun) {
        int first = s.basic.descendants(noun).stream().mapToInt(IndexedWord::index).min().orElse(noun.index());
        String tag = s.token(first).tag();
        String word = s.token(first).word().toLowerCase(java.util.Locale.ROOT);
        boolean rate = (word.equals("a") || word.equals("an")) && first > 1
                && s.token(first - 1).tag().startsWith("NN");
        return !rate && ("DT".equals(tag) || "PDT".equals(tag));
    }

    /**
     * "working on a production version of the chip", "began a form of tied bonus": enhanced++ reads "a N of" as a
     * quantifier ("a lot of", "a number of") and makes the noun after "of" the head, while the basic parse keeps the
     * first noun as the head. The phrase the sentence writes is the first noun's: its index, or {@code head}'s own
     * where there is no such quantifier.
     */
    static int quantifiedPhraseHead(SentenceView s, int head) {
        IndexedWord e = s.enhanced.getNodeByIndexSafe(head);
        IndexedWord b = s.basic.getNodeByIndexSafe(head);
        if (e == null || b == null || !has(s, e, "det:qmod") || !hasCase(s, b, "of")) {
            return head;
        }
        for (SemanticGraphEdge in : s.basic.incomingEdgeIterable(b)) {
            if (in.getRelation().toString().startsWith("nmod") && in.getGovernor().index() < head
                    && in.getGovernor().tag() != null && in.getGovernor().tag().startsWith("NN")) {
                return in.getGovernor().index();
            }
        }
        return head;
    }

    /**
     * "instructed the negotiators to begin talks", "consider ways to improve markets", "forcing employees to spend
     * it": the "to" infinitives of a verb that has a direct object, each the open complement the object controls
     * (or, misparsed, the object's own infinitive). Either way the infinitive says what the verb does to its
     * object, so the verb's fact of that object is cut without it.
     */
    static List<IndexedWord> objectInfinitives(SentenceView s, IndexedWord verb) {
        IndexedWord b = s.basic.getNodeByIndexSafe(verb.index());
        if (b == null || !has(s, verb, "obj")) {
            return List.of();
        }
        List<IndexedWord> out = new java.util.ArrayList<>();
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(b)) {
            IndexedWord c = e.getDependent();
            if (e.getRelation().toString().equals("xcomp") && isVerb(c) && c.index() > verb.index()
                    && QualifiedClauses.hasMark(s, c, Set.of("to"))) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * "increased by 2.1 billion", "were cut by 12 pct": whether a by-phrase of {@code verb} gives an amount, a
     * measure of change, never an agent. An amount is a number, or NER's money or percent; a phrase counted by a
     * numeral is one after a verb of change of degree ("rose by 12 pct"), not after others ("killed by three
     * gunmen").
     */
    static boolean isMeasure(SentenceView s, IndexedWord verb, IndexedWord w) {
        if (AMOUNTS.contains(s.token(w.index()).ner()) || "CD".equals(s.token(w.index()).tag())) {
            return true;
        }
        return DEGREE_CHANGE.contains(lemmaOf(s, verb))
                && s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(w.index())).stream()
                .anyMatch(e -> e.getRelation().toString().equals("nummod"));
    }

    /** The noun before {@code w} that {@code w} modifies as a clause ("forces fighting", "the refusal ... to"), or null. */
    static IndexedWord clausalModifierOf(SentenceView s, IndexedWord w) {
        for (SemanticGraphEdge e : s.basic.incomingEdgeIterable(s.basic.getNodeByIndexSafe(w.index()))) {
            String tag = e.getGovernor().tag();
            if (e.getRelation().toString().equals("acl") && tag != null && tag.startsWith("NN")
                    && e.getGovernor().index() < w.index()) {
                return e.getGovernor();
            }
        }
        return null;
    }

    /**
     * "Kaneb Energy Partners, 82 pct owned by Kaneb Services", "the refinery, 40 pct held by the state": an amount in
     * apposition to a noun and modified by a participle is the degree of that participle, and the noun the
     * apposition describes is what the participle is said of. Any other noun is returned as it is.
     */
    static IndexedWord measured(SentenceView s, IndexedWord noun) {
        if (noun == null || !isAmount(s, noun)) {
            return noun;
        }
        for (SemanticGraphEdge e : s.basic.incomingEdgeIterable(s.basic.getNodeByIndexSafe(noun.index()))) {
            if (e.getRelation().toString().equals("appos") && e.getGovernor().index() < noun.index()) {
                return e.getGovernor();
            }
        }
        return noun;
    }

    /** A number, an amount NER tags, or a noun counted by a numeral ("82 pct"). */
    static boolean isAmount(SentenceView s, IndexedWord w) {
        return AMOUNTS.contains(s.token(w.index()).ner()) || s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(
                w.index())).stream().anyMatch(e -> e.getRelation().toString().equals("nummod"));
    }

    /**
     * "95 cts vs 16 cts", "profit of 1.2 mln versus 0.8 mln": a phrase of comparison sets two figures side by side,
     * as a results table does; "there were 26 mln shares, according to the company": a phrase of source names who
     * says so. Neither is anything the verb acts on, so neither is a phrase of the verb's facts.
     */
    static boolean isComparisonOrSource(SentenceView s, IndexedWord w) {
        return hasCase(s, w, "vs") || hasCase(s, w, "vs.") || hasCase(s, w, "versus") || hasCase(s, w, "according");
    }

    /**
     * Whether a verb in -ing or -ed form that modifies a noun is a participle ("forces fighting the army", "shares
     * sold by the bank"). One with a preposition or a marker of its own is a gerund, the object of that preposition
     * ("a treaty on reducing weapons", "the cost of building"), which says nothing the noun does; one with a modal or
     * perfect auxiliary ("a commitment would have aided the plan") is a finite verb the parser hung on a noun, no
     * participle either. A participle set off by a comma describes the noun right before that comma ("the rebels,
     * backed by Turkey, ..."); after any other ("elected him chief executive and director, succeeding Ann Lee") it
     * is a free adjunct of the clause, whose subject the sentence leaves open.
     */
    static boolean isParticiple(SentenceView s, IndexedWord verb) {
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(verb.index()))) {
            String rel = e.getRelation().toString();
            if ((rel.equals("case") || rel.equals("mark") || rel.equals("aux")) && e.getDependent().index() < verb.index()) {
                return false;
            }
        }
        IndexedWord noun = clausalModifierOf(s, verb);
        int comma = verb.index() - 1;
        return noun == null || comma < 1 || !s.token(comma).word().equals(",") || ownEnd(s, noun) == comma - 1;
    }

    /** The last word of a noun's own phrase: its dependents but not its conjuncts. */
    private static int ownEnd(SentenceView s, IndexedWord noun) {
        int last = noun.index();
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(noun.index()))) {
            String rel = e.getRelation().toString();
            if (!rel.equals("conj") && !rel.equals("cc") && !rel.equals("punct") && !rel.startsWith("acl")
                    && e.getDependent().index() < s.tokens.size()) {
                last = Math.max(last, Math.max(e.getDependent().index(), ownEnd(s, e.getDependent())));
            }
        }
        return last;
    }
}
