package org.newsgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.SentenceFacts.facts;
import static org.newsgraph.extract.SentenceFacts.find;
import static org.newsgraph.extract.SentenceFacts.get;

/**
 * The "is" facts of appositions and of titles before a name ({@link AppositionFacts}), on sentences written for
 * these tests, with the real models.
 */
class AppositionFactsTest {

    @Test
    void appositionMakesAnIsFact() {
        List<Fact> f = facts("Ana Ruiz, the leader of the Green Party, visited Quito.");
        Fact be = get(f, "Ana Ruiz", "be", "leader");
        assertEquals("the leader of the Green Party", be.object().fullText());
    }

    @Test
    void theIsOfAnAppositionIsImpliedAndLessSureThanAClause() {
        List<Fact> f = facts("Marta Quell, the mayor of Belvaro, closed the market.");
        Fact be = get(f, "Marta Quell", "be", "mayor");
        assertEquals("is", be.relation().text());
        assertEquals(-1, be.relation().head());
        assertEquals(be.subject().span().end(), be.relation().span().begin(), "an implied relation has no words");
        assertEquals(be.relation().span().begin(), be.relation().span().end());
        assertTrue(be.confidence() < get(f, "Marta Quell", "close", "market").confidence(), f.toString());
    }

    @Test
    void eachOfTwoConjoinedAppositionsDescribesItsOwnName() {
        List<Fact> f = facts("Tomas Brenner, a lawyer, and Lena Ostrova, a doctor, founded the clinic.");
        assertTrue(find(f, "Tomas Brenner", "be", "lawyer").isPresent(), f.toString());
        assertTrue(find(f, "Lena Ostrova", "be", "doctor").isPresent(), f.toString());
        assertTrue(find(f, "Tomas Brenner", "be", "doctor").isEmpty(), f.toString());
    }

    @Test
    void aNameRightAfterACommonNounIsWhatTheNounDescribes() {
        List<Fact> f = facts("Her deputy Tomas Brenner resigned on Friday.");
        assertEquals("Tomas Brenner", get(f, "Tomas", "resign on", "Friday").subject().text(),
                "the person, not the noun, resigned");
    }

    @Test
    void aTitleOfAPlaceOrBodyBeforeAPersonMakesAnIsFactWithAPhraseObject() {
        List<Fact> f = facts("Austrian Foreign Minister Helga Brandt met reporters in Vienna.");
        Fact title = get(f, "Helga Brandt", "be", "Minister");
        assertEquals(Argument.Kind.PHRASE, title.object().kind());
        assertEquals("Helga Brandt", title.subject().text());
        assertTrue(find(f, "Helga Brandt", "meet", "reporters").isPresent(), f.toString());
    }

    @Test
    void aBareTitleMakesNoFact() {
        List<Fact> f = facts("President Ana Ruiz opened the new bridge. Economist Karl Weber expects slower growth.");
        assertTrue(find(f, "Ana Ruiz", "be", "President").isEmpty(), f.toString());
        assertTrue(find(f, "Karl Weber", "be", "Economist").isEmpty(), f.toString());
        assertTrue(find(f, "Ana Ruiz", "open", "bridge").isPresent(), "the clause is still read: " + f);
    }

    @Test
    void aTitleKeepsTheWordsJoiningItsPartsAndNothingBeforeIt() {
        List<Fact> f = facts("U.S. Deputy Secretary of State Lena Ostrova visited the flooded villages. "
                + "Former Peruvian Defence Minister Pablo Ferro praised the army.");
        assertEquals("U.S. Deputy Secretary of State", get(f, "Lena Ostrova", "be", "Secretary").object().text());
        assertEquals("Peruvian Defence Minister", get(f, "Pablo Ferro", "be", "Minister").object().text());
    }

    @Test
    void aNameRightBeforeASpeechVerbIsItsSpeakerNotAnApposition() {
        List<Fact> f = facts("Output will depend on rainfall in the Nile delta, Cairo Cotton Co said. "
                + "Wheat can survive frost as hard as minus 15 degrees, spokesman Piet Larsen told reporters.");
        assertTrue(find(f, "delta", "be", "Cairo Cotton").isEmpty(), f.toString());
        assertTrue(find(f, "frost", "be", "Larsen").isEmpty(), f.toString());
        assertTrue(f.stream().noneMatch(x -> x.relation().lemma().equals("be")
                && x.object().text().contains("Larsen")), f.toString());
    }

    @Test
    void twoPhrasesThatBothHoldANumberAreAListNotAnApposition() {
        List<Fact> f = facts("Palm oil prev 4.2, Jan 12.5, Feb nil, total 16.7.");
        assertTrue(f.stream().noneMatch(x -> x.relation().lemma().equals("be")), f.toString());
        List<Fact> g = facts("Maria Lopez, 45, a lawyer from Quito, was elected.");
        assertTrue(find(g, "Maria Lopez", "be", "lawyer").isPresent(), "one number is no list: " + g);
    }

    @Test
    void aDescriptionSetOffFromAPersonsNameStandsForThatPerson() {
        List<Fact> f = facts("The court fined the chief executive of Harlow Freight, Tomas Brenner, on Monday. "
                + "The mayor was succeeded by a member of the opposition, Lena Ostrova.");
        assertEquals("Tomas Brenner", get(f, "court", "fine", "Tomas").object().text(), f.toString());
        assertTrue(find(f, "Lena Ostrova", "succeed", "mayor").isPresent(), f.toString());
        assertTrue(find(f, "Lena Ostrova", "be", "member").isPresent(), "the name is described: " + f);
    }

    @Test
    void aNameHungOnTheBodyOfATitleIsTheTitlesPerson() {
        List<Fact> f = facts("The decree dismissed the Minister of Agriculture, Karim Haddad, and two deputies.");
        assertEquals("Karim Haddad", get(f, "decree", "dismiss", "Karim").object().text(), f.toString());
        assertTrue(find(f, "Karim Haddad", "be", "Minister of Agriculture").isPresent(), f.toString());
        assertTrue(find(f, "Agriculture", "be", "Karim Haddad").isEmpty(), f.toString());
    }

    @Test
    void aVerbAOneWordGlossInParenthesesOrABareTitleIsNoApposition() {
        List<Fact> f = facts("NOTE: Results include a gain of 2.1 mln dlrs. The treaty covers Short Range "
                + "Missiles (SRM) in Europe. The plan was approved by Governor Holt and President Carter.");
        assertTrue(f.stream().filter(x -> x.relation().lemma().equals("be")).noneMatch(x ->
                x.subject().text().equals("NOTE") || x.object().text().equals("SRM")
                || x.object().text().contains("Carter") || x.subject().text().contains("Carter")), f.toString());
    }
}
