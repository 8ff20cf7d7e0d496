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
import java.util.regex.Pattern;

/**
 * One annotated sentence with what the extractors ask of it: tokens, both dependency graphs,
 * which NER mention and coreference chain each token belongs to, and how to turn tokens into arguments.
 */
final class SentenceView {

    private static final Set<String> PRONOUN_TAGS = Set.of("PRP", "PRP$", "WP", "WP$", "WDT", "DT", "EX");
    private static final Set<String> TIME_OR_NUMBER = Set.of(
            "DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL", "MONEY", "PERCENT");
    private static final Set<String> NAMES = Set.of("PERSON", "ORGANIZATION", "COUNTRY", "CITY",
            "STATE_OR_PROVINCE", "LOCATION");
    private static final Set<String> DEMONSTRATIVES = Set.of("those", "these", "that", "this");
    private static final Pattern STRAY_SPACE_BEFORE_HYPHEN = Pattern.compile("\\s[-–]");
    private static final Pattern SPACE_BEFORE_HYPHENATED = Pattern.compile("\\s+(?=[-–]\\p{L})");
    private static final Set<String> LEADING_DROPS = Set.of(
            "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your");
    /** Basic-dependency relations that belong to a noun phrase's own words. */
    private static final Set<String> PHRASE_RELATIONS = Set.of(
            "compound", "amod", "nummod", "det", "nmod:poss", "flat", "fixed", "case", "advmod", "det:predet");

    /** Relations whose subtrees a full argument phrase leaves out. */
    private static final Set<String> FULL_EXCLUDED = Set.of("conj", "cc", "appos", "acl:relcl", "parataxis",
            "dep", "discourse", "vocative", "reparandum", "list", "orphan");
    /** Relations whose subtrees a reported clause leaves out. */
    private static final Set<String> CLAUSE_EXCLUDED = Set.of("parataxis", "discourse", "vocative", "reparandum");

    final int index;
    final String articleText;
    final List<CoreLabel> tokens;
    final SemanticGraph basic;
    final SemanticGraph enhanced;
    final int[] mentionOfToken;
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

    /** The 1-based index of the first token that starts at or after this character offset, or 0 when none does. */
    int tokenAfter(int offset) {
        for (CoreLabel t : tokens) {
            if (t.beginPosition() >= offset) {
                return t.index();
            }
        }
        return 0;
    }

    CoreLabel token(int oneBased) {
        return tokens.get(oneBased - 1);
    }

    /** Whether NER tags this token as part of a person's, organization's or place's name. */
    boolean isName(int oneBased) {
        return NAMES.contains(String.valueOf(token(oneBased).ner()));
    }

    /** The argument whose head is this token, spanning the head's own noun-phrase words; full: its whole phrase. */
    Argument argumentAt(int head) {
        return argumentAt(head, Set.of());
    }

    /** As {@link #argumentAt(int)}, with the full phrase kept clear of these tokens (and what hangs below them). */
    Argument argumentAt(int head, Set<Integer> stop) {
        int name = NamedAppositions.nameFor(this, head);
        int phrase = Dependents.quantifiedPhraseHead(this, head);
        for (SemanticGraphEdge e : basic.incomingEdgeIterable(basic.getNodeByIndexSafe(head))) {
            int g = e.getGovernor().index();
            if (g > 0 && NamedAppositions.nameFor(this, g) == head && !stop.contains(g)) {
                phrase = g; // the name of "his counterpart Sergei Lavrov": the whole phrase is the full one
            }
        }
        return withFull(shortArgument(name > 0 ? name : head), fullPhrase(phrase, false, stop));
    }

    /** The argument of exactly this head, even when a name stands in close apposition to it. */
    Argument ownArgumentAt(int head) {
        return shortArgument(head);
    }

    /**
     * The head of a name in close apposition (no comma) to a common noun that names no entity itself: "his Russian
     * counterpart Sergei Lavrov" names Sergei Lavrov. -1 when there is none.
     */
    int closeAppositionName(int head) {
        if (mentionOfToken[head - 1] >= 0 || !token(head).tag().startsWith("NN") || token(head).tag().startsWith("NNP")) {
            return -1;
        }
        for (SemanticGraphEdge e : basic.outgoingEdgeList(basic.getNodeByIndexSafe(head))) {
            int d = e.getDependent().index();
            if (isApposition(e) && mentionOfToken[d - 1] >= 0 && isClose(head, d)) {
                return d;
            }
        }
        return -1;
    }

    /** An apposition, or a name the parser left unattached ("dep") right after a noun. */
    boolean isApposition(SemanticGraphEdge e) {
        String rel = e.getRelation().toString();
        int g = e.getGovernor().index();
        int d = e.getDependent().index();
        return rel.equals("appos") || rel.equals("dep") && d > g && mentionOfToken[d - 1] >= 0
                && token(g).tag().startsWith("NN") && isClose(g, d);
    }

    /** No punctuation between two tokens. */
    boolean isClose(int a, int b) {
        for (int i = Math.min(a, b) + 1; i < Math.max(a, b); i++) {
            if (isPunctuation(token(i))) {
                return false;
            }
        }
        return true;
    }

    /** An extra argument of an n-ary fact: the full phrase keeps its own preposition ("in the port city"). */
    Argument extraAt(int head, Set<Integer> stop) {
        return withFull(shortArgument(head), fullPhrase(head, true, stop));
    }

    /**
     * A whole clause headed by this token, without the stop tokens' subtrees, its marker ("that") and edges'
     * punctuation; an unmarked clause ({@link UnmarkedClauses}) with the subject the parser took for an object.
     */
    Argument clauseAt(int head, Set<Integer> stop) {
        TreeSet<Integer> words = new TreeSet<>();
        IndexedWord node = basic.getNodeByIndexSafe(head);
        IndexedWord subject = node == null ? null : UnmarkedClauses.subjectOf(this, node);
        Set<Integer> stops = stop;
        if (subject != null) {
            stops = new java.util.HashSet<>(stop);
            stops.addAll(UnmarkedClauses.clausalSubjects(this, head));
            words.addAll(fullPhrase(subject.index(), false, stop));
        }
        collectFull(basic.getNodeByIndexSafe(head), words, stops, CLAUSE_EXCLUDED, false, 0);
        trimPunctuation(words);
        if (words.isEmpty()) {
            words.add(head);
        }
        String t = text(words);
        Span sp = span(words);
        return new Argument(t, sp, Argument.Kind.CLAUSE, head, mentionOfToken[head - 1], chainOfHead[head - 1],
                t, t, sp);
    }

    /** A concept phrase made of exactly these tokens (a title such as "Foreign Minister"). */
    Argument phraseOf(Collection<Integer> words, int head) {
        TreeSet<Integer> w = new TreeSet<>(words);
        String t = text(w);
        Span sp = span(w);
        return new Argument(t, sp, Argument.Kind.PHRASE, head, -1, -1, label(w, head), t, sp);
    }

    private Argument shortArgument(int head) {
        TreeSet<Integer> words = new TreeSet<>();
        collectPhrase(basic.getNodeByIndexSafe(head), words, 0, true);
        words.add(head);
        int mention = mentionOfToken[head - 1];
        if (mention >= 0 && !TIME_OR_NUMBER.contains(token(head).ner())) {
            // a name is whole, whatever the parse coordinated in it ("Standard and Poor's"), unless cut at a bracket
            List<Integer> name = java.util.stream.IntStream.rangeClosed(1, tokens.size())
                    .filter(i -> mentionOfToken[i - 1] == mention).boxed().toList();
            if (name.stream().noneMatch(i -> token(i).tag().startsWith("-"))) {
                words.addAll(name);
            }
        }
        return argument(words, head);
    }

    private Argument withFull(Argument a, TreeSet<Integer> full) {
        if (full.isEmpty()) {
            return a;
        }
        full.addAll(wordsOf(a));
        return a.withFull(text(full), span(full));
    }

    private TreeSet<Integer> wordsOf(Argument a) {
        TreeSet<Integer> out = new TreeSet<>();
        for (CoreLabel t : tokens) {
            if (t.beginPosition() >= a.span().begin() && t.endPosition() <= a.span().end()) {
                out.add(t.index());
            }
        }
        return out;
    }

    /**
     * The whole phrase below a head in the basic dependencies: modifiers, prepositional phrases, participle
     * clauses, but no conjuncts, appositions, relative clauses or side remarks; punctuation at its edges is
     * dropped. The head's own preposition only when asked.
     */
    TreeSet<Integer> fullPhrase(int head, boolean withOwnCase, Set<Integer> stop) {
        TreeSet<Integer> words = new TreeSet<>();
        collectFull(basic.getNodeByIndexSafe(head), words, stop, FULL_EXCLUDED, withOwnCase, 0);
        trimPunctuation(words);
        return words;
    }

    private void collectFull(IndexedWord word, Set<Integer> into, Set<Integer> stop, Set<String> excluded,
                             boolean withOwnCase, int depth) {
        if (word == null || stop.contains(word.index()) || !into.add(word.index())) {
            return;
        }
        for (SemanticGraphEdge e : basic.outgoingEdgeList(word)) {
            String rel = e.getRelation().toString();
            boolean closeApposition = isApposition(e) && isClose(word.index(), e.getDependent().index());
            if (excluded.contains(rel) && !closeApposition || depth == 0 && !withOwnCase && (rel.equals("case") || rel.equals("mark"))
                    || depth == 0 && excluded == CLAUSE_EXCLUDED && (rel.equals("conj") || rel.equals("cc"))) {
                continue;
            }
            collectFull(e.getDependent(), into, stop, excluded, withOwnCase, depth + 1);
        }
    }

    private void trimPunctuation(TreeSet<Integer> words) {
        while (!words.isEmpty() && isPunctuation(token(words.first()))) {
            words.pollFirst();
        }
        while (!words.isEmpty() && isPunctuation(token(words.last()))) {
            words.pollLast();
        }
    }

    private static boolean isPunctuation(CoreLabel t) {
        return !t.word().isEmpty() && t.word().chars().noneMatch(Character::isLetterOrDigit)
                && !t.word().equals("$") && !t.word().equals("%");
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
     * "of" complement ("the Syrian border town of Jarabulus"), but not appositions, clauses or conjuncts. A
     * demonstrative standing for a noun names nothing alone, so it keeps whatever prepositional phrase it has
     * ("those in the government", "those at the meeting").
     * The head's own preposition is left out; it belongs to the relation.
     */
    private void collectPhrase(IndexedWord word, Set<Integer> into, int depth, boolean ofAllowed) {
        if (word == null || !into.add(word.index())) {
            return;
        }
        for (SemanticGraphEdge e : basic.outgoingEdgeList(word)) {
            String rel = e.getRelation().toString();
            IndexedWord child = e.getDependent();
            boolean ofPhrase = ofAllowed && rel.equals("nmod") && (hasCase(child, "of") || depth == 0
                    && DEMONSTRATIVES.contains(word.word().toLowerCase(Locale.ROOT)) && "DT".equals(word.tag()));
            boolean hyphen = rel.equals("punct") && (child.word().equals("-") || child.word().equals("–"));
            boolean own = PHRASE_RELATIONS.contains(rel) && (depth > 0 || !rel.equals("case") && !rel.equals("advmod"));
            if (own || ofPhrase || hyphen || oneWordInText(child, word)) {
                collectPhrase(child, into, depth + 1, ofAllowed && !ofPhrase);
            }
        }
    }

    /**
     * Whether two tokens are written as one word, with no space between them: the tokenizer splits "Turkish-backed",
     * "year-on-year" and "oil-dependent" at their hyphens, and the parser may hang the first part on the last by any
     * relation, but a phrase keeps the whole word, also where a scraped page put a space before the hyphen.
     */
    private boolean oneWordInText(IndexedWord a, IndexedWord b) {
        int from = Math.min(a.endPosition(), b.endPosition());
        int to = Math.max(a.beginPosition(), b.beginPosition());
        if (from < 0 || to > articleText.length() || from > to) {
            return false;
        }
        String between = articleText.substring(from, to);
        if (STRAY_SPACE_BEFORE_HYPHEN.matcher(between).matches()) { // "USA -backed", as a scraped page has it
            return true;
        }
        return !between.isEmpty() && between.chars().noneMatch(Character::isWhitespace)
                && between.chars().allMatch(c -> c == '-' || c == '–' || Character.isLetterOrDigit(c));
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
        String t = text(words);
        return new Argument(t, span(words), kind, head, mention, chainOfHead[head - 1], label(words, head), t,
                span(words));
    }

    private boolean allTimeOrFunctionWords(Set<Integer> words) {
        return words.stream().map(this::token).allMatch(t -> TIME_OR_NUMBER.contains(t.ner())
                || t.tag().equals("DT") || t.tag().equals("IN"));
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

    /** The words without leading determiners, but never without the head ("those in the government"). */
    private String label(TreeSet<Integer> words, int head) {
        List<Integer> kept = new ArrayList<>(words);
        while (kept.size() > 1 && kept.get(0) != head
                && LEADING_DROPS.contains(token(kept.get(0)).word().toLowerCase(Locale.ROOT))) {
            kept.remove(0);
        }
        StringBuilder sb = new StringBuilder();
        String run = SPACE_BEFORE_HYPHENATED.matcher(text(kept)).replaceAll(""); // "USA -backed" is one word
        // Only a sentence's first word owes its capital to position; lower-case it unless it is a proper noun or
        // part of a name ("Turkish" in "Turkish-backed rebels").
        CoreLabel first = token(kept.get(0));
        boolean named = first.ner() != null && !first.ner().equals("O") && !TIME_OR_NUMBER.contains(first.ner());
        if (first.index() == 1 && !first.tag().startsWith("NNP") && !named && !run.isEmpty()
                && !isAcronym(first.word())) {
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
