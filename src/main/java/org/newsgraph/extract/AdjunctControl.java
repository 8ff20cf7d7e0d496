package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A gerund clause adjoined to a verb, without a subject of its own, whose subject is that verb's (adjunct control):
 * a free adjunct after a comma ("The storm hit the coast, killing three people": the storm killed them) and a
 * gerund after a preposition ("The measures are aimed at cooling the economy", "The union succeeded in winning a
 * raise"). After a preposition the governing verb and the preposition join the relation ("aim at cool", "succeed in
 * win"): what the sentence states is the aim or the success, not the act alone. A preposition that says the act did
 * not happen or was kept from happening ("left without signing", "refrained from buying", "warned against raising")
 * makes no fact, and a free adjunct of a passive verb makes none either: its doer is the unnamed agent, not the
 * subject ("The town was shelled, killing three": the town killed no one). After a verb with an object of its own,
 * a gerund after a preposition is mostly said of that object or of the whole act ("should copy Brazil's action in
 * freezing its debt payments"), so only a verb without one lends its subject to it.
 *
 * @param subjects the governing verb's subjects
 * @param relation the gerund's relation words, with the governing verb's and the preposition after a preposition
 */
record AdjunctControl(List<IndexedWord> subjects, RelationGroup relation) {

    /** Facts of a subject read off the governing verb are less sure than those the parse gives. */
    static final double CONFIDENCE = 0.85;

    /** Prepositions whose gerund says the act did not happen or is not meant to. */
    private static final Set<String> DENYING = Set.of("without", "instead", "rather", "from", "against", "lest");

    /** The reading of gerund {@code p} as the adjunct of a verb, or null. {@code group} is its own relation. */
    static AdjunctControl of(SentenceView s, IndexedWord p, RelationGroup group) {
        IndexedWord b = s.basic.getNodeByIndexSafe(p.index());
        if (!"VBG".equals(p.tag()) || b == null || group.lemma().isEmpty() || ownSubject(s, b)) {
            return null;
        }
        SemanticGraphEdge in = null;
        for (SemanticGraphEdge e : s.basic.incomingEdgeIterable(b)) {
            in = e;
        }
        String rel = in == null ? "" : in.getRelation().toString();
        IndexedWord verb = in == null ? null : s.enhanced.getNodeByIndexSafe(in.getGovernor().index());
        if (verb == null || !Dependents.isVerb(verb) || verb.index() > p.index()
                || !rel.equals("advcl") && !rel.equals("dep")) {
            return null;
        }
        IndexedWord mark = mark(s, b);
        if (mark == null) {
            boolean afterComma = p.index() > 1 && s.token(p.index() - 1).word().equals(",");
            List<IndexedWord> subjects = subjectsOf(s, verb, Set.of("nsubj"));
            return afterComma && !subjects.isEmpty() ? new AdjunctControl(subjects, group) : null;
        }
        String preposition = mark.word().toLowerCase(Locale.ROOT);
        List<IndexedWord> subjects = subjectsOf(s, verb, Set.of("nsubj", "nsubj:pass"));
        if (!"IN".equals(mark.tag()) || DENYING.contains(preposition) || !rel.equals("advcl") || subjects.isEmpty()
                || Dependents.has(s, verb, "obj")) {
            return null;
        }
        RelationGroup governing = RelationGroup.of(s, verb, false, false);
        if (governing.lemma().isEmpty()) {
            return null;
        }
        TreeSet<Integer> words = new TreeSet<>(group.words());
        words.addAll(governing.words());
        words.add(mark.index());
        return new AdjunctControl(subjects, new RelationGroup(group.head(), words,
                governing.lemma() + " " + preposition + " " + group.lemma(), governing.negated() || group.negated(),
                governing.hedged() || group.hedged()));
    }

    private static boolean ownSubject(SentenceView s, IndexedWord b) {
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(b)) {
            String rel = e.getRelation().toString();
            if (rel.startsWith("nsubj") || rel.startsWith("csubj") || rel.equals("expl")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The gerund's preposition ("at" of "aimed at cooling", "instead" of "instead of"), or null; the parse gives it
     * as a marker or as a case.
     */
    private static IndexedWord mark(SentenceView s, IndexedWord b) {
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(b)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("mark") || rel.equals("case")) && e.getDependent().index() < b.index()) {
                return e.getDependent();
            }
        }
        return null;
    }

    private static List<IndexedWord> subjectsOf(SentenceView s, IndexedWord verb, Set<String> relations) {
        List<IndexedWord> out = new ArrayList<>();
        for (SemanticGraphEdge e : s.enhanced.outgoingEdgeList(verb)) {
            if (relations.contains(e.getRelation().toString())) {
                out.add(e.getDependent());
            }
        }
        return out;
    }
}
