package org.newsgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Facts read off the dependency graphs, clause by clause in the manner of clause-based Open IE (ClausIE,
 * OpenIE 4). For every predicate (a verb, or the noun, adjective or phrase of "is a ...") it finds the subjects,
 * the object (a direct object; else a clause it governs, a predicative complement or its first prepositional
 * phrase) and the further prepositional and temporal phrases, which become extra arguments of an n-ary fact.
 * The relation words keep auxiliaries, negation, particles, the verbs of a "had to close" chain and the
 * preposition of the object. Passives with an agent put the agent first. Appositions ("X, the leader of Y") and
 * titles before a person's name ("Foreign Minister Ana Ruiz") become "is" facts. A clause that a speech verb
 * reports ("X said ...", "..., a ministry official said") is attributed to the speaker, and the speech itself is a
 * fact whose object is the reported clause.
 * Enhanced++ dependencies already spread subjects over conjoined verbs and into relative and controlled clauses.
 */
final class DependencyFacts {

    static final String EXTRACTOR = "dependency";

    /** Verbs that report what someone said or thinks (the speaker of {@link Fact#attributedTo()}). */
    private static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "add", "state", "announce", "report",
            "claim", "argue", "contend", "note", "insist", "warn", "explain", "deny", "believe", "think", "predict",
            "estimate", "suggest", "acknowledge", "admit", "assert", "confirm", "declare", "maintain", "reply",
            "respond", "write", "allege", "indicate", "stress", "complain", "concede", "caution", "observe",
            "recall", "testify", "reckon", "speculate", "emphasize");
    private static final Set<String> WH_TAGS = Set.of("WP", "WDT");
    private static final Set<String> NAME_CONTEXT = Set.of("COUNTRY", "NATIONALITY", "LOCATION", "ORGANIZATION",
            "STATE_OR_PROVINCE", "CITY");

    /** Confidence of an apposition or title fact: less sure than a clause, since an apposition may be a list. */
    private static final double APPOSITION = 0.7;
    private static final double TITLE = 0.7;
    /** Facts of a participle modifying a noun ("a panel drafting a constitution") are less sure than a clause's. */
    private static final double PARTICIPLE = 0.8;

    private DependencyFacts() {
    }

    static List<Fact> of(SentenceView s) {
        List<Fact> facts = new ArrayList<>();
        if (s.enhanced == null || s.basic == null) {
            return facts;
        }
        for (IndexedWord word : s.enhanced.vertexListSorted()) {
            if (isVerb(word)) {
                readPredicate(s, word, false, facts);
            } else if (has(s, word, "cop")) {
                readPredicate(s, word, true, facts);
            }
        }
        readAppositions(s, facts);
        readTitles(s, facts);
        readParatacticSpeech(s, facts);
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            Argument speaker = f.relation().head() > 0 ? speakerOf(s, f.relation().head()) : null;
            out.add(speaker != null && speaker.head() != f.subject().head() ? f.attributed(speaker) : f);
        }
        return out;
    }

    /** What a predicate says, as facts. */
    private static void readPredicate(SentenceView s, IndexedWord p, boolean copular, List<Fact> facts) {
        List<IndexedWord> subjects = new ArrayList<>();
        List<IndexedWord> objects = new ArrayList<>();
        List<IndexedWord> indirect = new ArrayList<>();
        List<IndexedWord> agents = new ArrayList<>();
        List<IndexedWord> obliques = new ArrayList<>();
        List<IndexedWord> clauses = new ArrayList<>();
        List<IndexedWord> complements = new ArrayList<>();
        boolean passive = false;
        boolean xsubj = false;
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
                case "obj" -> {
                    if (!"IN".equals(s.token(child.index()).tag())) {
                        objects.add(child);
                    } else {
                        // A complementizer the parser took for the object ("demanded that the YPG retreat"): the
                        // clause it introduces, if the parser left it hanging below it, is what was demanded.
                        for (SemanticGraphEdge c : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(child.index()))) {
                            if (c.getRelation().toString().equals("dep") && c.getDependent().index() > child.index()) {
                                objects.add(c.getDependent());
                            }
                        }
                    }
                }
                case "iobj" -> indirect.add(child);
                case "obl:agent" -> agents.add(child);
                case "ccomp" -> clauses.add(child);
                case "xcomp" -> {
                    if (!isVerb(child)) {
                        complements.add(child);
                    }
                }
                default -> {
                    if (rel.equals("obl") || rel.startsWith("obl:")) {
                        obliques.add(child);
                    }
                }
            }
        }
        IndexedWord controller = controller(s, p);
        if (subjects.isEmpty() && controller != null) {
            for (SemanticGraphEdge e : s.enhanced.outgoingEdgeList(controller)) {
                if (e.getRelation().toString().equals("nsubj")) {
                    subjects.add(e.getDependent());
                    xsubj = true;
                }
            }
        }
        clauses.removeIf(c -> p.equals(controller(s, c)));
        IndexedWord modified = participleOf(s, p);
        boolean participle = false;
        if (subjects.isEmpty() && modified != null) {
            // "forces fighting the Islamic State", "rebels backed by Turkish forces"
            subjects.add(modified);
            passive = "VBN".equals(p.tag());
            participle = true;
        }
        if (!passive && reducedRelative(s, p)) {
            passive = true;
        }
        if (subjects.isEmpty()) {
            IndexedWord before = subjectBeforeReducedRelative(s, p);
            if (before != null) {
                subjects.add(before);
            }
        }
        if (objects.isEmpty() && clauses.size() == 1) {
            IndexedWord swallowed = objectBeforeComma(s, p, clauses.get(0));
            if (swallowed != null) {
                objects.add(swallowed);
                clauses.clear();
            }
        }
        if (passive && agents.isEmpty()) {
            for (IndexedWord o : new ArrayList<>(obliques)) {
                if (hasCase(s, o, "by")) {
                    agents.add(o);
                    obliques.remove(o);
                }
            }
        }
        List<IndexedWord[]> adverbial = objects.isEmpty() ? adverbialObliques(s, p) : List.of();
        if (subjects.isEmpty()) {
            return;
        }
        Group group = group(s, p, copular, xsubj);
        if (group.lemma.isEmpty()) {
            return;
        }
        objects.sort(Comparator.comparingInt(IndexedWord::index));
        obliques.sort(Comparator.comparingInt(IndexedWord::index));
        if (objects.isEmpty() && !copular && shareObject(s, p) != null) {
            objects.add(shareObject(s, p));
        }
        List<IndexedWord> written = new ArrayList<>(subjects);
        boolean transitive = !objects.isEmpty();
        subjects.replaceAll(w -> namedAfter(s, relativeSubject(s, p, transitive).orElse(antecedent(s, w))));
        objects.replaceAll(w -> namedAfter(s, thatClause(s, antecedent(s, w))));
        agents.replaceAll(w -> namedAfter(s, w));
        subjects = new ArrayList<>(new java.util.LinkedHashSet<>(subjects));
        Set<Integer> stop = Set.of(p.index());
        int start = facts.size();
        if (!copular && !passive) {
            readReciprocal(s, p, written, subjects, objects, group, stop, obliques, facts);
        }
        for (IndexedWord subject : subjects) {
            Argument subj = s.argumentAt(subject.index(), stop);
            if (copular) {
                readCopular(s, p, subj, group, obliques, stop, facts);
                continue;
            }
            if (passive && !agents.isEmpty()) {
                for (IndexedWord agent : agents) {
                    Relation r = relation(s, group, p, withCase(s, group.words, agent), group.lemma);
                    facts.add(fact(s, s.argumentAt(agent.index(), stop), r, subj, 0.85, group,
                            extras(s, obliques, List.of(), stop), true));
                }
                continue;
            }
            String lemma = passive ? "be " + s.token(p.index()).word().toLowerCase(Locale.ROOT) : group.lemma;
            for (IndexedWord[] ao : adverbial) {
                TreeSet<Integer> words = withCase(s, group.words, ao[1]);
                words.add(ao[0].index());
                String rel = lemma + " " + ao[0].word().toLowerCase(Locale.ROOT) + preposition(s, ao[1]);
                facts.add(fact(s, subj, relation(s, group, p, words, rel), s.argumentAt(ao[1].index(), stop), 0.7,
                        group, List.of(), false));
            }
            if (!objects.isEmpty()) {
                for (IndexedWord object : objects) {
                    facts.add(fact(s, subj, relation(s, group, p, group.words, lemma),
                            s.argumentAt(object.index(), stop), 0.9, group,
                            extras(s, obliques, indirect, stop), false));
                }
                for (IndexedWord o : modified == null ? obliques : List.<IndexedWord>of()) {
                    facts.add(fact(s, subj, relation(s, group, p, withCase(s, group.words, o), lemma + preposition(s, o)),
                            s.argumentAt(o.index(), stop), 0.6, group, List.of(), false));
                }
            } else if (!clauses.isEmpty()) {
                readSubjunctive(s, subj, p, clauses, group, lemma, stop, facts);
                for (IndexedWord c : clauses) {
                    facts.add(fact(s, subj, relation(s, group, p, group.words, lemma), s.clauseAt(c.index(), stop),
                            0.7, group, extras(s, obliques, List.of(), stop), false));
                }
            } else if (!complements.isEmpty()) {
                for (IndexedWord c : complements) {
                    String withComplement = c.tag() != null && c.tag().startsWith("NN") ? lemma
                            : lemma + " " + lemmaOf(s, c);
                    facts.add(fact(s, subj, relation(s, group, p, group.words, withComplement),
                            s.argumentAt(c.index(), stop), 0.7, group, extras(s, obliques, List.of(), stop), false));
                }
            } else if (!obliques.isEmpty() && modified == null
                    && (obliques.stream().anyMatch(o -> o.index() > p.index()) || !controlsVerb(s, p))) {
                // The first phrase after the verb is the object; phrases before it ("In 1990, ...") only when
                // there is none after.
                List<IndexedWord> ordered = new ArrayList<>();
                obliques.stream().filter(o -> o.index() > p.index()).forEach(ordered::add);
                obliques.stream().filter(o -> o.index() < p.index()).forEach(ordered::add);
                for (int i = 0; i < ordered.size(); i++) {
                    IndexedWord o = ordered.get(i);
                    List<IndexedWord> rest = i == 0 ? ordered.subList(1, ordered.size()) : List.of();
                    boolean after = o.index() > p.index();
                    Relation r = relation(s, group, p, after ? withCase(s, group.words, o) : group.words,
                            lemma + preposition(s, o));
                    Argument object = after ? s.argumentAt(o.index(), stop) : s.extraAt(o.index(), stop);
                    facts.add(fact(s, subj, r, object, i == 0 && after ? 0.8 : i == 0 ? 0.65 : 0.6, group,
                            extras(s, rest, List.of(), stop), false));
                }
            }
        }
        if (participle) {
            for (int i = start; i < facts.size(); i++) {
                facts.set(i, facts.get(i).withConfidence(facts.get(i).confidence() * PARTICIPLE));
            }
        }
    }

    /**
     * "rebels backed by Turkish forces entered the town", parsed with "backed" as the rebels' verb: a past
     * participle without auxiliaries whose by-phrase names who did it is a passive.
     */
    private static boolean reducedRelative(SentenceView s, IndexedWord p) {
        if (!"VBN".equals(p.tag()) || has(s, p, "aux") || has(s, p, "aux:pass") || !has(s, p, "nsubj")) {
            return false;
        }
        return s.enhanced.outgoingEdgeList(p).stream()
                .anyMatch(e -> e.getRelation().toString().startsWith("obl") && hasCase(s, e.getDependent(), "by"));
    }

    /**
     * A finite verb left without a subject right after such a reduced relative ("... backed by tanks entered
     * Jarablus") has the subject the parser gave the participle.
     */
    private static IndexedWord subjectBeforeReducedRelative(SentenceView s, IndexedWord p) {
        if (p.tag() == null || !Set.of("VBD", "VBZ", "VBP").contains(p.tag())) {
            return null;
        }
        for (IndexedWord v : s.basic.vertexSet()) {
            if (v.index() < p.index() && reducedRelative(s, s.enhanced.getNodeByIndexSafe(v.index()) == null ? v
                    : s.enhanced.getNodeByIndexSafe(v.index())) && lastOfSubtree(s, v) == p.index() - 1) {
                for (SemanticGraphEdge e : s.enhanced.outgoingEdgeList(s.enhanced.getNodeByIndexSafe(v.index()))) {
                    if (e.getRelation().toString().equals("nsubj")) {
                        return e.getDependent();
                    }
                }
            }
        }
        return null;
    }

    private static int lastOfSubtree(SentenceView s, IndexedWord v) {
        int last = v.index();
        for (IndexedWord d : s.basic.descendants(v)) {
            if (!isPunctuationTag(d.tag())) {
                last = Math.max(last, d.index());
            }
        }
        return last;
    }

    private static boolean isPunctuationTag(String tag) {
        return tag == null || !Character.isLetter(tag.charAt(0));
    }

    /**
     * ", which supports Syrian Assad, Washington hopes ...": a comma-delimited relative clause ends at its comma,
     * so when the parser runs the clause on into the main one, the noun before that comma is the verb's object.
     */
    private static IndexedWord objectBeforeComma(SentenceView s, IndexedWord p, IndexedWord clause) {
        boolean relative = s.enhanced.incomingEdgeList(p).stream()
                .anyMatch(e -> e.getRelation().toString().equals("acl:relcl"));
        if (!relative) {
            return null;
        }
        for (SemanticGraphEdge e : s.enhanced.outgoingEdgeList(clause)) {
            IndexedWord subj = e.getDependent();
            if (e.getRelation().toString().equals("nsubj") && subj.index() > p.index()
                    && subj.index() < s.tokens.size() && s.token(subj.index() + 1).word().equals(",")) {
                return subj;
            }
        }
        return null;
    }

    /** "moved west of the river": an adverb of place with its own prepositional phrase, as (adverb, noun) pairs. */
    private static List<IndexedWord[]> adverbialObliques(SentenceView s, IndexedWord p) {
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

    /** Verbs that say two parties did something together, so "A and B met" means A met B. */
    private static final Set<String> RECIPROCAL = Set.of("meet", "talk", "negotiate", "agree", "clash", "fight",
            "cooperate", "ally", "merge", "marry", "quarrel", "compete", "collide", "confer", "reconcile", "trade",
            "sign", "discuss", "consult", "spar", "battle", "feud");

    /** "A and B met (in Geneva)": each met the other. */
    private static void readReciprocal(SentenceView s, IndexedWord p, List<IndexedWord> written,
                                       List<IndexedWord> subjects, List<IndexedWord> objects, Group group,
                                       Set<Integer> stop, List<IndexedWord> obliques, List<Fact> facts) {
        if (written.size() < 2 || written.size() != subjects.size() || !objects.isEmpty()
                || !RECIPROCAL.contains(lemmaOf(s, p))) {
            return;
        }
        for (int i = 1; i < written.size(); i++) {
            if (!conjoined(s, written.get(0), written.get(i))) {
                continue;
            }
            facts.add(fact(s, s.argumentAt(subjects.get(0).index(), stop),
                    relation(s, group, p, group.words, group.lemma), s.argumentAt(subjects.get(i).index(), stop),
                    0.7, group, extras(s, obliques, List.of(), stop), false));
        }
    }

    /**
     * "..., which sees the YPG as an ally": when the clause acts on an object and a name stands right before
     * ", which", the name is what the clause describes, whatever noun the parser hung the clause on ("at odds
     * with Washington, which sees").
     */
    private static java.util.Optional<IndexedWord> relativeSubject(SentenceView s, IndexedWord p, boolean transitive) {
        if (!transitive) {
            return java.util.Optional.empty();
        }
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(p.index()))) {
            int i = e.getDependent().index();
            String tag = s.token(i).tag();
            if (e.getRelation().toString().equals("nsubj") && ("WDT".equals(tag) || "WP".equals(tag)) && i > 2
                    && s.token(i - 1).word().equals(",") && NAMES.contains(String.valueOf(s.token(i - 2).ner()))
                    && s.enhanced.getNodeByIndexSafe(i - 2) != null) {
                return java.util.Optional.of(s.enhanced.getNodeByIndexSafe(i - 2));
            }
        }
        return java.util.Optional.empty();
    }

    private static final Set<String> NAMES = Set.of("PERSON", "ORGANIZATION", "COUNTRY", "CITY",
            "STATE_OR_PROVINCE", "LOCATION");

    /** "demanded that the YPG retreat", parsed as the object "that" with the rest hung on it: the rest. */
    private static IndexedWord thatClause(SentenceView s, IndexedWord w) {
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

    private static boolean conjoined(SentenceView s, IndexedWord a, IndexedWord b) {
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(a.index()))) {
            if (e.getRelation().toString().startsWith("conj") && e.getDependent().index() == b.index()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "demanded that the YPG retreat": a clause in the bare subjunctive states what was demanded of its subject,
     * so the demand is on that subject.
     */
    private static void readSubjunctive(SentenceView s, Argument subj, IndexedWord p, List<IndexedWord> clauses,
                                        Group group, String lemma, Set<Integer> stop, List<Fact> facts) {
        for (IndexedWord c : clauses) {
            if (!"VB".equals(c.tag()) || has(s, c, "aux") || has(s, c, "mark") && !hasMarkThat(s, c)) {
                continue;
            }
            for (SemanticGraphEdge e : s.enhanced.outgoingEdgeList(c)) {
                if (e.getRelation().toString().equals("nsubj")) {
                    facts.add(fact(s, subj, relation(s, group, p, group.words, lemma),
                            s.argumentAt(e.getDependent().index(), Set.of(p.index(), c.index())), 0.65, group,
                            List.of(), false));
                }
            }
        }
    }

    private static boolean hasMarkThat(SentenceView s, IndexedWord c) {
        for (SemanticGraphEdge e : s.enhanced.outgoingEdgeList(c)) {
            if (e.getRelation().toString().equals("mark") && e.getDependent().word().equalsIgnoreCase("that")) {
                return true;
            }
        }
        return false;
    }

    /** The noun a participle modifies ("forces fighting ...", "rebels backed by ..."), or null. */
    private static IndexedWord participleOf(SentenceView s, IndexedWord p) {
        if (!"VBG".equals(p.tag()) && !"VBN".equals(p.tag())) {
            return null;
        }
        for (SemanticGraphEdge e : s.basic.incomingEdgeIterable(s.basic.getNodeByIndexSafe(p.index()))) {
            String tag = e.getGovernor().tag();
            if (e.getRelation().toString().equals("acl") && tag != null && tag.startsWith("NN")
                    && e.getGovernor().index() < p.index()) {
                return e.getGovernor();
            }
        }
        return null;
    }

    /**
     * "his Russian counterpart Sergei Lavrov": a common noun directly followed by a person's name that the parser
     * hung on it stands for that person.
     */
    private static IndexedWord namedAfter(SentenceView s, IndexedWord w) {
        if (w.tag() == null || !w.tag().startsWith("NN") || w.tag().startsWith("NNP")) {
            return w;
        }
        IndexedWord titled = titledPerson(s, w);
        if (titled != null) {
            return titled;
        }
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(w.index()))) {
            String rel = e.getRelation().toString();
            IndexedWord name = e.getDependent();
            if ((rel.equals("dep") || rel.equals("appos") || rel.equals("flat")) && name.index() > w.index()
                    && "PERSON".equals(s.token(name.index()).ner())
                    && firstOfName(s, name.index()) == w.index() + 1) {
                return s.enhanced.getNodeByIndexSafe(name.index()) != null
                        ? s.enhanced.getNodeByIndexSafe(name.index()) : name;
            }
        }
        return w;
    }

    /**
     * "envoy for Syria Staffan de Mistura": a title, perhaps with the place or body it serves, then a person's
     * name: the person, wherever the parser hung the name.
     */
    private static IndexedWord titledPerson(SentenceView s, IndexedWord w) {
        if (!"TITLE".equals(s.token(w.index()).ner())) {
            return null;
        }
        int n = s.tokens.size();
        int j = w.index() + 1;
        if (j <= n && Set.of("for", "of", "to").contains(s.token(j).word().toLowerCase(Locale.ROOT))) {
            j++;
            int start = j;
            while (j <= n && NAMES.contains(String.valueOf(s.token(j).ner()))
                    && !"PERSON".equals(s.token(j).ner())) {
                j++;
            }
            if (j == start) {
                return null;
            }
        }
        if (j > n || !"PERSON".equals(s.token(j).ner())) {
            return null;
        }
        while (j < n && "PERSON".equals(s.token(j + 1).ner())) {
            j++;
        }
        return s.enhanced.getNodeByIndexSafe(j);
    }

    private static int firstOfName(SentenceView s, int i) {
        int first = i;
        while (first > 1 && s.token(first - 1).ner().equals(s.token(i).ner())) {
            first--;
        }
        return first;
    }

    /** "X is (not) a Y", "X was in the city": the predicate's phrase is the object. */
    private static void readCopular(SentenceView s, IndexedWord p, Argument subj, Group group,
                                    List<IndexedWord> obliques, Set<Integer> stop, List<Fact> facts) {
        if (isCopularAdjective(s, p) && controlsVerb(s, p)) {
            return; // "were able to reinforce the hotel": the controlled verb's fact says it
        }
        TreeSet<Integer> words = new TreeSet<>(group.words);
        String lemma = "be";
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(p.index()))) {
            if (e.getRelation().toString().equals("case")) {
                words.add(e.getDependent().index());
                lemma = "be " + e.getDependent().word().toLowerCase(Locale.ROOT);
            }
        }
        IndexedWord complement = null;
        for (IndexedWord o : obliques) {
            if (complement == null && o.index() > p.index() && !preposition(s, o).isEmpty()) {
                complement = o;
            }
        }
        if (lemma.equals("be") && isCopularAdjective(s, p) && complement != null) {
            // "X is responsible for Y", "X were equal to Y": X | is responsible for | Y.
            TreeSet<Integer> relationWords = new TreeSet<>(words);
            relationWords.add(p.index());
            caseWords(s, complement, relationWords);
            List<IndexedWord> rest = new ArrayList<>(obliques);
            rest.remove(complement);
            Relation r = new Relation(s.text(relationWords), s.span(relationWords),
                    "be " + lemmaOf(s, p) + preposition(s, complement), p.index());
            facts.add(fact(s, subj, r, s.argumentAt(complement.index(), stop), 0.75, group,
                    extras(s, rest, List.of(), stop), false));
            return;
        }
        Set<Integer> objectStop = new HashSet<>();
        objectStop.add(subj.head());
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(p.index()))) {
            String rel = e.getRelation().toString();
            if (Set.of("nsubj", "nsubj:pass", "csubj", "cop", "aux", "aux:pass", "mark", "advcl", "ccomp", "obl",
                    "obl:tmod", "obl:npmod", "advmod", "neg", "expl").contains(rel) || rel.startsWith("obl:")) {
                objectStop.add(e.getDependent().index());
            }
        }
        Argument object = s.argumentAt(p.index(), objectStop);
        Relation r = new Relation(s.text(words), s.span(words), lemma, p.index());
        facts.add(fact(s, subj, r, object, 0.75, group, extras(s, obliques, List.of(), stop), false));
    }

    /** "X, the leader of Y": X is the leader of Y. */
    private static void readAppositions(SentenceView s, List<Fact> facts) {
        for (SemanticGraphEdge e : s.basic.edgeListSorted()) {
            if (!s.isApposition(e)) {
                continue;
            }
            int x = e.getGovernor().index();
            int y = e.getDependent().index();
            Argument subject = s.ownArgumentAt(x);
            Argument object = s.argumentAt(y);
            if (s.closeAppositionName(x) == y) {
                // "his Russian counterpart Sergei Lavrov": Sergei Lavrov is his Russian counterpart.
                Argument name = object;
                object = subject;
                subject = name;
            }
            Span at = new Span(subject.span().end(), subject.span().end());
            facts.add(new Fact(s.index, subject, new Relation("is", at, "be", -1), object, APPOSITION, EXTRACTOR, false,
                    false));
        }
    }

    /** "Foreign Minister Ana Ruiz", "U.S. Secretary of State John Kerry": the person is the title. */
    private static void readTitles(SentenceView s, List<Fact> facts) {
        int n = s.tokens.size();
        for (int i = 1; i <= n; i++) {
            if (!"PERSON".equals(s.token(i).ner()) || i > 1 && "PERSON".equals(s.token(i - 1).ner())) {
                continue;
            }
            int last = i;
            while (last < n && "PERSON".equals(s.token(last + 1).ner())) {
                last++;
            }
            TreeSet<Integer> title = new TreeSet<>();
            int j = i - 1;
            while (j >= 1) {
                CoreLabel t = s.token(j);
                boolean titleWord = "TITLE".equals(t.ner());
                boolean joiner = !title.isEmpty() && j > 1 && "TITLE".equals(s.token(j - 1).ner())
                        && Set.of("of", "for", "and").contains(t.word().toLowerCase(Locale.ROOT));
                boolean context = !title.isEmpty() && NAME_CONTEXT.contains(t.ner());
                if (!titleWord && !joiner && !context) {
                    break;
                }
                title.add(j);
                j--;
            }
            while (!title.isEmpty() && !"TITLE".equals(s.token(title.last()).ner())) {
                title.pollLast();
            }
            if (title.isEmpty() || title.stream().noneMatch(k -> "TITLE".equals(s.token(k).ner()))) {
                continue;
            }
            TreeSet<Integer> person = new TreeSet<>();
            for (int k = i; k <= last; k++) {
                person.add(k);
            }
            List<CoreLabel> personTokens = person.stream().map(s::token).toList();
            Argument subject = s.argumentOf(personTokens, last);
            Argument object = s.phraseOf(title, title.last());
            Span at = new Span(subject.span().end(), subject.span().end());
            facts.add(new Fact(s.index, subject, new Relation("is", at, "be", -1), object, TITLE, EXTRACTOR, false,
                    false));
        }
    }

    /** Whether a verb has an open verbal complement ("tried to leave"): the complement's facts say it. */
    private static boolean controlsVerb(SentenceView s, IndexedWord verb) {
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(verb.index()))) {
            if (e.getRelation().toString().equals("xcomp") && isVerb(e.getDependent())) {
                return true;
            }
        }
        return false;
    }

    /** For a relative pronoun ("who", "which", "that"), the noun its relative clause modifies; else the word. */
    private static IndexedWord antecedent(SentenceView s, IndexedWord w) {
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
        return w;
    }

    /**
     * "..., a ministry official said": the speech verb hangs off the clause it reports (parataxis); the speaker
     * said that clause.
     */
    private static void readParatacticSpeech(SentenceView s, List<Fact> facts) {
        for (SemanticGraphEdge e : s.basic.edgeListSorted()) {
            IndexedWord verb = e.getDependent();
            if (!e.getRelation().toString().equals("parataxis") || !isSpeech(s, verb)) {
                continue;
            }
            boolean hasObject = false;
            for (SemanticGraphEdge c : s.basic.outgoingEdgeList(verb)) {
                String rel = c.getRelation().toString();
                hasObject |= rel.equals("ccomp") || rel.equals("obj") || rel.equals("xcomp");
            }
            IndexedWord speaker = subjectOf(s, verb);
            if (hasObject || speaker == null) {
                continue;
            }
            Group group = group(s, verb, false, false);
            Argument clause = s.clauseAt(e.getGovernor().index(), Set.of(verb.index()));
            Relation r = new Relation(s.text(group.words), s.span(group.words), group.lemma, verb.index());
            facts.add(fact(s, s.argumentAt(speaker.index(), Set.of(verb.index())), r, clause, 0.7, group, List.of(),
                    false));
        }
    }

    /** The subject of the speech verb that reports the clause holding this predicate, or null. */
    private static Argument speakerOf(SentenceView s, int predicate) {
        IndexedWord node = s.basic.getNodeByIndexSafe(predicate);
        Set<Integer> seen = new HashSet<>();
        while (node != null && seen.add(node.index())) {
            for (SemanticGraphEdge e : s.basic.outgoingEdgeList(node)) {
                if (e.getRelation().toString().equals("parataxis") && isSpeech(s, e.getDependent())) {
                    IndexedWord speaker = subjectOf(s, e.getDependent());
                    if (speaker != null) {
                        return s.argumentAt(speaker.index());
                    }
                }
            }
            SemanticGraphEdge up = s.basic.incomingEdgeIterable(node).iterator().hasNext()
                    ? s.basic.incomingEdgeIterable(node).iterator().next() : null;
            if (up == null) {
                return null;
            }
            if (up.getRelation().toString().equals("ccomp") && isSpeech(s, up.getGovernor())) {
                IndexedWord speaker = subjectOf(s, up.getGovernor());
                return speaker == null ? null : s.argumentAt(speaker.index());
            }
            node = up.getGovernor();
        }
        return null;
    }

    private static IndexedWord subjectOf(SentenceView s, IndexedWord verb) {
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(verb.index()))) {
            if (e.getRelation().toString().equals("nsubj")) {
                return e.getDependent();
            }
        }
        return null;
    }

    private static boolean isSpeech(SentenceView s, IndexedWord w) {
        return isVerb(w) && SPEECH_VERBS.contains(RelationWords.lemmaOf(s.token(w.index())));
    }

    /**
     * "buy and sell large amounts": a verb without an object shares the object of the verb it is conjoined
     * with, when that object stands after both.
     */
    private static IndexedWord shareObject(SentenceView s, IndexedWord verb) {
        IndexedWord b = s.basic.getNodeByIndexSafe(verb.index());
        for (SemanticGraphEdge in : s.basic.incomingEdgeIterable(b)) {
            if (!in.getRelation().toString().equals("conj") || in.getGovernor().index() > verb.index()) {
                continue;
            }
            for (SemanticGraphEdge e : s.basic.outgoingEdgeList(in.getGovernor())) {
                if (e.getRelation().toString().equals("obj") && e.getDependent().index() > verb.index()) {
                    return e.getDependent();
                }
            }
        }
        return null;
    }

    /**
     * The verb that controls this one's subject: "wants to prevent", "has had to close" (an open complement, or
     * a "to" clause without a subject of its own, which the parser sometimes makes a closed one), or null.
     */
    private static IndexedWord controller(SentenceView s, IndexedWord verb) {
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
    private static boolean isCopularAdjective(SentenceView s, IndexedWord w) {
        return w.tag() != null && w.tag().startsWith("JJ") && has(s, w, "cop");
    }

    /** The verb group of a predicate: its words, lemma and modality. */
    private record Group(TreeSet<Integer> words, String lemma, boolean negated, boolean hedged) {
    }

    private static Group group(SentenceView s, IndexedWord p, boolean copular, boolean xsubj) {
        TreeSet<Integer> words = new TreeSet<>();
        boolean[] flags = new boolean[2];
        String lemma = ownGroup(s, p, copular, words, flags);
        // A controlled verb ("has had to close", "wants to prevent") carries the verbs that control it.
        IndexedWord child = p;
        int depth = 0;
        while (xsubj && depth++ < 4) {
            IndexedWord parent = controller(s, child);
            if (parent == null) {
                break;
            }
            String parentLemma = ownGroup(s, parent, false, words, flags);
            boolean to = false;
            for (SemanticGraphEdge e : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(child.index()))) {
                if (e.getRelation().toString().equals("mark") && e.getDependent().word().equalsIgnoreCase("to")) {
                    words.add(e.getDependent().index());
                    to = true;
                }
            }
            lemma = parentLemma + (to ? " to " : " ") + lemma;
            child = parent;
        }
        if (words.isEmpty()) {
            return new Group(words, "", false, false);
        }
        int first = words.first();
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(p.index()))) {
            int i = e.getDependent().index();
            if (e.getRelation().toString().equals("advmod") && i > first && i < p.index()
                    && s.basic.getChildren(e.getDependent()).isEmpty()) {
                words.add(i);
            }
        }
        return new Group(words, lemma, flags[0], flags[1]);
    }

    /** A predicate's own verb words into {@code words}; returns its lemma ("" when only auxiliaries). */
    private static String ownGroup(SentenceView s, IndexedWord p, boolean copular, TreeSet<Integer> words,
                                   boolean[] flags) {
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
                    flags[1] |= RelationWords.isHedge(t);
                    flags[0] |= RelationWords.isNegation(t);
                }
                case "compound:prt" -> own.add(t.index());
                case "neg", "advmod" -> {
                    if (RelationWords.isNegation(t)) {
                        own.add(t.index());
                        flags[0] = true;
                    }
                }
                default -> {
                }
            }
        }
        words.addAll(own);
        if (copular) {
            return "be";
        }
        TreeSet<Integer> lemmaWords = new TreeSet<>();
        lemmaWords.add(p.index());
        for (int i : own) {
            if (i > p.index()) {
                lemmaWords.add(i);
            }
        }
        return RelationWords.lemma(lemmaWords.stream().map(s::token).toList());
    }

    private static List<Argument> extras(SentenceView s, List<IndexedWord> obliques, List<IndexedWord> others,
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

    private static TreeSet<Integer> withCase(SentenceView s, TreeSet<Integer> words, IndexedWord dependent) {
        TreeSet<Integer> out = new TreeSet<>(words);
        caseWords(s, dependent, out);
        return out;
    }

    private static String preposition(SentenceView s, IndexedWord dependent) {
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

    private static void caseWords(SentenceView s, IndexedWord dependent, TreeSet<Integer> into) {
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(dependent.index()))) {
            if (e.getRelation().toString().equals("case")) {
                into.add(e.getDependent().index());
                for (SemanticGraphEdge f : s.basic.outgoingEdgeList(e.getDependent())) {
                    if (f.getRelation().toString().equals("fixed")) {
                        into.add(f.getDependent().index());
                    }
                }
            }
        }
    }

    private static boolean hasCase(SentenceView s, IndexedWord w, String preposition) {
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(w.index()))) {
            if (e.getRelation().toString().equals("case") && e.getDependent().word().equalsIgnoreCase(preposition)) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(SentenceView s, IndexedWord w, String relation) {
        for (SemanticGraphEdge e : s.enhanced.outgoingEdgeList(w)) {
            if (e.getRelation().toString().equals(relation)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVerb(IndexedWord w) {
        return w.tag() != null && w.tag().startsWith("VB");
    }

    private static String lemmaOf(SentenceView s, IndexedWord w) {
        return RelationWords.lemmaOf(s.token(w.index()));
    }

    private static Fact fact(SentenceView s, Argument subject, Relation relation, Argument object, double confidence,
                             Group group, List<Argument> extras, boolean objectFirst) {
        String first = s.token(subject.head()).tag();
        if (WH_TAGS.contains(first) && subject.text().split(" ").length == 1) {
            confidence *= 0.7; // an unresolved "who", "what", "that": the parse went wrong or the fact says little
        }
        if (subject.kind() == Argument.Kind.TIME_OR_NUMBER) {
            confidence *= 0.7; // "11 February sortied ...": a date or number as subject is mostly a misparse
        }
        return new Fact(s.index, subject, relation, object, confidence, EXTRACTOR, group.negated, group.hedged, null,
                extras, objectFirst);
    }

    private static Relation relation(SentenceView s, Group group, IndexedWord p, TreeSet<Integer> words, String lemma) {
        return new Relation(s.text(words), s.span(words), lemma, p.index());
    }
}
