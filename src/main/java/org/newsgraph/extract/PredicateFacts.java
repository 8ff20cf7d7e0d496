package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a predicate says, as facts: a verb, or the noun, adjective or phrase of "is a ...". Each subject
 * ({@link PredicateArguments}) gets the object: a direct object; else a clause the predicate governs, a predicative
 * complement or its first prepositional phrase. The further prepositional and temporal phrases become extra
 * arguments of an n-ary fact. The relation words are the predicate's {@link RelationGroup}. Passives with an agent
 * put the agent first; conjoined subjects of a reciprocal verb act on each other ("A and B met"); a subjunctive
 * clause ("demanded that the company withdraw") is a demand on its subject; a participle modifying a noun
 * ("rebels fighting the army") makes facts of that noun, less sure ones; so does a gerund adjoined to a verb, of
 * that verb's subject ({@link AdjunctControl}); a reported clause the parser split, and a main verb it hung
 * below the subject noun, have their subject back ({@link SplitReports}, {@link RootNouns}); a verb whose subject
 * is a whether-clause is said of that clause's subject ({@link QuestionSubjects}).
 */
final class PredicateFacts {

    /** Facts of a participle modifying a noun ("a panel drafting a constitution") are less sure than a clause's. */
    private static final double PARTICIPLE = 0.8;
    /** Relations of a copular predicate whose subtrees are not part of the "is a ..." object. */
    private static final Set<String> NOT_OF_COPULAR_OBJECT = Set.of("nsubj", "nsubj:pass", "csubj", "cop", "aux",
            "aux:pass", "mark", "advcl", "ccomp", "obl", "obl:tmod", "obl:npmod", "advmod", "neg", "expl");

    private final SentenceView s;
    private final IndexedWord p;
    private final PredicateArguments a;
    private final RelationGroup group;
    private final Set<Integer> stop;
    private final List<Fact> facts;

    private PredicateFacts(SentenceView s, IndexedWord p, PredicateArguments a, RelationGroup group,
                           List<Fact> facts) {
        this.s = s;
        this.p = p;
        this.a = a;
        this.group = group;
        this.stop = Set.of(p.index());
        this.facts = facts;
    }

    /**
     * The facts of predicate {@code p} (copular: the predicate of "is a ..."), added to {@code facts}. Returns
     * whether {@code p} is a verb whose readings this class leaves out on purpose, so that no other extractor
     * should read it either: a reporting verb (its clause is all it says, read here), a verb whose subject is
     * the object of a verb that does not direct anyone to act (a misparsed purpose clause), a participle the
     * parse conjoined with a verb, or a clause the parse made of an infinitive or of the end of a subject
     * ({@link SubjectRepairs}).
     */
    static boolean read(SentenceView s, IndexedWord p, boolean copular, List<Fact> facts) {
        boolean reporting = !copular && VerbClasses.REPORTING.contains(Dependents.lemmaOf(s, p));
        PredicateArguments a = PredicateArguments.gather(s, p);
        RelationGroup group = RelationGroup.of(s, p, copular, a.xsubj);
        NominalControl nominal = copular ? null : NominalControl.of(s, p, a.subjects, group);
        if (nominal == null && SubjectRepairs.misparsedClause(s, p)) {
            return true;
        }
        if (nominal != null) {
            if (!a.subjects.isEmpty()) {
                NominalControl.repairMainVerb(s, p, a);
            }
            a.subjects.clear();
            a.subjects.add(nominal.actor());
            group = nominal.relation();
        }
        AdjunctControl adjunct = copular || !a.subjects.isEmpty() ? null : AdjunctControl.of(s, p, group);
        if (adjunct != null) {
            a.subjects.addAll(adjunct.subjects());
            group = adjunct.relation();
        }
        IndexedWord restored = copular || !a.subjects.isEmpty() ? null : restoredSubject(s, p);
        if (restored != null) {
            a.subjects.add(restored);
            a.passive |= Dependents.has(s, p, "aux:pass"); // the parse gave no nsubj:pass to mark it
        }
        if (a.subjects.isEmpty()) {
            return reporting || SubjectRepairs.conjoinedParticiple(s, p);
        }
        if (a.objectControlled()) {
            group = directed(s, p, group);
            if (group == null) {
                return !copular;
            }
        }
        if (group.lemma().isEmpty()) {
            return reporting;
        }
        a.resolve(copular);
        a.obliques.replaceAll(o -> ComplexPrepositions.through(s, o));
        int start = facts.size();
        new PredicateFacts(s, p, a, group, facts).readFacts(copular);
        double sureness = a.participle ? PARTICIPLE : adjunct != null ? AdjunctControl.CONFIDENCE : 1;
        for (int i = start; i < facts.size() && sureness < 1; i++) {
            facts.set(i, facts.get(i).withConfidence(facts.get(i).confidence() * sureness));
        }
        return reporting;
    }

    /**
     * "The bill would require teams to visit seven countries": the subject of the controlled verb is the object of
     * the verb that controls it. After a verb that directs someone to act (ask, order, require, ...) the sentence
     * says that the teams are required to visit, so that is the relation; after any other verb the chain is a
     * misparse of a purpose clause ("left the White House to visit his wife", "used its network to provide a
     * service") and no fact is read. Null when none is.
     */
    private static RelationGroup directed(SentenceView s, IndexedWord p, RelationGroup group) {
        IndexedWord controller = Dependents.controller(s, p);
        String lemma = controller == null ? "" : Dependents.lemmaOf(s, controller);
        String participle = VerbClasses.DIRECTIVES.get(lemma);
        if (participle == null || !group.lemma().startsWith(lemma + " to ")) {
            return null;
        }
        String own = group.lemma().substring(lemma.length() + " to ".length());
        return new RelationGroup(group.head(), group.words(), "be " + participle + " to " + own, group.negated(),
                group.hedged());
    }

    private void readFacts(boolean copular) {
        if (!copular && !a.passive) {
            readReciprocal();
        }
        for (IndexedWord subject : a.subjects) {
            Argument subj = s.argumentAt(subject.index(), stop);
            if (copular) {
                readCopular(subj);
            } else if (a.passive && !a.agents.isEmpty()) {
                readAgents(subj);
            } else {
                readObjects(subj);
            }
        }
    }

    /** "A and B met (in Geneva)": each met the other. */
    private void readReciprocal() {
        List<IndexedWord> written = a.written;
        if (written.size() < 2 || written.size() != a.subjects.size() || !a.objects.isEmpty()
                || !VerbClasses.RECIPROCAL.contains(Dependents.lemmaOf(s, p))) {
            return;
        }
        for (int i = 1; i < written.size(); i++) {
            if (!conjoined(written.get(0), written.get(i))) {
                continue;
            }
            facts.add(group.fact(s, s.argumentAt(a.subjects.get(0).index(), stop), group.relation(s, group.lemma()),
                    s.argumentAt(a.subjects.get(i).index(), stop), 0.7, extras(), false));
        }
    }

    private boolean conjoined(IndexedWord x, IndexedWord y) {
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(x.index()))) {
            if (e.getRelation().toString().startsWith("conj") && e.getDependent().index() == y.index()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The treaty was signed by Norway": Norway | was signed by | the treaty, object first. A complement of the
     * passive joins the relation ("was made possible by the efforts": efforts | make possible | the acquisition),
     * since without it the agent would be said to do something else.
     */
    private void readAgents(Argument subj) {
        for (IndexedWord agent : a.agents) {
            TreeSet<Integer> words = group.withCaseOf(s, agent);
            String lemma = group.lemma();
            for (IndexedWord c : a.complements) { // "made possible by the efforts": efforts make possible | X
                words.add(c.index());
                lemma = lemma + " " + Dependents.lemmaOf(s, c);
            }
            Relation r = group.relation(s, words, lemma);
            facts.add(group.fact(s, s.argumentAt(agent.index(), stop), r, subj, 0.85, extras(), true));
        }
    }

    /** The subject a misparse took from a verb that has none, by the first repair that finds one. */
    private static IndexedWord restoredSubject(SentenceView s, IndexedWord p) {
        return java.util.stream.Stream.<java.util.function.BiFunction<SentenceView, IndexedWord, IndexedWord>>of(
                        SplitReports::subjectOf, RootNouns::subjectOf, RootNouns::beforeInfinitive,
                        QuestionSubjects::subjectOf)
                .map(repair -> repair.apply(s, p)).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** What the subject does: to its objects, else a clause, a complement or a prepositional phrase. */
    private void readObjects(Argument subj) {
        String lemma = a.passive ? RelationGroup.passiveLemma(s, p) : group.lemma();
        if (!a.passive && VerbClasses.REPORTING.contains(Dependents.lemmaOf(s, p))) {
            readReport(subj, lemma);
            return;
        }
        readAdverbial(subj, lemma);
        if (!a.objects.isEmpty()) {
            readDirectObjects(subj, lemma);
        } else if (!a.clauses.isEmpty()) {
            readSubjunctive(subj, lemma);
            for (IndexedWord c : a.clauses) {
                facts.add(group.fact(s, subj, group.relation(s, lemma), s.clauseAt(c.index(), stop), 0.7, extras(),
                        false));
            }
        } else if (!a.complements.isEmpty()) {
            readComplements(subj, lemma);
        } else if (obliqueIsObject()) {
            readObliques(subj, lemma);
        }
    }

    /**
     * "He told a press luncheon there would be tax proposals": what a reporting verb says is its clause; whom it
     * was told to and where are extras. Without a clause, only whom a named actor was told to makes a fact ("...,
     * a rebel commander told Reuters"); otherwise it says nothing a graph can hold ("told reporters", "said in a
     * statement"), and a noun phrase the parser made its object is mostly the subject of a clause it split ("said
     * the present rate is 43 cts", "added the software costs 5,000 dlrs").
     */
    private void readReport(Argument subj, String lemma) {
        List<IndexedWord> others = new ArrayList<>(a.objects);
        others.addAll(a.indirect);
        for (IndexedWord c : a.clauses) {
            facts.add(group.fact(s, subj, group.relation(s, lemma), s.clauseAt(c.index(), stop), 0.7,
                    RelationGroup.extras(s, a.obliques, others, stop), false));
        }
        if (!a.clauses.isEmpty()) {
            return;
        }
        for (IndexedWord object : a.objects) {
            Argument addressee = s.argumentAt(object.index(), stop);
            if (addressee.kind() == Argument.Kind.NAME) {
                facts.add(group.fact(s, subj, group.relation(s, lemma), addressee, 0.7, List.of(), false));
            }
        }
    }

    /** "moved north of the border": subject | move north of | border. */
    private void readAdverbial(Argument subj, String lemma) {
        for (IndexedWord[] ao : a.adverbial) {
            TreeSet<Integer> words = group.withCaseOf(s, ao[1]);
            words.add(ao[0].index());
            String rel = lemma + " " + ao[0].word().toLowerCase(Locale.ROOT) + RelationGroup.preposition(s, ao[1]);
            facts.add(group.fact(s, subj, group.relation(s, words, rel), s.argumentAt(ao[1].index(), stop), 0.7,
                    List.of(), false));
        }
    }

    /** One fact per direct object, its phrases and infinitive as extras; unless a participle, one per phrase. */
    private void readDirectObjects(Argument subj, String lemma) {
        List<IndexedWord> others = new ArrayList<>(a.indirect);
        others.addAll(Dependents.objectInfinitives(s, p));
        for (IndexedWord object : a.objects) {
            facts.add(group.fact(s, subj, group.relation(s, lemma), s.argumentAt(object.index(), stop), 0.9,
                    RelationGroup.extras(s, a.obliques, others, stop), false));
        }
        for (IndexedWord o : a.modified == null ? a.obliques : List.<IndexedWord>of()) {
            Relation r = group.relation(s, group.withCaseOf(s, o), lemma + RelationGroup.preposition(s, o));
            facts.add(group.fact(s, subj, r, s.argumentAt(o.index(), stop), 0.6, List.of(), false));
        }
    }

    /** "demanded that the YPG retreat": the demand is on the subject of a clause in the subjunctive. */
    private void readSubjunctive(Argument subj, String lemma) {
        for (IndexedWord c : a.clauses) {
            for (IndexedWord subject : Subjunctive.subjectsOf(s, c)) {
                facts.add(group.fact(s, subj, group.relation(s, lemma),
                        s.argumentAt(subject.index(), Set.of(p.index(), c.index())), 0.65, List.of(), false));
            }
        }
    }

    /**
     * "seemed difficult", "became president": the complement is the object; one that is no noun joins the lemma.
     * An adjective with a prepositional phrase of its own ("remains concerned about the market", "sounded
     * pessimistic about a deal") is what the subject is about that phrase, as in a copular clause: the adjective and
     * its preposition join the relation and the phrase is the object ("remain concerned about | market").
     */
    private void readComplements(Argument subj, String lemma) {
        for (IndexedWord c : a.complements) {
            boolean noun = c.tag() != null && c.tag().startsWith("NN");
            String withComplement = noun ? lemma : lemma + " " + Dependents.lemmaOf(s, c);
            IndexedWord phrase = noun ? null : Dependents.prepositionalAfter(s, c);
            if (phrase != null) {
                TreeSet<Integer> words = group.withCaseOf(s, phrase);
                words.add(c.index());
                facts.add(group.fact(s, subj, group.relation(s, words, withComplement
                        + RelationGroup.preposition(s, phrase)), s.argumentAt(phrase.index(), stop), 0.7, extras(),
                        false));
                continue;
            }
            facts.add(group.fact(s, subj, group.relation(s, withComplement), s.argumentAt(c.index(), stop), 0.7,
                    extras(), false));
        }
    }

    /** A phrase is the object unless the predicate is a participle or a phrase before a verb that controls another. */
    private boolean obliqueIsObject() {
        return !a.obliques.isEmpty() && a.modified == null
                && (a.obliques.stream().anyMatch(o -> o.index() > p.index()) || !Dependents.controlsVerb(s, p));
    }

    /**
     * The first phrase after the verb is the object, a bare time only when no other phrase says what the verb is
     * about ({@link Dependents#timesLast}); phrases before it ("In 1990, ...") only when there is none after. The
     * first phrase's fact has the others as extras; each further phrase makes a fact of its own.
     */
    private void readObliques(Argument subj, String lemma) {
        List<IndexedWord> ordered = Dependents.timesLast(s, p, a.obliques.stream().filter(o -> o.index() > p.index())
                .toList());
        a.obliques.stream().filter(o -> o.index() < p.index()).forEach(ordered::add);
        for (int i = 0; i < ordered.size(); i++) {
            IndexedWord o = ordered.get(i);
            List<IndexedWord> rest = i == 0 ? ordered.subList(1, ordered.size()) : List.of();
            boolean after = o.index() > p.index();
            Relation r = group.relation(s, after ? group.withCaseOf(s, o) : group.words(),
                    lemma + RelationGroup.preposition(s, o));
            Argument object = after ? s.argumentAt(o.index(), stop) : s.extraAt(o.index(), stop);
            facts.add(group.fact(s, subj, r, object, i == 0 && after ? 0.8 : i == 0 ? 0.65 : 0.6,
                    RelationGroup.extras(s, rest, List.of(), stop), false));
        }
    }

    /** "X is (not) a Y", "X was in the city": the predicate's phrase is the object. */
    private void readCopular(Argument subj) {
        if (Dependents.isCopularAdjective(s, p) && Dependents.controlsVerb(s, p)) {
            return; // "were able to reinforce the hotel": the controlled verb's fact says it
        }
        TreeSet<Integer> words = new TreeSet<>(group.words());
        String lemma = "be";
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(p.index()))) {
            if (e.getRelation().toString().equals("case")) {
                words.add(e.getDependent().index());
                lemma = "be " + e.getDependent().word().toLowerCase(Locale.ROOT);
            }
        }
        IndexedWord through = lemma.equals("be") ? null : ComplexPrepositions.objectOf(s, p);
        if (through != null) { // "are in line with its strategy": be in line with | strategy
            words = group.withCaseOf(s, through);
            lemma = "be" + RelationGroup.preposition(s, through);
        }
        IndexedWord complement = firstPrepositionalAfter();
        if (lemma.equals("be") && Dependents.isCopularAdjective(s, p) && complement != null) {
            readAdjectiveComplement(subj, words, complement);
            return;
        }
        Set<Integer> objectStop = new HashSet<>();
        objectStop.add(subj.head());
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(p.index()))) {
            String rel = e.getRelation().toString();
            if (NOT_OF_COPULAR_OBJECT.contains(rel) && !Dependents.isDegree(e) || rel.startsWith("obl:")) {
                objectStop.add(e.getDependent().index());
            }
        }
        Argument object = s.argumentAt(through != null ? through.index() : p.index(), objectStop);
        facts.add(group.fact(s, subj, group.relation(s, words, lemma), object, 0.75, extras(), false));
        Fact role = lemma.equals("be") ? RoleFacts.of(s, subj, p.index(), group) : null;
        if (role != null) {
            facts.add(role);
        }
    }

    private IndexedWord firstPrepositionalAfter() {
        for (IndexedWord o : a.obliques) {
            if (o.index() > p.index() && !RelationGroup.preposition(s, o).isEmpty()) {
                return o;
            }
        }
        return null;
    }

    /** "X is responsible for Y", "X were equal to Y": X | is responsible for | Y. */
    private void readAdjectiveComplement(Argument subj, TreeSet<Integer> words, IndexedWord complement) {
        TreeSet<Integer> relationWords = new TreeSet<>(words);
        relationWords.add(p.index());
        RelationGroup.caseWords(s, complement, relationWords);
        List<IndexedWord> rest = new ArrayList<>(a.obliques);
        rest.remove(complement);
        Relation r = group.relation(s, relationWords,
                "be " + Dependents.lemmaOf(s, p) + RelationGroup.preposition(s, complement));
        facts.add(group.fact(s, subj, r, s.argumentAt(complement.index(), stop), 0.75,
                RelationGroup.extras(s, rest, List.of(), stop), false));
    }

    /** The predicate's phrases as extra arguments. */
    private List<Argument> extras() {
        return RelationGroup.extras(s, a.obliques, List.of(), stop);
    }
}
