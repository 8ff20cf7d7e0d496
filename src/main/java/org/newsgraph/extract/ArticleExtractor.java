package org.newsgraph.extract;

import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import org.newsgraph.annotate.WireMarks;
import org.newsgraph.ingest.Article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads sentences, NER mentions and facts off an article annotated by CoreNLP.
 *
 * <p>Facts come from two extractors, the dependency patterns and OpenIE; OpenIE facts on a verb the patterns
 * already read are dropped. Within a sentence, facts with the same
 * subject head, relation and object head are variants of one statement; one is kept: a dependency fact before an
 * OpenIE one, then the one whose arguments say the most. A verb's phrase already held as an extra of its object
 * fact is not a fact of its own ({@link HeldPhrases}).
 */
public final class ArticleExtractor {

    private static final Set<String> PRONOUN_TAGS = Set.of("PRP", "PRP$", "WP", "WP$");

    /** Extracts from an article and its annotation. */
    public Extraction extract(Article article, CoreDocument doc) {
        int[][] chainOfHead = chainHeads(doc);
        List<RepeatedNames.Name> names = RepeatedNames.of(doc);
        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        List<CoreSentence> coreSentences = doc.sentences();
        for (int i = 0; i < coreSentences.size(); i++) {
            CoreSentence cs = coreSentences.get(i);
            int[] mentionOfToken = new int[cs.tokens().size()];
            Arrays.fill(mentionOfToken, -1);
            addMentions(i, cs, doc.text(), names, chainOfHead[i], mentionOfToken, mentions);
            int begin = cs.charOffsets().first;
            int end = cs.charOffsets().second;
            sentences.add(new Sentence(i, new Span(begin, end),
                    article.text().substring(begin, end)));
            // the annotated text: a wire's marks are blanked there, so no argument's words hold a bracket or ticker
            SentenceView view = new SentenceView(i, cs, doc.text(), mentionOfToken, chainOfHead[i]);
            DependencyFacts.Reading reading = DependencyFacts.read(view);
            List<Fact> candidates = new ArrayList<>(reading.facts());
            Set<Integer> predicates = new java.util.HashSet<>(reading.unreadable());
            candidates.forEach(f -> predicates.add(f.relation().head()));
            for (Fact f : OpenIeFacts.of(view, cs)) {
                // OpenIE adds what the dependency patterns miss; a verb they already read is left to them.
                if (f.relation().head() < 0 || !predicates.contains(f.relation().head())) {
                    candidates.add(f);
                }
            }
            // a supposed or intended clause ("if", "until", a purpose "to") is not stated as done
            candidates.removeIf(f -> QualifiedClauses.qualifies(view, f.relation().head()));
            List<Fact> read = List.copyOf(candidates);
            candidates.removeIf(f -> HeldPhrases.heldElsewhere(f, read));
            facts.addAll(variantsRemoved(candidates));
        }
        return new Extraction(article, sentences, mentions, facts,
                skipped(WireMarks.blanked(article.text()), doc.text()));
    }

    /**
     * The sentences the NLP left out for being too long: it blanks them with spaces, so they are where the
     * annotated text has a space and the text it was given (the article's, its wire marks blanked) has not.
     */
    private static List<Span> skipped(String text, String annotated) {
        List<Span> skipped = new ArrayList<>();
        int n = Math.min(text.length(), annotated.length());
        int i = 0;
        while (i < n) {
            if (annotated.charAt(i) == ' ' && !Character.isWhitespace(text.charAt(i))) {
                int begin = i;
                int end = i;
                for (; i < n && Character.isWhitespace(annotated.charAt(i)); i++) {
                    if (!Character.isWhitespace(text.charAt(i))) {
                        end = i + 1;
                    }
                }
                skipped.add(new Span(begin, end));
            } else {
                i++;
            }
        }
        return skipped;
    }

    /** NER's mentions of a sentence and the article's names NER missed in it, in text order. */
    private static void addMentions(int sentence, CoreSentence cs, String text, List<RepeatedNames.Name> names,
                                    int[] chains, int[] mentionOfToken, List<Mention> into) {
        record Found(List<CoreLabel> tokens, String type) {
            int first() {
                return tokens.get(0).index();
            }

            int last() {
                return tokens.get(tokens.size() - 1).index();
            }
        }
        List<Found> found = new ArrayList<>();
        int[] nerOf = new int[mentionOfToken.length];
        Arrays.fill(nerOf, -1);
        for (CoreEntityMention m : cs.entityMentions() == null ? List.<CoreEntityMention>of() : cs.entityMentions()) {
            if (m.tokens().stream().allMatch(t -> PRONOUN_TAGS.contains(t.tag()))) {
                continue;
            }
            m.tokens().forEach(t -> nerOf[t.index() - 1] = found.size());
            found.add(new Found(m.tokens(), m.entityType()));
        }
        for (int[] span : RepeatedNames.untagged(cs, names, nerOf)) {
            // NER's pieces inside the name give way to it (token indices are 1-based, the span's 0-based)
            found.removeIf(f -> f.first() - 1 >= span[0] && f.last() - 1 < span[1]);
            found.add(new Found(cs.tokens().subList(span[0], span[1]), "ORGANIZATION"));
        }
        found.sort(Comparator.comparingInt(Found::first));
        for (Found f : found) {
            int chain = -1;
            for (CoreLabel t : f.tokens()) {
                mentionOfToken[t.index() - 1] = into.size();
                if (chain < 0) {
                    chain = chains[t.index() - 1];
                }
            }
            Span span = new Span(f.tokens().get(0).beginPosition(), f.tokens().get(f.tokens().size() - 1)
                    .endPosition());
            into.add(new Mention(into.size(), sentence, span, text.substring(span.begin(), span.end()), f.type(),
                    chain));
        }
    }

    /** For each sentence and token, the coreference chain whose mention has that token as its head, or -1. */
    private static int[][] chainHeads(CoreDocument doc) {
        List<CoreSentence> sentences = doc.sentences();
        int[][] heads = new int[sentences.size()][];
        for (int i = 0; i < sentences.size(); i++) {
            heads[i] = new int[sentences.get(i).tokens().size()];
            Arrays.fill(heads[i], -1);
        }
        Map<Integer, CorefChain> chains = doc.corefChains();
        if (chains == null) {
            return heads;
        }
        for (CorefChain chain : chains.values()) {
            if (chain.getMentionsInTextualOrder().size() < 2) {
                continue;
            }
            for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
                int s = m.sentNum - 1;
                int h = m.headIndex - 1;
                if (s >= 0 && s < heads.length && h >= 0 && h < heads[s].length && heads[s][h] < 0) {
                    heads[s][h] = chain.getChainID();
                }
            }
        }
        return heads;
    }

    private static List<Fact> variantsRemoved(List<Fact> candidates) {
        Map<String, Fact> best = new LinkedHashMap<>();
        Comparator<Fact> better = Comparator
                .comparing((Fact f) -> f.extractor().equals(DependencyFacts.EXTRACTOR))
                .thenComparingInt(f -> f.subject().text().length() + f.object().text().length());
        for (Fact f : candidates) {
            if (f.subject().head() == f.object().head()) {
                continue;
            }
            String key = f.subject().head() + "|" + f.relation().lemma() + "|" + f.object().head() + "|" + f.negated();
            best.merge(key, f, (a, b) -> better.compare(b, a) > 0 ? b : a);
        }
        return new ArrayList<>(best.values());
    }
}
