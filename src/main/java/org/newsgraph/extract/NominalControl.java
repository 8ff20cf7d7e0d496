package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A noun that names an act of deciding, trying or failing, with its actor and a to-infinitive: "the failure of
 * farm ministers to agree", "the union's refusal to accept the offer", "the decision of the board to close the
 * plant". The actor (the noun's of-phrase or possessor) is the infinitive's subject, and the noun's verb joins the
 * relation as a controlling verb would ("fail to agree", "refuse to accept"), so the fact says what the actor did
 * not do or set out to do, never that the noun acted. The parse either attaches the infinitive to the noun or
 * makes the noun the infinitive's subject; both are read. Only nouns whose verb takes a to-infinitive of its own
 * subject are listed: other nouns before an infinitive say something else ("the right of workers to strike").
 *
 * @param actor    the noun's of-phrase or possessor, the infinitive's subject
 * @param noun     the nominalization ("failure")
 * @param relation the infinitive's relation words and lemma with the noun's verb before them ("fail to agree")
 */
record NominalControl(IndexedWord actor, IndexedWord noun, RelationGroup relation) {

    /** Nominalizations of subject-control verbs, with the verb phrase that stands for each. */
    private static final Map<String, String> NOUNS = Map.ofEntries(Map.entry("failure", "fail"),
            Map.entry("refusal", "refuse"), Map.entry("decision", "decide"), Map.entry("attempt", "attempt"),
            Map.entry("plan", "plan"), Map.entry("promise", "promise"), Map.entry("pledge", "pledge"),
            Map.entry("threat", "threaten"), Map.entry("offer", "offer"), Map.entry("agreement", "agree"),
            Map.entry("intention", "intend"), Map.entry("willingness", "be willing"),
            Map.entry("reluctance", "be reluctant"), Map.entry("inability", "be unable"),
            Map.entry("determination", "be determined"), Map.entry("action", "act"), Map.entry("move", "move"),
            Map.entry("effort", "try"), Map.entry("bid", "try"));

    /**
     * The reading of infinitive {@code p} as the complement of a nominalization, or null. {@code subjects} are
     * the subjects the parse gave it: none, or only the noun.
     */
    static NominalControl of(SentenceView s, IndexedWord p, List<IndexedWord> subjects, RelationGroup group) {
        IndexedWord to = toMark(s, p);
        if (to == null || group.lemma().isEmpty() || group.negated() || subjects.size() > 1) {
            return null;
        }
        IndexedWord noun = subjects.isEmpty() ? Dependents.clausalModifierOf(s, p) : subjects.get(0);
        String verb = noun == null ? null : NOUNS.get(Dependents.lemmaOf(s, noun));
        IndexedWord actor = noun == null ? null : actorOf(s, noun);
        if (verb == null || actor == null) {
            return null;
        }
        // "welcomed the decision of the board to close": the verb that governs the noun controls nothing here
        RelationGroup own = RelationGroup.of(s, p, false, false);
        if (own.lemma().isEmpty() || own.negated()) {
            return null;
        }
        TreeSet<Integer> words = new TreeSet<>(own.words());
        words.add(to.index());
        words.add(noun.index());
        return new NominalControl(actor, noun, new RelationGroup(group.head(), words,
                verb + " to " + own.lemma(), false, own.hedged()));
    }

    /**
     * "The failure of the sides to reach a deal led to a strike", parsed with the noun as the infinitive's subject:
     * the parse then hangs the sentence's own verb below the infinitive as a clause whose subject is the
     * infinitive's object ("a deal"). That subject becomes the object and the clause is no object of the infinitive.
     */
    static void repairMainVerb(SentenceView s, IndexedWord p, PredicateArguments a) {
        if (!a.objects.isEmpty()) {
            return;
        }
        for (IndexedWord c : List.copyOf(a.clauses)) {
            for (SemanticGraphEdge e : s.enhanced.outgoingEdgeList(c)) {
                if (e.getRelation().toString().equals("nsubj") && e.getDependent().index() > p.index()) {
                    a.objects.add(e.getDependent());
                    a.clauses.remove(c);
                }
            }
        }
    }

    private static IndexedWord toMark(SentenceView s, IndexedWord p) {
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(p.index()))) {
            if (e.getRelation().toString().equals("mark") && e.getDependent().word().equalsIgnoreCase("to")
                    && !Dependents.has(s, p, "aux")) {
                return e.getDependent();
            }
        }
        return null;
    }

    /** The noun's of-phrase or possessor, before the infinitive. */
    private static IndexedWord actorOf(SentenceView s, IndexedWord noun) {
        for (SemanticGraphEdge e : s.enhanced.outgoingEdgeList(noun)) {
            String rel = e.getRelation().toString();
            if (rel.equals("nmod:of") || rel.equals("nmod:poss")) {
                return e.getDependent();
            }
        }
        return null;
    }
}
