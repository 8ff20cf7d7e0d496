package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a predicate governs, read off the enhanced++ dependencies for {@link PredicateFacts}: its subjects, direct
 * and indirect objects, passive agents, prepositional and temporal phrases (obliques), the clauses it governs and
 * its non-verbal complements. Enhanced++ already spreads subjects over conjoined verbs and into relative and
 * controlled clauses; what it misses is repaired here: the subject of a controlling verb, the noun a participle
 * modifies, a reduced relative read as a main verb, a relative clause run on past its comma, a complementizer
 * taken for the object, a relative pronoun for its antecedent, a verb sharing the object of its conjunct.
 */
final class PredicateArguments {

    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

    private final SentenceView s;
    private final IndexedWord p;
    final List<IndexedWord> subjects = new ArrayList<>();
    final List<IndexedWord> objects = new ArrayList<>();
    final List<IndexedWord> indirect = new ArrayList<>();
    final List<IndexedWord> agents = new ArrayList<>();
    final List<IndexedWord> obliques = new ArrayList<>();
    final List<IndexedWord> clauses = new ArrayList<>();
    final List<IndexedWord> complements = new ArrayList<>();
    /** "moved west of the river": (adverb, noun) pairs, read only when there is no direct object. */
    List<IndexedWord[]> adverbial = List.of();
    /** The subjects as the sentence writes them, before relative pronouns and titles are resolved. */
    List<IndexedWord> written = List.of();
    boolean passive;
    /** The subject is shared with a controlling verb, whose words then join the relation. */
    boolean xsubj;
    /** The noun this participle modifies ("forces fighting ..."), or null. */
    IndexedWord modified;
    /** The subject is the noun the participle modifies. */
    boolean participle;

    private PredicateArguments(SentenceView s, IndexedWord p) {
        this.s = s;
        this.p = p;
    }

    /** The arguments of predicate {@code p} as the parse gives them, with its known mistakes repaired. */
    static PredicateArguments gather(SentenceView s, IndexedWord p) {
        PredicateArguments a = new PredicateArguments(s, p);
        a.readEdges();
        a.objects.addAll(a.objects.isEmpty() ? Dependents.shiftedObjects(s, p) : List.of());
        UnmarkedClauses.repair(s, p, a);
        SubjectRepairs.repair(s, p, a);
        a.borrowControllerSubject();
        a.clauses.removeIf(c -> p.equals(Dependents.controller(s, c)));
        a.takeModifiedNoun();
        a.repairReducedRelative();
        a.repairRunOnRelative();
        if (a.passive && a.agents.isEmpty()) {
            a.takeByPhrasesAsAgents();
        }
        a.adverbial = a.objects.isEmpty() ? a.adverbialObliques() : List.of();
        return a;
    }

    private void readEdges() {
        for (SemanticGraphEdge e : s.enhanced.outgoingEdgeList(p)) {
            String rel = e.getRelation().toString();
            IndexedWord child = e.getDependent();
            switch (rel) {
                case "nsubj" -> subjects.add(child);
                case "nsubj:xsubj" -> {
                    subjects.add(child);
                    xsubj = true;
                }
                case "nsubj:pass" -> {
                    subjects.add(child);
                    passive = true;
                }
                case "nsubj:pass:xsubj" -> {
                    subjects.add(child);
                    passive = true;
                    xsubj = true;
                }
                case "obj" -> addObject(child);
                case "iobj" -> indirect.add(child);
                case "obl:agent" -> (Dependents.isMeasure(s, p, child) ? obliques : agents).add(child);
                case "ccomp" -> clauses.add(child);
                case "xcomp" -> {
                    if (!Dependents.isVerb(child)) {
                        complements.add(child);
                    }
                }
                default -> {
                    if ((rel.equals("obl") || rel.startsWith("obl:")) && !Dependents.isComparisonOrSource(s, child)) {
                        obliques.add(child);
                    }
                }
            }
        }
    }

    private void addObject(IndexedWord child) {
        if (!"IN".equals(s.token(child.index()).tag())) {
            objects.add(child);
            return;
        }
        // A complementizer the parser took for the object ("demanded that the YPG retreat"): the clause it
        // introduces, if the parser left it hanging below it, is what was demanded.
        for (SemanticGraphEdge c : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(child.index()))) {
            if (c.getRelation().toString().equals("dep") && c.getDependent().index() > child.index()) {
                objects.add(c.getDependent());
            }
        }
    }

    /**
     * "Reagan instructed the negotiators to begin talks", "the firm used its network to provide a service": the
     * controlled verb's subject is its controller's object. The sentence says neither that the negotiators began
     * nor that they "instructed to begin".
     */
    boolean objectControlled() {
        IndexedWord controller = xsubj ? Dependents.controller(s, p) : null;
        if (controller == null) {
            return false;
        }
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(controller.index()))) {
            String rel = e.getRelation().toString();
            int object = e.getDependent().index();
            if ((rel.equals("obj") || rel.equals("iobj")) && subjects.stream().anyMatch(x -> x.index() == object)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "wants to prevent": without a subject of its own, a controlled verb has its controller's. In a chain of
     * subject control ("is expected to continue to climb", "wants to try to sell") the parse gives the subject only
     * to the first controlled verb; a later one has it too when it is the chain's first verb's own subject, so a
     * chain under an object ("asked the banks to try to cut") lends nothing.
     */
    private void borrowControllerSubject() {
        IndexedWord controller = Dependents.controller(s, p);
        if (!subjects.isEmpty() || controller == null) {
            return;
        }
        IndexedWord top = controller;
        for (int depth = 0; depth < 3 && Dependents.controller(s, top) != null; depth++) {
            top = Dependents.controller(s, top);
        }
        Set<String> own = top == controller ? Set.of("nsubj") : Set.of("nsubj", "nsubj:pass");
        for (SemanticGraphEdge e : s.enhanced.outgoingEdgeList(controller)) {
            if (e.getRelation().toString().startsWith("nsubj") && Dependents.isSubjectOf(s, top, e.getDependent(), own)) {
                subjects.add(e.getDependent());
                xsubj = true;
            }
        }
    }

    /** "forces fighting the Islamic State", "rebels backed by Turkish forces": the noun is the subject. */
    private void takeModifiedNoun() {
        modified = participleOf();
        if (subjects.isEmpty() && modified != null) {
            subjects.add(modified);
            passive = "VBN".equals(p.tag());
            participle = true;
        }
    }

    /** The noun a participle modifies ("forces fighting ...", "X, 82 pct owned by ..."), or null. */
    private IndexedWord participleOf() {
        if (!"VBG".equals(p.tag()) && !"VBN".equals(p.tag()) || !Dependents.isParticiple(s, p)) {
            return null;
        }
        return Dependents.measured(s, Dependents.clausalModifierOf(s, p));
    }

    private void repairReducedRelative() {
        if (!passive && reducedRelative(s, p)) {
            passive = true;
        }
        if (subjects.isEmpty()) {
            IndexedWord before = subjectBeforeReducedRelative();
            if (before != null) {
                subjects.add(before);
            }
        }
    }

    /**
     * "rebels backed by Turkish forces entered the town", parsed with "backed" as the rebels' verb: a past
     * participle without auxiliaries whose by-phrase names who did it is a passive.
     */
    private static boolean reducedRelative(SentenceView s, IndexedWord v) {
        if (!"VBN".equals(v.tag()) || Dependents.has(s, v, "aux") || Dependents.has(s, v, "aux:pass")
                || !Dependents.has(s, v, "nsubj")) {
            return false;
        }
        return s.enhanced.outgoingEdgeList(v).stream().anyMatch(e -> e.getRelation().toString().startsWith("obl")
                && Dependents.hasCase(s, e.getDependent(), "by"));
    }

    /**
     * A finite verb left without a subject right after such a reduced relative ("... backed by tanks entered
     * Jarablus") has the subject the parser gave the participle.
     */
    private IndexedWord subjectBeforeReducedRelative() {
        if (p.tag() == null || !FINITE.contains(p.tag())) {
            return null;
        }
        for (IndexedWord v : s.basic.vertexSet()) {
            IndexedWord enhanced = s.enhanced.getNodeByIndexSafe(v.index());
            if (v.index() < p.index() && reducedRelative(s, enhanced == null ? v : enhanced)
                    && lastOfSubtree(v) == p.index() - 1) {
                for (SemanticGraphEdge e : s.enhanced.outgoingEdgeList(enhanced)) {
                    if (e.getRelation().toString().equals("nsubj")) {
                        return e.getDependent();
                    }
                }
            }
        }
        return null;
    }

    private int lastOfSubtree(IndexedWord v) {
        int last = v.index();
        for (IndexedWord d : s.basic.descendants(v)) {
            if (d.tag() != null && Character.isLetter(d.tag().charAt(0))) {
                last = Math.max(last, d.index());
            }
        }
        return last;
    }

    /**
     * ", which supports Syrian Assad, Washington hopes ...": a comma-delimited relative clause ends at its comma,
     * so when the parser runs the clause on into the main one, the noun before that comma is the verb's object.
     */
    private void repairRunOnRelative() {
        if (!objects.isEmpty() || clauses.size() != 1) {
            return;
        }
        boolean relative = s.enhanced.incomingEdgeList(p).stream()
                .anyMatch(e -> e.getRelation().toString().equals("acl:relcl"));
        if (!relative) {
            return;
        }
        for (SemanticGraphEdge e : s.enhanced.outgoingEdgeList(clauses.get(0))) {
            IndexedWord subj = e.getDependent();
            if (e.getRelation().toString().equals("nsubj") && subj.index() > p.index()
                    && subj.index() < s.tokens.size() && s.token(subj.index() + 1).word().equals(",")) {
                objects.add(subj);
                clauses.clear();
                return;
            }
        }
    }

    /**
     * "was signed in Oslo by Norway": in a passive, a by-phrase names the agent, and so does each phrase conjoined
     * with it ("sponsored by Leahy and Melcher"), whose "by" the parse leaves on the first conjunct only.
     */
    private void takeByPhrasesAsAgents() {
        for (IndexedWord o : new ArrayList<>(obliques)) {
            if (Dependents.hasCase(s, o, "by") && !Dependents.isMeasure(s, p, o)) {
                agents.add(o);
            }
        }
        for (IndexedWord o : obliques) {
            if (!agents.contains(o) && agents.stream().anyMatch(g -> Dependents.isConjunctOf(s, o, g))) {
                agents.add(o);
            }
        }
        obliques.removeAll(agents);
    }

    /** "moved west of the river": an adverb of place with its own prepositional phrase, as (adverb, noun) pairs. */
    private List<IndexedWord[]> adverbialObliques() {
        List<IndexedWord[]> out = new ArrayList<>();
        for (SemanticGraphEdge e : s.enhanced.outgoingEdgeList(p)) {
            if (!e.getRelation().toString().equals("advmod")) {
                continue;
            }
            for (SemanticGraphEdge o : s.enhanced.outgoingEdgeList(e.getDependent())) {
                String rel = o.getRelation().toString();
                if (rel.startsWith("obl:") && !rel.equals("obl:tmod") && !rel.equals("obl:npmod")) {
                    out.add(new IndexedWord[] {e.getDependent(), o.getDependent()});
                }
            }
        }
        return out;
    }

    /**
     * Puts the arguments in sentence order and resolves them to what they stand for: a relative pronoun to its
     * antecedent, a title or common noun to the person named after it; a verb without an object shares its
     * conjunct's.
     */
    void resolve(boolean copular) {
        objects.sort(Comparator.comparingInt(IndexedWord::index));
        obliques.sort(Comparator.comparingInt(IndexedWord::index));
        if (objects.isEmpty() && !copular && sharedObject() != null) {
            objects.add(sharedObject());
        }
        written = new ArrayList<>(subjects);
        boolean transitive = !objects.isEmpty();
        subjects.replaceAll(w -> AppositionFacts.namedAfter(s, relativeSubject(transitive).orElse(antecedent(w))));
        objects.replaceAll(w -> AppositionFacts.namedAfter(s, thatClause(antecedent(w))));
        agents.replaceAll(w -> AppositionFacts.namedAfter(s, w));
        List<IndexedWord> distinct = new ArrayList<>(new LinkedHashSet<>(subjects));
        subjects.clear();
        subjects.addAll(distinct);
    }

    /**
     * "buy and sell large amounts": a verb without an object shares the object of the verb it is conjoined
     * with, when that object stands after both.
     */
    private IndexedWord sharedObject() {
        IndexedWord b = s.basic.getNodeByIndexSafe(p.index());
        for (SemanticGraphEdge in : s.basic.incomingEdgeIterable(b)) {
            if (!in.getRelation().toString().equals("conj") || in.getGovernor().index() > p.index()) {
                continue;
            }
            for (SemanticGraphEdge e : s.basic.outgoingEdgeList(in.getGovernor())) {
                if (e.getRelation().toString().equals("obj") && e.getDependent().index() > p.index()) {
                    return e.getDependent();
                }
            }
        }
        return null;
    }

    /**
     * "..., which sees the YPG as an ally": when the clause acts on an object and a name stands right before
     * ", which", the name is what the clause describes, whatever noun the parser hung the clause on ("at odds
     * with Washington, which sees").
     */
    private Optional<IndexedWord> relativeSubject(boolean transitive) {
        if (!transitive) {
            return Optional.empty();
        }
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(p.index()))) {
            int i = e.getDependent().index();
            String tag = s.token(i).tag();
            if (e.getRelation().toString().equals("nsubj") && ("WDT".equals(tag) || "WP".equals(tag)) && i > 2
                    && s.token(i - 1).word().equals(",") && s.isName(i - 2)
                    && s.enhanced.getNodeByIndexSafe(i - 2) != null) {
                return Optional.of(s.enhanced.getNodeByIndexSafe(i - 2));
            }
        }
        return Optional.empty();
    }

    /** "demanded that the YPG retreat", parsed as the object "that" with the rest hung on it: the rest. */
    private IndexedWord thatClause(IndexedWord w) {
        if (!w.word().equalsIgnoreCase("that")) {
            return w;
        }
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(w.index()))) {
            if (e.getRelation().toString().equals("dep") && e.getDependent().index() > w.index()
                    && s.enhanced.getNodeByIndexSafe(e.getDependent().index()) != null) {
                return s.enhanced.getNodeByIndexSafe(e.getDependent().index());
            }
        }
        return w;
    }

    /** For a relative pronoun ("who", "which", "that"), the noun its clause modifies ({@link DetachedRelatives}). */
    private IndexedWord antecedent(IndexedWord w) {
        String tag = s.token(w.index()).tag();
        if (!"WP".equals(tag) && !"WDT".equals(tag)) {
            return w;
        }
        for (SemanticGraphEdge ref : s.enhanced.incomingEdgeIterable(w)) {
            if (ref.getRelation().toString().equals("ref")) {
                return ref.getGovernor();
            }
        }
        IndexedWord node = s.basic.getNodeByIndexSafe(w.index());
        for (int depth = 0; node != null && depth < 3; depth++) {
            IndexedWord up = null;
            for (SemanticGraphEdge e : s.basic.incomingEdgeIterable(node)) {
                String rel = e.getRelation().toString();
                if (rel.equals("acl:relcl") || Set.of("acl", "ccomp", "dep").contains(rel)
                        && s.token(e.getGovernor().index()).tag().startsWith("NN")) {
                    return e.getGovernor();
                }
                up = e.getGovernor();
            }
            node = up;
        }
        return Optional.ofNullable(DetachedRelatives.antecedentOf(s, w)).orElse(w);
    }
}
