package org.newsgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.pipeline.CoreSentence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * One annotated sentence with what the extractors ask of it: tokens, both dependency graphs,
 * which NER mention and coreference chain each token belongs to, and how to turn tokens into arguments.
 */
final class SentenceView {

    private static final Set<String> PRONOUN_TAGS = Set.of("PRP", "PRP$", "WP", "WP$", "WDT", "DT", "EX");
    private static final Set<String> TIME_OR_NUMBER = Set.of(
            "DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL", "MONEY", "PERCENT");
    private static final Set<String> LEADING_DROPS = Set.of(
            "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your");
    /** Basic-dependency relations that belong to a noun phrase's own words. */
    private static final Set<String> PHRASE_RELATIONS = Set.of(
            "compound", "amod", "nummod", "det", "nmod:poss", "flat", "fixed", "case", "advmod", "det:predet");

    final int index;
    final String articleText;
    final List<CoreLabel> tokens;
    final SemanticGraph basic;
    final SemanticGraph enhanced;
    private final int[] mentionOfToken;
    private final int[] chainOfHead;

    SentenceView(int index, CoreSentence sentence, String articleText, int[] mentionOfToken, int[] chainOfHead) {
        this.index = index;
        this.articleText = articleText;
        this.tokens = sentence.tokens();
        this.basic = sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        this.enhanced = sentence.coreMap().get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        this.mentionOfToken = mentionOfToken;
        this.chainOfHead = chainOfHead;
    }

    CoreLabel token(int oneBased) {
        return tokens.get(oneBased - 1);
    }

    /** The argument whose head is this token, spanning the head's own noun-phrase words. */
    Argument argumentAt(int head) {
        TreeSet<Integer> words = new TreeSet<>();
        collectPhrase(basic.getNodeByIndexSafe(head), words, 0, true);
        if (words.isEmpty()) {
            words.add(head);
        }
        return argument(words, head);
    }

    /** The argument made of exactly these tokens (as OpenIE gives them), with the given head. */
    Argument argumentOf(Collection<CoreLabel> argTokens, int head) {
        TreeSet<Integer> words = new TreeSet<>();
        for (CoreLabel t : argTokens) {
            words.add(t.index());
        }
        return argument(words, head);
    }

    /**
     * Gathers a noun phrase's own words below {@code word}: modifiers, compounds, possessors and one
     * "of" complement ("the Syrian border town of Jarabulus"), but not appositions, clauses or conjuncts.
     * The head's own preposition is left out; it belongs to the relation.
     */
    private void collectPhrase(IndexedWord word, Set<Integer> into, int depth, boolean ofAllowed) {
        if (word == null || !into.add(word.index())) {
            return;
        }
        for (SemanticGraphEdge e : basic.outgoingEdgeList(word)) {
            String rel = e.getRelation().toString();
            IndexedWord child = e.getDependent();
            boolean ofPhrase = ofAllowed && rel.equals("nmod") && hasCase(child, "of");
            boolean hyphen = rel.equals("punct") && (child.word().equals("-") || child.word().equals("–"));
            boolean own = PHRASE_RELATIONS.contains(rel) && (depth > 0 || !rel.equals("case") && !rel.equals("advmod"));
            if (own || ofPhrase || hyphen) {
                collectPhrase(child, into, depth + 1, ofAllowed && !ofPhrase);
            }
        }
    }

    private boolean hasCase(IndexedWord word, String preposition) {
        for (SemanticGraphEdge e : basic.outgoingEdgeList(word)) {
            if (e.getRelation().toString().equals("case") && e.getDependent().word().equalsIgnoreCase(preposition)) {
                return true;
            }
        }
        return false;
    }

    private Argument argument(TreeSet<Integer> words, int head) {
        CoreLabel h = token(head);
        int mention = mentionOfToken[head - 1];
        Argument.Kind kind;
        if (PRONOUN_TAGS.contains(h.tag()) && words.size() == 1) {
            kind = Argument.Kind.PRONOUN;
        } else if (TIME_OR_NUMBER.contains(h.ner()) && allTimeOrFunctionWords(words)) {
            kind = Argument.Kind.TIME_OR_NUMBER;
        } else if (mention >= 0) {
            kind = Argument.Kind.NAME;
        } else {
            kind = Argument.Kind.PHRASE;
        }
        return new Argument(text(words), span(words), kind, head, mention, chainOfHead[head - 1], label(words));
    }

    private boolean allTimeOrFunctionWords(Set<Integer> words) {
        for (int i : words) {
            CoreLabel t = token(i);
            if (!TIME_OR_NUMBER.contains(t.ner()) && !t.tag().equals("DT") && !t.tag().equals("IN")) {
                return false;
            }
        }
        return true;
    }

    Span span(Collection<Integer> words) {
        int begin = Integer.MAX_VALUE;
        int end = 0;
        for (int i : words) {
            begin = Math.min(begin, token(i).beginPosition());
            end = Math.max(end, token(i).endPosition());
        }
        return new Span(begin, end);
    }

    /** The words as they stand in the article, contiguous runs verbatim, gaps as one space. */
    String text(Collection<Integer> words) {
        StringBuilder sb = new StringBuilder();
        int runStart = -1;
        int previous = -2;
        for (int i : new TreeSet<>(words)) {
            if (i != previous + 1) {
                appendRun(sb, runStart, previous);
                runStart = i;
            }
            previous = i;
        }
        appendRun(sb, runStart, previous);
        return sb.toString();
    }

    private void appendRun(StringBuilder sb, int first, int last) {
        if (first < 0) {
            return;
        }
        if (sb.length() > 0) {
            sb.append(' ');
        }
        String run = articleText.substring(token(first).beginPosition(), token(last).endPosition());
        sb.append(run.replaceAll("\\s+", " "));
    }

    private String label(TreeSet<Integer> words) {
        List<Integer> kept = new ArrayList<>(words);
        while (kept.size() > 1 && LEADING_DROPS.contains(token(kept.get(0)).word().toLowerCase(Locale.ROOT))) {
            kept.remove(0);
        }
        StringBuilder sb = new StringBuilder();
        String run = text(kept);
        // Only a sentence's first word owes its capital to position; lower-case it unless it is a proper noun.
        CoreLabel first = token(kept.get(0));
        if (first.index() == 1 && !first.tag().startsWith("NNP") && !run.isEmpty() && !isAcronym(first.word())) {
            sb.append(run.substring(0, 1).toLowerCase(Locale.ROOT)).append(run.substring(1));
        } else {
            sb.append(run);
        }
        return sb.toString();
    }

    private static boolean isAcronym(String word) {
        return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
    }
}
