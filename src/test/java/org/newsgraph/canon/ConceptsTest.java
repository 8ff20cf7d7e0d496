package org.newsgraph.canon;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Argument;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What fact arguments stand for, on a hand-built article of two entities. */
class ConceptsTest {

    private static final String TEXT = "The Turkish military shelled Aleppo. Kerry said it was over. He left.";
    private static final Mention ALEPPO = mention(0, "Aleppo", "CITY", -1);
    private static final Mention KERRY = mention(1, "Kerry", "PERSON", 7);
    private static final Entity ALEPPO_CITY = new Entity("aleppo", "Aleppo", EntityType.CITY, List.of("Aleppo"));
    private static final Entity JOHN_KERRY = new Entity("john kerry", "John Kerry", EntityType.PERSON,
            List.of("John Kerry", "Kerry"));

    private static Mention mention(int index, String text, String ner, int chain) {
        int begin = TEXT.indexOf(text);
        return new Mention(index, 0, new Span(begin, begin + text.length()), text, ner, chain);
    }

    /** Coreference chain 7 reaches John Kerry only, chain 8 both entities. */
    private static Concepts concepts() {
        return new Concepts(List.of(ALEPPO, KERRY), new NameMerging.Merged(new ArrayList<>(List.of(ALEPPO_CITY,
                JOHN_KERRY)), Map.of(0, "aleppo", 1, "john kerry"),
                Map.of(7, Set.of("john kerry"), 8, Set.of("john kerry", "aleppo"))));
    }

    private static Argument argument(Argument.Kind kind, String text, String label, int mention, int chain) {
        int begin = Math.max(0, TEXT.indexOf(text));
        Span span = new Span(begin, begin + text.length());
        return new Argument(text, span, kind, 1, mention, chain, label, text, span);
    }

    private static Argument phrase(String text, String label) {
        return argument(Argument.Kind.PHRASE, text, label, -1, -1);
    }

    private static Ref.ConceptRef concept(Argument a) {
        Ref r = concepts().ref(a).orElseThrow(() -> new AssertionError("no ref for " + a));
        assertTrue(r instanceof Ref.ConceptRef, r.toString());
        return (Ref.ConceptRef) r;
    }

    @Test
    void aNamedArgumentIsTheEntityOfItsMention() {
        assertEquals(Optional.of(new Ref.EntityRef("john kerry")),
                concepts().ref(argument(Argument.Kind.NAME, "Kerry", "Kerry", 1, 7)));
    }

    @Test
    void aPhraseThatIsOneOfTheArticlesNamesIsThatEntity() {
        assertEquals(Optional.of(new Ref.EntityRef("john kerry")),
                concepts().ref(phrase("the John Kerry", "John Kerry")));
    }

    @Test
    void aConceptLabelKeepsItsProperAdjectiveAndIsTiedToItsCountry() {
        Ref.ConceptRef military = concept(phrase("The Turkish military", "turkish military"));
        assertEquals("Turkish military", military.label());
        assertEquals("turkish military", military.key());
        assertEquals(Set.of("turkey"), military.countries());
    }

    @Test
    void aCapitalizedWordThatIsNoDemonymIsNotRestored() {
        assertEquals("military", concept(phrase("The Military", "military")).label());
    }

    @Test
    void aConceptIsAboutTheEntitiesItsWholePhraseNames() {
        Span whole = new Span(0, TEXT.indexOf('.'));
        Argument a = new Argument("shelling", new Span(21, 28), Argument.Kind.PHRASE, 1, -1, -1, "shelling",
                TEXT.substring(0, whole.end()), whole);
        assertEquals(Set.of("aleppo"), concept(a).about());
    }

    @Test
    void aPronounIsTheOneEntityItsChainReachesOrNothing() {
        assertEquals(Optional.of(new Ref.EntityRef("john kerry")),
                concepts().ref(argument(Argument.Kind.PRONOUN, "He", "He", -1, 7)));
        assertEquals(Optional.empty(), concepts().ref(argument(Argument.Kind.PRONOUN, "it", "it", -1, 8)));
        assertEquals(Optional.empty(), concepts().ref(argument(Argument.Kind.PRONOUN, "it", "it", -1, 9)));
    }

    @Test
    void functionWordsTimesAndDirectionsAreNoConcepts() {
        for (String label : List.of("others", "the same", "last week", "10 am", "south", "--", "42")) {
            assertEquals(Optional.empty(), concepts().ref(phrase(label, label)), label);
        }
    }

    @Test
    void datesAndClausesAreNeverArguments() {
        assertEquals(Optional.empty(), concepts().ref(argument(Argument.Kind.TIME_OR_NUMBER, "Aleppo", "Aleppo",
                0, -1)));
        assertEquals(Optional.empty(), concepts().ref(argument(Argument.Kind.CLAUSE, "it was over", "it was over",
                -1, -1)));
    }
}
