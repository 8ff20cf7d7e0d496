package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.List;
import java.util.Set;

/**
 * An unmarked complement clause: "the tests indicated the radios will work", "analysts projected the economy would
 * expand", "Canadians realized their market was too small". Without a "that", the parser takes the clause's subject
 * for the verb's direct object and leaves the clause's own verb without a subject, hung below the verb ("dep") or
 * with the verb's whole clause made its clausal subject ("csubj"). Read so, "indicated | the radios" says what the
 * sentence does not: the tests indicated something about the radios, not the radios.
 *
 * <p>Read: a verb group that shows tense (a finite verb, a modal or auxiliary, a copula) and has no subject of its
 * own, which starts right after a verb's direct object and hangs below that verb, or takes that verb's clause as
 * its clausal subject. The object is the clause's subject, and the clause, with it, is what the verb governs. A
 * conjoined verb ("bought the shares and will sell them") shares its conjunct's subject and is no such clause; an
 * infinitive ("asked the banks to cut") or a bare verb ("saw prices fall") shows no tense.
 */
final class UnmarkedClauses {

    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "expl", "csubj:pass");
    /** How an unmarked clause hangs below the verb whose object is its subject. */
    private static final Set<String> BELOW = Set.of("dep", "ccomp", "parataxis");

    private UnmarkedClauses() {
    }

    /**
     * Repairs the arguments of {@code p}: an object that is an unmarked clause's subject leaves the objects and the
     * clause becomes a clause of {@code p}; when {@code p} heads such a clause, the object is its subject.
     */
    static void repair(SentenceView s, IndexedWord p, PredicateArguments a) {
        for (IndexedWord o : List.copyOf(a.objects)) {
            IndexedWord clause = clauseOf(s, p, o);
            if (clause != null) {
                a.objects.remove(o);
                a.clauses.add(enhanced(s, clause));
            }
        }
        if (a.subjects.isEmpty()) {
            IndexedWord subject = subjectOf(s, p);
            if (subject != null) {
                a.subjects.add(enhanced(s, subject));
            }
        }
    }

    /** The subject of the unmarked clause headed by token {@code clause}: the object before it, or null. */
    static IndexedWord subjectOf(SentenceView s, IndexedWord clause) {
        SemanticGraphEdge e = objectEdge(s, clause);
        return e == null ? null : e.getDependent();
    }

    /** The verb whose object the parser took the subject of this unmarked clause for, or null. */
    static IndexedWord verbOf(SentenceView s, IndexedWord clause) {
        SemanticGraphEdge e = objectEdge(s, clause);
        return e == null ? null : e.getGovernor();
    }

    private static SemanticGraphEdge objectEdge(SentenceView s, IndexedWord clause) {
        IndexedWord c = s.basic.getNodeByIndexSafe(clause.index());
        if (c == null || s.isName(c.index()) || !subjectless(s, c)) {
            return null;
        }
        int first = firstOfGroup(s, c);
        for (SemanticGraphEdge e : s.basic.edgeIterable()) {
            IndexedWord v = e.getGovernor();
            if (e.getRelation().toString().equals("obj") && lastOf(s, e.getDependent()) == first - 1
                    && finite(s, v) && !addressed(s, v) && governs(s, v, c)) {
                return e;
            }
        }
        return null;
    }

    /**
     * The verb shows tense itself: "to raise the issue was a sign" is an infinitive inside a subject, and "alleging
     * the drug caused defects" a participle, whose clause no sentence states. A base form with a subject of its own
     * is a present tense the tagger took for an infinitive, as it does after a parenthetical ("the economists,
     * however, believe", "analysts, in turn, expect").
     */
    private static boolean finite(SentenceView s, IndexedWord v) {
        boolean aux = false;
        boolean subject = false;
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(v)) {
            String rel = e.getRelation().toString();
            if (rel.equals("mark") && e.getDependent().word().equalsIgnoreCase("to")) {
                return false;
            }
            aux |= rel.equals("aux");
            subject |= rel.equals("nsubj");
        }
        return aux || v.tag() != null && (FINITE.contains(v.tag()) || subject && v.tag().equals("VB"));
    }

    /**
     * "told Reuters Taiwan would cut tariffs": a verb of telling takes whom it tells as its object, and without a
     * second object the noun before the clause may be that addressee, run together with the clause's subject.
     */
    private static boolean addressed(SentenceView s, IndexedWord v) {
        return ADDRESSING.contains(Dependents.lemmaOf(s, v))
                && s.basic.outgoingEdgeList(v).stream().noneMatch(e -> e.getRelation().toString().equals("iobj"));
    }

    /** The clausal subjects of an unmarked clause's head, which are not part of the clause itself. */
    static Set<Integer> clausalSubjects(SentenceView s, int clause) {
        java.util.HashSet<Integer> out = new java.util.HashSet<>();
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(clause))) {
            if (e.getRelation().toString().equals("csubj")) {
                out.add(e.getDependent().index());
            }
        }
        return out;
    }

    private static IndexedWord clauseOf(SentenceView s, IndexedWord p, IndexedWord object) {
        for (IndexedWord c : s.basic.vertexSet()) {
            IndexedWord subject = c.index() > object.index() ? subjectOf(s, c) : null;
            if (subject != null && subject.index() == object.index() && governs(s, p, c)) {
                return c;
            }
        }
        return null;
    }

    /** The clause hangs below the verb, or has the verb's clause as its clausal subject. */
    private static boolean governs(SentenceView s, IndexedWord verb, IndexedWord clause) {
        IndexedWord v = s.basic.getNodeByIndexSafe(verb.index());
        for (SemanticGraphEdge e : s.basic.incomingEdgeIterable(clause)) {
            if (BELOW.contains(e.getRelation().toString()) && e.getGovernor().index() == verb.index()) {
                return true;
            }
        }
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(clause)) {
            IndexedWord c = e.getDependent();
            if (e.getRelation().toString().equals("csubj") && (c.equals(v) || s.basic.descendants(c).contains(v))) {
                return true;
            }
        }
        return false;
    }

    /** A verb or copular predicate that shows tense and has no subject of its own. */
    private static boolean subjectless(SentenceView s, IndexedWord c) {
        boolean tensed = "VBD".equals(c.tag()); // a bare present form is as often a noun ("air express route")
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(c)) {
            String rel = e.getRelation().toString();
            if (SUBJECTS.contains(rel) || rel.equals("mark")) {
                return false;
            }
            tensed |= rel.equals("aux") || rel.equals("cop") || rel.equals("aux:pass");
        }
        return tensed && (Dependents.isVerb(c) || Dependents.has(s, c, "cop"));
    }

    /** Verbs of telling, whose first object is whom they tell. */
    private static final Set<String> ADDRESSING = Set.of("tell", "inform", "assure", "remind", "notify", "convince",
            "persuade", "advise", "warn");

    /** The first word of the clause's verb group: its auxiliaries, copula and adverbs before it. */
    private static int firstOfGroup(SentenceView s, IndexedWord c) {
        int first = c.index();
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(c)) {
            String rel = e.getRelation().toString();
            if (Set.of("aux", "aux:pass", "cop", "advmod").contains(rel)) {
                first = Math.min(first, e.getDependent().index());
            }
        }
        return first;
    }

    /**
     * The last word of a noun phrase, punctuation and conjuncts aside ("offer nearby shipment and only limited sales
     * were booked": the clause's subject is the conjunct); -1 for a phrase that holds a verb, whose clause may be
     * what the verb after it belongs to.
     */
    private static int lastOf(SentenceView s, IndexedWord w) {
        int last = w.index();
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(w)) {
            String rel = e.getRelation().toString();
            if (rel.equals("conj") || rel.equals("cc") || rel.equals("punct")) {
                continue;
            }
            IndexedWord d = e.getDependent();
            if (Dependents.isVerb(d)) {
                return -1;
            }
            int below = lastOf(s, d);
            if (below < 0) {
                return -1;
            }
            last = Math.max(last, below);
        }
        return last;
    }

    private static IndexedWord enhanced(SentenceView s, IndexedWord w) {
        IndexedWord e = s.enhanced.getNodeByIndexSafe(w.index());
        return e != null ? e : w;
    }
}
