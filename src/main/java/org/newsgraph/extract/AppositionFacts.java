package org.newsgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Facts a sentence states without a verb: an apposition ("X, the leader of Y") and a title of a place or body
 * before a person's name ("Chilean Foreign Minister Ana Ruiz") each become an "is" fact. The same reading tells a predicate's arguments which
 * person a title or common noun stands for ("his Russian counterpart Sergei Lavrov", "envoy for Syria Staffan de
 * Mistura"), so that the person, not the title, is the subject or object of what the clause says.
 */
final class AppositionFacts {

    /** Confidence of an apposition or title fact: less sure than a clause, since an apposition may be a list. */
    private static final double APPOSITION = 0.7;
    private static final double TITLE = 0.7;
    private static final Set<String> NAME_CONTEXT = Set.of("COUNTRY", "NATIONALITY", "LOCATION", "ORGANIZATION",
            "STATE_OR_PROVINCE", "CITY");

    private AppositionFacts() {
    }

    /** "X, the leader of Y": X is the leader of Y. */
    static void readAppositions(SentenceView s, List<Fact> facts) {
        for (SemanticGraphEdge e : s.basic.edgeListSorted()) {
            if (!s.isApposition(e)) {
                continue;
            }
            int x = e.getGovernor().index();
            int y = e.getDependent().index();
            Argument subject = s.ownArgumentAt(x);
            Argument object = s.argumentAt(y);
            if (speakerAfter(s, object) || isListItem(s, subject, object) || isDegree(s, e.getDependent())
                    || !describes(s, subject, object)) {
                continue;
            }
            int described = describedBy(s, y);
            if (described > 0 && described != x) {
                subject = s.ownArgumentAt(described); // the title, not the body the parser hung the name on
            }
            if (s.closeAppositionName(x) == y || described > 0) {
                // "his Russian counterpart Sergei Lavrov": Sergei Lavrov is his Russian counterpart.
                Argument name = object;
                object = subject;
                subject = name;
            }
            facts.add(isFact(s, subject, object, APPOSITION));
            Fact role = RoleFacts.of(s, subject, object.head(), null);
            if (role != null) {
                facts.add(role);
            }
        }
    }

    /**
     * Whether an apposition describes its noun. Not a verb the parser hung there ("NOTE: Results include a gain"
     * read as NOTE, include), not one word in parentheses, which is another name or a gloss of the phrase before it
     * ("Intermediate Range Nuclear Forces (INF)", "polychlorinated biphenyls (PCBs)"), not a bare title written
     * before a name ("President Reagan"), which says no more than the name.
     */
    private static boolean describes(SentenceView s, Argument x, Argument y) {
        int h = y.head();
        boolean parenthesized = h > 1 && h < s.tokens.size() && "-LRB-".equals(s.token(h - 1).tag())
                && "-RRB-".equals(s.token(h + 1).tag());
        boolean bareTitle = s.isClose(x.head(), h) && "TITLE".equals(s.token(x.head()).ner())
                && s.tokens.stream().filter(t -> t.beginPosition() >= x.span().begin() && t.endPosition() <= x.span().end()
                && !"DT".equals(t.tag())).count() == 1;
        return !Dependents.isVerb(s.token(h)) && !parenthesized && !bareTitle;
    }

    /** "X, 82 pct owned by Y": the amount is the degree of its participle, no description of X. */
    private static boolean isDegree(SentenceView s, IndexedWord y) {
        IndexedWord b = s.basic.getNodeByIndexSafe(y.index());
        return Dependents.isAmount(s, y) && s.basic.outgoingEdgeList(b).stream()
                .anyMatch(d -> d.getRelation().toString().equals("acl") && "VBN".equals(d.getDependent().tag()));
    }

    /**
     * "... dividends received from Westcoast Transmission Co, B.C. Resources said": a name right before a speech
     * verb is that verb's speaker, which the parser hung on the noun before the comma as an apposition.
     */
    private static boolean speakerAfter(SentenceView s, Argument phrase) {
        int next = s.tokenAfter(phrase.span().end());
        return next > 0 && ReportedSpeech.isSpeechVerb(s, next);
    }

    /**
     * "Soybean oil prev 3.7, Feb 21.1, Mar nil": phrases that both hold a number, or either in a sentence without a
     * verb, are items of a list or a table row; "Maria Lopez, 45, a lawyer, was elected" is an apposition.
     */
    private static boolean isListItem(SentenceView s, Argument x, Argument y) {
        boolean verbless = s.tokens.stream().noneMatch(t -> t.tag() != null && t.tag().startsWith("VB"));
        return hasNumber(s, x) && hasNumber(s, y) || verbless && (hasNumber(s, x) || hasNumber(s, y));
    }

    private static boolean hasNumber(SentenceView s, Argument phrase) {
        return s.tokens.stream().anyMatch(t -> "CD".equals(t.tag()) && t.beginPosition() >= phrase.span().begin()
                && t.endPosition() <= phrase.span().end());
    }

    /**
     * "U.S. Secretary of State John Kerry", "Bank of England Governor Robin Leigh-Pemberton": the person holds the
     * title of the place or body it names. A bare title ("President Reagan", "Economist David Pike") says no more
     * than the name and makes no fact.
     */
    static void readTitles(SentenceView s, List<Fact> facts) {
        int n = s.tokens.size();
        for (int i = 1; i <= n; i++) {
            if (!"PERSON".equals(s.token(i).ner()) || i > 1 && "PERSON".equals(s.token(i - 1).ner())) {
                continue;
            }
            int last = lastOfName(s, i);
            TreeSet<Integer> title = titleBefore(s, i);
            if (title.isEmpty() || title.stream().noneMatch(k -> "TITLE".equals(s.token(k).ner()))
                    || title.stream().noneMatch(k -> NAME_CONTEXT.contains(s.token(k).ner()))) {
                continue;
            }
            TreeSet<Integer> person = new TreeSet<>();
            for (int k = i; k <= last; k++) {
                person.add(k);
            }
            List<CoreLabel> personTokens = person.stream().map(s::token).toList();
            Argument subject = s.argumentOf(personTokens, last);
            facts.add(isFact(s, subject, s.phraseOf(title, title.last()), TITLE));
        }
    }

    /**
     * The title words right before a name: title words, the "of", "for", "and" between two of them and the places
     * and bodies inside ("Secretary of State", "U.S. Trade Representative"), ending on a title word.
     */
    private static TreeSet<Integer> titleBefore(SentenceView s, int name) {
        TreeSet<Integer> title = new TreeSet<>();
        for (int j = name - 1; j >= 1; j--) {
            CoreLabel t = s.token(j);
            boolean titleWord = "TITLE".equals(t.ner());
            boolean joiner = !title.isEmpty() && j > 1 && "TITLE".equals(s.token(j - 1).ner())
                    && Set.of("of", "for", "and").contains(t.word().toLowerCase(Locale.ROOT));
            boolean context = !title.isEmpty() && NAME_CONTEXT.contains(t.ner());
            if (!titleWord && !joiner && !context) {
                break;
            }
            title.add(j);
        }
        while (!title.isEmpty() && !"TITLE".equals(s.token(title.last()).ner())) {
            title.pollLast();
        }
        return title;
    }

    private static Fact isFact(SentenceView s, Argument subject, Argument object, double confidence) {
        Span at = new Span(subject.span().end(), subject.span().end());
        return new Fact(s.index, subject, new Relation("is", at, "be", -1), object, confidence,
                DependencyFacts.EXTRACTOR, false, false);
    }

    /**
     * "his Russian counterpart Sergei Lavrov": a common noun directly followed by a person's name that the parser
     * hung on it stands for that person.
     */
    static IndexedWord namedAfter(SentenceView s, IndexedWord w) {
        IndexedWord apposed = apposedPerson(s, w);
        if (apposed != null) {
            return apposed;
        }
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
     * "relieved the Minister of Industry, Subhi Khadeir, of his post", "was replaced by a member of the ruling
     * party, Mohammed Karim": a common noun or title that names no entity itself, set off by a comma from a
     * person's name in apposition, stands for that person. Null when there is none.
     */
    private static IndexedWord apposedPerson(SentenceView s, IndexedWord w) {
        if (!isDescription(s, w.index())) {
            return null;
        }
        List<IndexedWord> heads = new java.util.ArrayList<>(List.of(s.basic.getNodeByIndexSafe(w.index())));
        for (SemanticGraphEdge e : s.basic.outgoingEdgeList(heads.get(0))) {
            if (e.getRelation().toString().equals("nmod")) {
                heads.add(e.getDependent());
            }
        }
        for (IndexedWord h : heads) {
            for (SemanticGraphEdge e : s.basic.outgoingEdgeList(h)) {
                int name = e.getDependent().index();
                if (e.getRelation().toString().equals("appos") && describedBy(s, name) == w.index()) {
                    IndexedWord enhanced = s.enhanced.getNodeByIndexSafe(name);
                    return enhanced != null ? enhanced : e.getDependent();
                }
            }
        }
        return null;
    }

    /**
     * The common noun or title a person's name stands in comma apposition to, or -1. The parser may hang the name
     * on the place or body of the title's own phrase ("the Minister of Heavy Industries, Subhi Khadeir" with the
     * name below "Industries"); a person is never in apposition to a body or place, so the name is the title's.
     */
    static int describedBy(SentenceView s, int name) {
        if (!"PERSON".equals(s.token(name).ner())) {
            return -1;
        }
        for (SemanticGraphEdge e : s.basic.incomingEdgeIterable(s.basic.getNodeByIndexSafe(name))) {
            int g = e.getGovernor().index();
            if (!e.getRelation().toString().equals("appos") || g <= 0 || g > name || s.isClose(g, name)) {
                continue;
            }
            if (isDescription(s, g)) {
                return g;
            }
            if (!s.isName(g) || "PERSON".equals(s.token(g).ner())) {
                continue;
            }
            for (SemanticGraphEdge up : s.basic.incomingEdgeIterable(e.getGovernor())) {
                int t = up.getGovernor().index();
                if (up.getRelation().toString().equals("nmod") && t > 0 && t < g && isDescription(s, t)) {
                    return t;
                }
            }
        }
        return -1;
    }

    /** A common noun, or a title, that is no part of a name: "member", "the Minister of ...". */
    private static boolean isDescription(SentenceView s, int i) {
        String tag = s.token(i).tag();
        return tag != null && tag.startsWith("NN") && !s.isName(i)
                && (!tag.startsWith("NNP") || "TITLE".equals(s.token(i).ner()));
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
            while (j <= n && s.isName(j) && !"PERSON".equals(s.token(j).ner())) {
                j++;
            }
            if (j == start) {
                return null;
            }
        }
        if (j > n || !"PERSON".equals(s.token(j).ner())) {
            return null;
        }
        return s.enhanced.getNodeByIndexSafe(lastOfName(s, j));
    }

    /** The last token of the person's name that starts at (or runs through) token {@code i}. */
    private static int lastOfName(SentenceView s, int i) {
        int last = i;
        while (last < s.tokens.size() && "PERSON".equals(s.token(last + 1).ner())) {
            last++;
        }
        return last;
    }

    private static int firstOfName(SentenceView s, int i) {
        int first = i;
        while (first > 1 && s.token(first - 1).ner().equals(s.token(i).ner())) {
            first--;
        }
        return first;
    }
}
