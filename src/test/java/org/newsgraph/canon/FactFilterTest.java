package org.newsgraph.canon;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Argument;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.Span;
import org.newsgraph.ingest.Article;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which facts the graph takes, on hand-built facts. */
class FactFilterTest {

    private static Argument phrase(String text, int begin) {
        Span span = new Span(begin, begin + text.length());
        return new Argument(text, span, Argument.Kind.PHRASE, 1, -1, -1, text, text, span);
    }

    private static Fact fact(int sentence, Argument subject, String lemma, Argument object, double confidence,
                             String extractor) {
        return new Fact(sentence, subject, new Relation(lemma, new Span(0, 0), lemma), object, confidence, extractor,
                false, false);
    }

    private static Fact fact(String lemma) {
        return fact(0, phrase("talks", 0), lemma, phrase("Geneva", 10), 0.9, "dependency");
    }

    private static ResolvedFact resolved(Fact f, Ref subject, Ref object) {
        return new ResolvedFact(f, Optional.of(subject), Optional.ofNullable(object));
    }

    @Test
    void ofOpenIeOnlyWhereAThingIsIsTrusted() {
        assertTrue(FactFilter.trusted(fact(0, phrase("talks", 0), "be in", phrase("Geneva", 10), 0.9, "openie")));
        assertFalse(FactFilter.trusted(fact(0, phrase("deal", 0), "help", phrase("Assad", 10), 0.9, "openie")));
        assertTrue(FactFilter.trusted(fact(0, phrase("deal", 0), "help", phrase("Assad", 10), 0.9, "dependency")));
    }

    @Test
    void aPhraseOfTimeOrDirectionOnlyIsToldApart() {
        for (String key : List.of("last week", "tuesday", "same day", "first time", "south",
                "10 am", "0800 gmt", "1430")) {
            assertTrue(FactFilter.timeOrDirection(key), key);
        }
        for (String key : List.of("talks", "week of talks", "two more weeks", "deadly week", "south sudan")) {
            assertFalse(FactFilter.timeOrDirection(key), key);
        }
    }

    @Test
    void aFactWhoseArgumentIsATimeWordIsNotStored() {
        String text = "Talks resume next week.";
        Fact f = fact(0, phrase("Talks", 0), "resume", phrase("next week", 13), 0.9, "dependency");
        Extraction x = new Extraction(Article.of("t", text), List.of(), List.<Mention>of(), List.of(f));
        ResolvedFact rf = new Canonicalizer().resolve(x).facts().get(0);
        assertEquals(Optional.empty(), rf.object());
        assertFalse(rf.storable());
    }

    @Test
    void aPlaceThatIsAnotherKindOfPlaceIsPlacedInIt() {
        ResolvedFact rf = resolved(fact("be"), new Ref.EntityRef("geneva"), new Ref.EntityRef("switzerland"));
        ResolvedFact placed = FactFilter.placedOrKept(rf,
                Map.of("geneva", EntityType.CITY, "switzerland", EntityType.COUNTRY));
        assertEquals("be in", placed.fact().relation().lemma());
        assertEquals(rf.object(), placed.object());
    }

    @Test
    void aPersonBeingAPlaceOrAnotherPersonLosesItsObject() {
        ResolvedFact atPlace = resolved(fact("be"), new Ref.EntityRef("kerry"), new Ref.EntityRef("geneva"));
        ResolvedFact kept = FactFilter.placedOrKept(atPlace,
                Map.of("kerry", EntityType.PERSON, "geneva", EntityType.LOCATION));
        assertEquals(Optional.empty(), kept.object());
        assertEquals("be", kept.fact().relation().lemma());
        ResolvedFact twoPeople = resolved(fact("be"), new Ref.EntityRef("kerry"), new Ref.EntityRef("lavrov"));
        assertEquals(Optional.empty(), FactFilter.placedOrKept(twoPeople,
                Map.of("kerry", EntityType.PERSON, "lavrov", EntityType.PERSON)).object());
    }

    @Test
    void aFactThatIsNotBeBetweenTwoEntitiesIsLeftAlone() {
        Map<String, EntityType> types = Map.of("geneva", EntityType.CITY, "switzerland", EntityType.COUNTRY);
        ResolvedFact other = resolved(fact("visit"), new Ref.EntityRef("geneva"), new Ref.EntityRef("switzerland"));
        assertSame(other, FactFilter.placedOrKept(other, types));
        ResolvedFact concept = resolved(fact("be"), new Ref.EntityRef("geneva"), new Ref.ConceptRef("city", "city"));
        assertSame(concept, FactFilter.placedOrKept(concept, types));
    }

    @Test
    void ofOneStatementReadTwiceTheSurestThenTheFullerPhraseIsKept() {
        Argument army = phrase("army", 0);
        Argument cessation = phrase("cessation", 13);
        Argument ofHostilities = phrase("cessation of hostilities", 13);
        Ref subject = new Ref.EntityRef("army");
        ResolvedFact shortSure = resolved(fact(0, army, "lead to", cessation, 0.9, "dependency"), subject,
                new Ref.ConceptRef("cessation", "cessation"));
        ResolvedFact longUnsure = resolved(fact(0, army, "lead to", ofHostilities, 0.5, "dependency"), subject,
                new Ref.ConceptRef("cessation of hostilities", "cessation of hostilities"));
        ResolvedFact longSure = resolved(fact(0, army, "lead to", ofHostilities, 0.9, "dependency"), subject,
                new Ref.ConceptRef("cessation of hostilities", "cessation of hostilities"));
        assertEquals(List.of(shortSure), FactFilter.variantsDropped(List.of(shortSure, longUnsure)));
        assertEquals(List.of(longSure), FactFilter.variantsDropped(List.of(shortSure, longSure)));
    }

    @Test
    void anEntityIsKeptBeforeAConceptAndOtherSentencesAndUnstorableFactsStay() {
        Argument army = phrase("army", 0);
        Ref subject = new Ref.EntityRef("army");
        ResolvedFact concept = resolved(fact(0, army, "enter", phrase("the city of Aleppo", 11), 0.9, "dependency"),
                subject, new Ref.ConceptRef("city of aleppo", "city of Aleppo"));
        ResolvedFact entity = resolved(fact(0, army, "enter", phrase("Aleppo", 23), 0.9, "dependency"), subject,
                new Ref.EntityRef("aleppo"));
        assertEquals(List.of(entity), FactFilter.variantsDropped(List.of(concept, entity)));
        ResolvedFact nextSentence = resolved(fact(1, army, "enter", phrase("Aleppo", 23), 0.9, "dependency"),
                subject, new Ref.EntityRef("aleppo"));
        ResolvedFact unresolved = resolved(fact(0, army, "enter", phrase("it", 23), 0.9, "dependency"), subject,
                null);
        assertEquals(List.of(entity, nextSentence, unresolved, unresolved),
                FactFilter.variantsDropped(List.of(entity, nextSentence, unresolved, unresolved)));
    }
}
