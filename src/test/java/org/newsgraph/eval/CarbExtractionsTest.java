package org.newsgraph.eval;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Argument;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Span;
import org.newsgraph.ingest.Article;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How facts become CaRB tuples, on hand-made facts.
 */
class CarbExtractionsTest {

    private static final String TEXT = "Boyer and Swanson headed for Wall Street in 1980 .";

    private static Argument arg(String words, int head) {
        int begin = TEXT.indexOf(words);
        Span span = new Span(begin, begin + words.length());
        return new Argument(words, span, Argument.Kind.PHRASE, head, -1, -1, words, words, span);
    }

    private static Argument extra(String words, int head) {
        return arg(words, head);
    }

    private static Fact fact(Argument subject, String relation, Argument object, double confidence,
                             List<Argument> extras) {
        int at = TEXT.indexOf(relation);
        Relation r = new Relation(relation, new Span(at, at + relation.length()), relation, 4);
        return new Fact(0, subject, r, object, confidence, "dependency", false, false, null, extras, false);
    }

    private static List<CarbTuple> tuples(Fact... facts) {
        Article a = Article.of("t", TEXT);
        Extraction e = new Extraction(a, List.of(new Sentence(0, new Span(0, TEXT.length()), TEXT)), List.of(),
                List.of(facts));
        return CarbExtractions.of(TEXT, e);
    }

    @Test
    void writesFullPhrasesAndExtrasInOrder() {
        List<CarbTuple> t = tuples(fact(arg("Boyer", 1), "headed for", arg("Wall Street", 7), 0.8,
                List.of(extra("in 1980", 8))));
        assertEquals(1, t.size());
        assertEquals(List.of("Boyer", "Wall Street", "in 1980"), t.get(0).args());
        assertEquals("headed for", t.get(0).relation());
        assertEquals(0.8, t.get(0).confidence());
    }

    @Test
    void aTripleWhoseObjectIsAnExtraOfAnotherIsLeftOut() {
        Fact nary = fact(arg("Swanson", 3), "headed for", arg("Wall Street", 7), 0.8, List.of(extra("in 1980", 9)));
        Fact variant = fact(arg("Swanson", 3), "headed for", arg("1980", 9), 0.6, List.of());
        List<CarbTuple> t = tuples(nary, variant);
        assertEquals(1, t.size());
        assertEquals("Wall Street", t.get(0).args().get(1));
    }

    @Test
    void conjoinedSubjectsBecomeOneTuple() {
        Fact boyer = fact(arg("Boyer", 1), "headed for", arg("Wall Street", 7), 0.8, List.of());
        Fact swanson = fact(arg("Swanson", 3), "headed for", arg("Wall Street", 7), 0.8, List.of());
        List<CarbTuple> t = tuples(boyer, swanson);
        assertEquals(1, t.size());
        assertEquals("Boyer and Swanson", t.get(0).args().get(0));
    }

    @Test
    void distantSubjectsStaySeparate() {
        Fact boyer = fact(arg("Boyer", 1), "headed for", arg("Wall Street", 7), 0.8, List.of());
        Fact other = fact(arg("1980", 9), "headed for", arg("Wall Street", 7), 0.8, List.of());
        assertEquals(2, tuples(boyer, other).size());
    }
}
