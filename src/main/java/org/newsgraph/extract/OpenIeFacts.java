package org.newsgraph.extract;

import edu.stanford.nlp.ie.util.RelationTriple;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.naturalli.NaturalLogicAnnotations;
import edu.stanford.nlp.pipeline.CoreSentence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Facts from CoreNLP's OpenIE triples, with arguments tied back to the sentence's own tokens; of its nominal
 * relations ("[is] in") only those that place something in a named place.
 */
final class OpenIeFacts {

    static final String EXTRACTOR = "openie";
    /**
     * OpenIE's own confidence is 1.0 for almost every triple; scaled down so that its triples, which are noisier than
     * the dependency patterns' and only kept where those found nothing, rank below them.
     */
    static final double SCALE = 0.5;

    /**
     * A noun's prepositional phrase says where something is only when it names a place ("fighting in Aleppo");
     * otherwise "a net increase in rates", "difficulties in obtaining" and "agreement in principle" would all be
     * facts that something "is in" something.
     */
    private static final Set<String> PLACES = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

    private OpenIeFacts() {
    }

    static List<Fact> of(SentenceView s, CoreSentence sentence) {
        List<Fact> facts = new ArrayList<>();
        Collection<RelationTriple> triples =
                sentence.coreMap().get(NaturalLogicAnnotations.RelationTriplesAnnotation.class);
        if (triples == null) {
            return facts;
        }
        for (RelationTriple t : triples) {
            List<CoreLabel> subject = real(t.subject);
            List<CoreLabel> object = real(t.object);
            if (subject.isEmpty() || object.isEmpty()) {
                continue;
            }
            List<CoreLabel> relationWords = real(t.relation);
            boolean hasVerb = relationWords.stream().anyMatch(w -> w.tag() != null && w.tag().startsWith("VB"));
            String lemma = RelationWords.lemma(relationWords);
            if (!hasVerb && !lemma.isEmpty() && (prefixBe(t) || onlyPrepositions(relationWords))) {
                lemma = "be " + lemma;
            } else if (!hasVerb) {
                continue;
            }
            Argument subj = s.argumentOf(subject, head(t.subjectHead(), subject));
            int objectHead = head(t.objectHead(), object);
            if (!hasVerb && !PLACES.contains(s.token(objectHead).ner())) {
                continue;
            }
            Argument obj = s.argumentOf(object, objectHead);
            facts.add(new Fact(s.index, subj, relation(s, t, subj, lemma), obj, SCALE * t.confidence, EXTRACTOR,
                    RelationWords.negated(t.relation), RelationWords.hedged(t.relation)));
        }
        return facts;
    }

    private static Relation relation(SentenceView s, RelationTriple t, Argument subject, String lemma) {
        TreeSet<Integer> words = new TreeSet<>();
        for (CoreLabel w : real(t.relation)) {
            words.add(w.index());
        }
        if (words.isEmpty()) {
            Span at = new Span(subject.span().end(), subject.span().end());
            return new Relation(t.relationGloss(), at, lemma);
        }
        int head = -1;
        for (CoreLabel w : real(t.relation)) {
            if (w.tag() != null && w.tag().startsWith("VB")) {
                head = w.index();
            }
        }
        return new Relation(s.text(words), s.span(words), lemma, predicateOf(s, head));
    }

    /**
     * "trade was in deficit", "figures were in line with forecasts": a copula is no predicate of its own; the noun or
     * adjective it links is, which the dependency patterns read, so that its triple is theirs to make.
     */
    private static int predicateOf(SentenceView s, int head) {
        edu.stanford.nlp.ling.IndexedWord w = head > 0 ? s.basic.getNodeByIndexSafe(head) : null;
        if (w != null) {
            for (edu.stanford.nlp.semgraph.SemanticGraphEdge e : s.basic.incomingEdgeIterable(w)) {
                if (e.getRelation().toString().equals("cop")) {
                    return e.getGovernor().index();
                }
            }
        }
        return head;
    }

    /** "is" before the relation words, which OpenIE adds for nominal relations ("[is] in"). */
    private static boolean prefixBe(RelationTriple t) {
        return t.isPrefixBe() || t.relation.stream()
                .anyMatch(w -> (w.index() <= 0 || w.beginPosition() < 0) && "is".equalsIgnoreCase(w.word()));
    }

    /** A nominal relation such as "in" ("Competition in the sale"): OpenIE reads it as "is in". */
    private static boolean onlyPrepositions(List<CoreLabel> words) {
        return !words.isEmpty() && words.stream().allMatch(w -> "IN".equals(w.tag()) || "TO".equals(w.tag()));
    }

    /** Tokens that stand in the sentence; OpenIE adds synthetic ones such as the "is" of an apposition. */
    private static List<CoreLabel> real(List<CoreLabel> tokens) {
        List<CoreLabel> out = new ArrayList<>();
        for (CoreLabel t : tokens) {
            if (t.index() > 0 && t.beginPosition() >= 0) {
                out.add(t);
            }
        }
        return out;
    }

    private static int head(CoreLabel head, List<CoreLabel> tokens) {
        if (head != null && head.index() > 0 && tokens.stream().anyMatch(t -> t.index() == head.index())) {
            return head.index();
        }
        return tokens.get(tokens.size() - 1).index();
    }
}
