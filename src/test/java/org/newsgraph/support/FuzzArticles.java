package org.newsgraph.support;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.newsgraph.canon.Entity;
import org.newsgraph.canon.EntityType;
import org.newsgraph.canon.Ref;
import org.newsgraph.canon.ResolvedArticle;
import org.newsgraph.canon.ResolvedFact;
import org.newsgraph.canon.WikiPage;
import org.newsgraph.extract.Argument;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Sentence;
import org.newsgraph.extract.Span;
import org.newsgraph.ingest.Article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Resolved articles made without NLP, every string in them from {@link NastyStrings}: id, title, date, URL, text
 * and source, sentences, entity keys, labels, forms and countries, Wikipedia page titles, mention texts and NER
 * tags, concept keys and labels, relation lemmas and words, argument texts. Their structure is what the canonicalizer
 * gives (a mention names one of the article's entities, a fact's entity arguments are the article's entities, its
 * sentence is one of the article's), so their graphs should satisfy the SHACL shapes, and labels, lemmas and
 * sentences are never empty, as the shapes ask.
 */
public final class FuzzArticles {

    private FuzzArticles() {
    }

    /** Articles with up to three sentences, four entities, four mentions and four facts. */
    public static Arbitrary<ResolvedArticle> resolved() {
        Arbitrary<List<Entity>> entities = entity().list().ofMaxSize(4).uniqueElements(Entity::key);
        return Combinators.combine(article(), NastyStrings.nonEmpty().list().ofMinSize(1).ofMaxSize(3), entities)
                .flatAs((article, sentenceTexts, es) -> {
                    List<Sentence> sentences = IntStream.range(0, sentenceTexts.size())
                            .mapToObj(i -> new Sentence(i, new Span(i * 10, i * 10 + 9), sentenceTexts.get(i)))
                            .toList();
                    List<String> keys = es.stream().map(Entity::key).toList();
                    return Combinators.combine(mention(sentences.size(), keys).list().ofMaxSize(4),
                                    fact(sentences.size(), keys).list().ofMaxSize(4))
                            .as((mentions, facts) -> resolved(article, sentences, es, mentions, facts));
                });
    }

    /** A mention and the key of the entity it names, if any. */
    private record NamedMention(Mention mention, Optional<String> entity) {
    }

    private static ResolvedArticle resolved(Article article, List<Sentence> sentences, List<Entity> entities,
                                            List<NamedMention> named, List<ResolvedFact> facts) {
        List<Mention> mentions = new ArrayList<>();
        Map<Integer, String> entityOfMention = new HashMap<>();
        for (int i = 0; i < named.size(); i++) {
            Mention m = named.get(i).mention();
            int index = i;
            mentions.add(new Mention(index, m.sentence(), m.span(), m.text(), m.nerType(), m.corefChain()));
            named.get(i).entity().ifPresent(key -> entityOfMention.put(index, key));
        }
        Extraction extraction = new Extraction(article, sentences, mentions, facts.stream().map(ResolvedFact::fact)
                .toList());
        return new ResolvedArticle(extraction, entities, entityOfMention, facts);
    }

    /** An article as read: any non-blank id, and any title, date and URL or none. */
    public static Arbitrary<Article> article() {
        Arbitrary<String> any = NastyStrings.any();
        return Combinators.combine(NastyStrings.nonBlank(), any.injectNull(0.2), dates().injectNull(0.2),
                any.injectNull(0.2), any, any).as(Article::new);
    }

    /**
     * Dates as ingest hands them on, and as they should not be: ISO dates and times with and without seconds,
     * fractions and offsets (a whole minute prints without seconds, "2016-08-26T10:00+02:00"), years of five
     * digits, year 0 and before, offsets with seconds, days that do not exist, padding, and any string.
     */
    public static Arbitrary<String> dates() {
        Arbitrary<String> year = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.integers().between(1900, 2100).map(y -> String.format("%04d", y))),
                Tuple.of(1, Arbitraries.of("0000", "-0001", "+10000", "10000", "99999", "0001", "-10000")));
        Arbitrary<String> date = Combinators.combine(year, Arbitraries.integers().between(0, 13),
                Arbitraries.integers().between(0, 32)).as((y, m, d) -> String.format("%s-%02d-%02d", y, m, d));
        Arbitrary<String> time = Combinators.combine(Arbitraries.integers().between(0, 24),
                        Arbitraries.integers().between(0, 60), Arbitraries.of("", ":00", ":59", ":60", ":07.5",
                                ":07.123456789"))
                .as((h, m, s) -> String.format("T%02d:%02d%s", h, m, s));
        Arbitrary<String> offset = Arbitraries.of("", "Z", "+02:00", "-05:30", "+14:00", "+18:00", "+02:00:30",
                "+0200");
        Arbitrary<String> dateTime = Combinators.combine(date, time, offset).as((d, t, o) -> d + t + o);
        Arbitrary<String> padded = Arbitraries.oneOf(date, dateTime).map(s -> " \t" + s + "\n");
        return Arbitraries.frequencyOf(Tuple.of(3, date), Tuple.of(4, dateTime), Tuple.of(1, padded),
                Tuple.of(2, NastyStrings.any()));
    }

    private static Arbitrary<Entity> entity() {
        Arbitrary<String> any = NastyStrings.any();
        Arbitrary<Optional<WikiPage>> page = Combinators.combine(any, Arbitraries.doubles().between(0, 1))
                .as(WikiPage::new).optional(0.3);
        return Combinators.combine(any, NastyStrings.nonEmpty(), Arbitraries.of(EntityType.class),
                any.list().ofMaxSize(3), any.set().ofMaxSize(2), page).as(Entity::new);
    }

    private static Arbitrary<NamedMention> mention(int sentences, List<String> keys) {
        Arbitrary<Optional<String>> entity = keys.isEmpty() ? Arbitraries.just(Optional.empty())
                : Arbitraries.of(keys).optional(0.8);
        return Combinators.combine(Arbitraries.integers().between(0, sentences - 1), span(), NastyStrings.any(),
                        NastyStrings.any(), entity)
                .as((sentence, span, text, ner, key) -> new NamedMention(
                        new Mention(0, sentence, span, text, ner, -1), key));
    }

    private static Arbitrary<ResolvedFact> fact(int sentences, List<String> keys) {
        Arbitrary<Relation> relation = Combinators.combine(NastyStrings.any(), span(), NastyStrings.nonEmpty())
                .as(Relation::new);
        Arbitrary<Double> confidence = Arbitraries.oneOf(Arbitraries.doubles().between(-1, 2),
                Arbitraries.of(0.0, 1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                        Double.MIN_VALUE, -0.0));
        Arbitrary<Fact> fact = Combinators.combine(Arbitraries.integers().between(0, sentences - 1), argument(),
                        relation, argument(), confidence, Arbitraries.of("openie", "dependency"),
                        Arbitraries.of(false, true), Arbitraries.of(false, true))
                .as(Fact::new);
        Arbitrary<Fact> maybeAttributed = Combinators.combine(fact, argument().optional(0.3))
                .as((f, speaker) -> speaker.map(f::attributed).orElse(f));
        // An argument that did not resolve (empty) makes the fact one the graph does not store.
        Arbitrary<Optional<Ref>> argument = ref(keys).optional(0.9);
        return Combinators.combine(maybeAttributed, argument, argument, ref(keys).optional(0.5))
                .as(ResolvedFact::new);
    }

    /** An entity of the article or a concept, as a fact's argument or speaker resolves to. */
    private static Arbitrary<Ref> ref(List<String> keys) {
        Arbitrary<String> any = NastyStrings.any();
        Arbitrary<Ref> concept = Combinators.combine(any, NastyStrings.nonEmpty(), any.set().ofMaxSize(2),
                any.set().ofMaxSize(2)).as(Ref.ConceptRef::new);
        if (keys.isEmpty()) {
            return concept;
        }
        return Arbitraries.oneOf(concept, Arbitraries.of(keys).map(Ref.EntityRef::new));
    }

    private static Arbitrary<Argument> argument() {
        Arbitrary<String> any = NastyStrings.any();
        return Combinators.combine(any, span(), Arbitraries.of(Argument.Kind.class), any, any)
                .as((text, span, kind, label, full) -> new Argument(text, span, kind, 1, -1, -1, label, full, span));
    }

    private static Arbitrary<Span> span() {
        return Combinators.combine(Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(0, 200))
                .as((begin, length) -> new Span(begin, begin + length));
    }
}
