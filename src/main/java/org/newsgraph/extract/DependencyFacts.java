package org.newsgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Facts read off the enhanced++ dependency graph with a few precise patterns: subject–verb–object,
 * verb + preposition, passive with agent, and verb + infinitive ("wants to prevent incidents").
 * Enhanced++ dependencies already spread subjects over conjoined verbs and into relative clauses.
 */
final class DependencyFacts {

    static final String EXTRACTOR = "dependency";

    private DependencyFacts() {
    }

    static List<Fact> of(SentenceView s) {
        List<Fact> facts = new ArrayList<>();
        if (s.enhanced == null || s.basic == null) {
            return facts;
        }
        for (IndexedWord verb : s.enhanced.vertexListSorted()) {
            if (verb.tag() == null || !verb.tag().startsWith("VB")) {
                continue;
            }
            readVerb(s, verb, facts);
        }
        return facts;
    }

    private static void readVerb(SentenceView s, IndexedWord verb, List<Fact> facts) {
        List<IndexedWord> subjects = new ArrayList<>();
        List<IndexedWord> passiveSubjects = new ArrayList<>();
        List<IndexedWord> agents = new ArrayList<>();
        List<IndexedWord> objects = new ArrayList<>();
        List<SemanticGraphEdge> obliques = new ArrayList<>();
        List<IndexedWord> infinitives = new ArrayList<>();
        TreeSet<Integer> verbWords = new TreeSet<>();
        verbWords.add(verb.index());
        boolean negated = false;
        boolean hedged = false;
        for (SemanticGraphEdge e : s.enhanced.outgoingEdgeList(verb)) {
            String rel = e.getRelation().toString();
            IndexedWord child = e.getDependent();
            CoreLabel token = s.token(child.index());
            switch (rel) {
                case "nsubj", "nsubj:xsubj" -> subjects.add(child);
                case "nsubj:pass", "nsubj:pass:xsubj" -> passiveSubjects.add(child);
                case "obj" -> objects.add(child);
                case "obl:agent" -> agents.add(child);
                case "compound:prt" -> verbWords.add(child.index());
                case "xcomp" -> infinitives.add(child);
                case "advmod", "aux" -> {
                    negated |= RelationWords.isNegation(token);
                    hedged |= RelationWords.isHedge(token);
                }
                default -> {
                    if (rel.startsWith("obl:") && !rel.equals("obl:tmod") && !rel.equals("obl:npmod")) {
                        obliques.add(e);
                    }
                }
            }
        }
        if (!passiveSubjects.isEmpty() && agents.isEmpty()) {
            for (SemanticGraphEdge e : obliques) {
                if (e.getRelation().toString().equals("obl:by")) {
                    agents.add(e.getDependent());
                }
            }
        }
        String verbLemma = RelationWords.lemma(words(s, verbWords));
        if (verbLemma.isEmpty()) {
            return;
        }
        Relation plain = relation(s, verbWords, verbLemma);
        for (IndexedWord subject : subjects) {
            for (IndexedWord object : objects) {
                facts.add(fact(s, subject, plain, object, 0.9, negated, hedged));
            }
            for (SemanticGraphEdge e : obliques) {
                String preposition = e.getRelation().getSpecific().replace('_', ' ');
                TreeSet<Integer> words = new TreeSet<>(verbWords);
                caseWords(s, e.getDependent(), words);
                Relation withPreposition = relation(s, words, verbLemma + " " + preposition);
                double confidence = objects.isEmpty() ? 0.8 : 0.6;
                facts.add(fact(s, subject, withPreposition, e.getDependent(), confidence, negated, hedged));
            }
            for (IndexedWord infinitive : infinitives) {
                readInfinitive(s, subject, verbWords, verbLemma, infinitive, negated, hedged, facts);
            }
        }
        for (IndexedWord agent : agents) {
            for (IndexedWord patient : passiveSubjects) {
                facts.add(fact(s, agent, plain, patient, 0.85, negated, hedged));
            }
        }
    }

    private static void readInfinitive(SentenceView s, IndexedWord subject, TreeSet<Integer> verbWords,
                                       String verbLemma, IndexedWord infinitive, boolean negated, boolean hedged,
                                       List<Fact> facts) {
        if (infinitive.tag() == null || !infinitive.tag().startsWith("VB")) {
            return;
        }
        TreeSet<Integer> words = new TreeSet<>(verbWords);
        words.add(infinitive.index());
        String lemma = verbLemma + " " + RelationWords.lemmaOf(s.token(infinitive.index()));
        for (SemanticGraphEdge e : s.enhanced.outgoingEdgeList(infinitive)) {
            if (e.getRelation().toString().equals("mark") && e.getDependent().word().equalsIgnoreCase("to")) {
                words.add(e.getDependent().index());
                lemma = verbLemma + " to " + RelationWords.lemmaOf(s.token(infinitive.index()));
            }
        }
        for (SemanticGraphEdge e : s.enhanced.outgoingEdgeList(infinitive)) {
            if (e.getRelation().toString().equals("obj")) {
                facts.add(fact(s, subject, relation(s, words, lemma), e.getDependent(), 0.75, negated, hedged));
            }
        }
    }

    private static void caseWords(SentenceView s, IndexedWord dependent, TreeSet<Integer> into) {
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(s.basic.getNodeByIndexSafe(dependent.index()))) {
            if (e.getRelation().toString().equals("case")) {
                into.add(e.getDependent().index());
            }
        }
    }

    private static Fact fact(SentenceView s, IndexedWord subject, Relation relation, IndexedWord object,
                             double confidence, boolean negated, boolean hedged) {
        return new Fact(s.index, s.argumentAt(subject.index()), relation, s.argumentAt(object.index()),
                confidence, EXTRACTOR, negated, hedged);
    }

    private static Relation relation(SentenceView s, TreeSet<Integer> words, String lemma) {
        return new Relation(s.text(words), s.span(words), lemma);
    }

    private static List<CoreLabel> words(SentenceView s, TreeSet<Integer> indexes) {
        List<CoreLabel> out = new ArrayList<>();
        for (int i : indexes) {
            out.add(s.token(i));
        }
        return out;
    }
}
