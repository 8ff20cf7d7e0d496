package org.newsgraph.eval;

import edu.stanford.nlp.pipeline.CoreDocument;
import org.newsgraph.extract.Argument;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Fact;
import org.newsgraph.ingest.Article;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * newsgraph's facts as CaRB system tuples: relation words as the sentence has them, full argument phrases in
 * sentence order, extra arguments after the object.
 *
 * <p>For the graph, a verb with an object and prepositional phrases also yields one triple per phrase
 * ("shell in | troops | the village"); in Open IE output those are one n-ary tuple, so a fact whose object is an
 * extra argument of another fact with the same subject and predicate is not written. Facts that differ only in
 * their subjects, which stand side by side ("Boyer and Swanson headed for Wall Street"), are one tuple with the
 * coordinated subject, as Open IE benchmarks annotate them.
 */
public final class CarbExtractions {

    private CarbExtractions() {
    }

    /** Annotates one benchmark sentence (0-based index, text stripped) as its own document. */
    @FunctionalInterface
    public interface Annotator {
        CoreDocument annotate(int index, String text) throws IOException;
    }

    /**
     * newsgraph's extractions from benchmark sentences, each annotated as its own document (article
     * {@code carb#N}, N counted from 1) and written against the sentence as given; {@code done} hears how many
     * sentences are done after each.
     */
    public static List<CarbTuple> ofSentences(List<String> sentences, Annotator annotator, IntConsumer done)
            throws IOException {
        ArticleExtractor extractor = new ArticleExtractor();
        List<CarbTuple> tuples = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String text = sentences.get(i).strip();
            CoreDocument doc = annotator.annotate(i, text);
            tuples.addAll(of(sentences.get(i), extractor.extract(Article.of("carb#" + (i + 1), text), doc)));
            done.accept(i + 1);
        }
        return tuples;
    }

    /** Whether another fact of the same subject and predicate has this one's object among its extra arguments. */
    static boolean coveredByAnother(Fact f, List<Fact> facts) {
        if (f.relation().head() < 0) {
            return false;
        }
        for (Fact g : facts) {
            if (g != f && g.sentence() == f.sentence() && g.relation().head() == f.relation().head()
                    && g.subject().head() == f.subject().head()
                    && g.extras().stream().anyMatch(a -> a.head() == f.object().head())) {
                return true;
            }
        }
        return false;
    }

    /** The facts of an extraction made from one benchmark sentence, each written against that sentence string. */
    public static List<CarbTuple> of(String sentence, Extraction extraction) {
        List<Fact> kept = new ArrayList<>();
        for (Fact f : extraction.facts()) {
            if (!coveredByAnother(f, extraction.facts())) {
                kept.add(f);
            }
        }
        String text = extraction.article().text();
        java.util.Map<String, List<Fact>> groups = new java.util.LinkedHashMap<>();
        for (Fact f : kept) {
            String key = f.relation().head() < 0 ? "#" + groups.size() : groupKey(f);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        List<List<Fact>> tuples = new ArrayList<>();
        for (List<Fact> group : groups.values()) {
            if (group.size() == 1 || adjacentSubjects(group)) {
                tuples.add(group);
            } else {
                group.forEach(f -> tuples.add(List.of(f)));
            }
        }
        List<CarbTuple> out = new ArrayList<>();
        for (List<Fact> group : tuples) {
            Fact f = group.get(0);
            List<String> args = new ArrayList<>();
            for (Argument a : f.argumentsInOrder()) {
                args.add(a.fullText());
            }
            if (group.size() > 1) {
                // Conjoined subjects ("Boyer and Swanson headed for ..."): one tuple with the coordination.
                int slot = f.objectFirst() ? 1 : 0;
                int begin = Integer.MAX_VALUE;
                int end = 0;
                for (Fact g : group) {
                    begin = Math.min(begin, g.subject().fullSpan().begin());
                    end = Math.max(end, g.subject().fullSpan().end());
                }
                args.set(slot, text.substring(begin, end).replaceAll("\\s+", " "));
            }
            out.add(new CarbTuple(sentence, group.stream().mapToDouble(Fact::confidence).max().orElseThrow(),
                    f.relation().text(), args));
        }
        return out;
    }

    /** Subjects that stand next to each other, a few characters apart ("Boyer and Swanson", "A, B, and C"). */
    private static boolean adjacentSubjects(List<Fact> group) {
        List<Argument> subjects = new ArrayList<>(group.stream().map(Fact::subject).toList());
        subjects.sort(java.util.Comparator.comparingInt(a -> a.fullSpan().begin()));
        for (int i = 1; i < subjects.size(); i++) {
            int gap = subjects.get(i).fullSpan().begin() - subjects.get(i - 1).fullSpan().end();
            if (gap < 0 || gap > 8) {
                return false;
            }
        }
        return true;
    }

    /** Facts that differ only in their subject. */
    private static String groupKey(Fact f) {
        StringBuilder sb = new StringBuilder();
        sb.append(f.sentence()).append('|').append(f.extractor()).append('|').append(f.relation().head()).append('|')
                .append(f.relation().text()).append('|').append(f.object().fullText()).append('|')
                .append(f.objectFirst());
        f.extras().forEach(a -> sb.append('|').append(a.fullText()));
        return sb.toString();
    }
}
