package org.newsgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.SentenceFacts.facts;
import static org.newsgraph.extract.SentenceFacts.find;
import static org.newsgraph.extract.SentenceFacts.get;

/**
 * What a predicate says ({@link PredicateFacts}): its subjects, the object it chooses, the extra arguments and the
 * relation words, on sentences written for these tests, with the real models.
 */
class PredicateFactsTest {

    @Test
    void relationKeepsAuxiliariesAndArgumentsKeepTheirWholePhrase() {
        List<Fact> f = facts("The Chilean army has already shelled the old bridge over the river near Arroyo.");
        Fact shell = get(f, "army", "shell", "bridge");
        assertEquals("has already shelled", shell.relation().text());
        assertEquals("The Chilean army", shell.subject().fullText());
        assertEquals("the old bridge over the river near Arroyo", shell.object().fullText());
        assertEquals("old bridge", shell.object().label(), "the graph keeps the short phrase");
    }

    @Test
    void furtherPrepositionalPhrasesBecomeExtraArguments() {
        List<Fact> f = facts("Peruvian police arrested two smugglers in Lima on Tuesday.");
        Fact arrest = get(f, "police", "arrest", "smugglers");
        List<String> extras = arrest.extras().stream().map(Argument::fullText).toList();
        assertEquals(List.of("in Lima", "on Tuesday"), extras);
    }

    @Test
    void withoutAnObjectTheFirstPrepositionJoinsTheRelation() {
        List<Fact> f = facts("The rebels had withdrawn from the town before dawn.");
        Fact withdraw = get(f, "rebels", "withdraw from", "town");
        assertEquals("had withdrawn from", withdraw.relation().text());
        assertEquals(List.of("before dawn"), withdraw.extras().stream().map(Argument::fullText).toList());
    }

    @Test
    void controlledVerbsJoinTheRelation() {
        List<Fact> f = facts("The company has had to close its plant in Ohio.");
        Fact close = get(f, "company", "have to close", "plant");
        assertEquals("has had to close", close.relation().text());
    }

    @Test
    void aChainOfControlledVerbsKeepsTheFirstVerbsSubject() {
        List<Fact> f = facts("Canada's inflation rate is expected to continue to rise to about five pct next year. "
                + "The carmaker wants to try to sell its stake in the Korean bank.");
        Fact rise = get(f, "rate", "be expected to continue to rise to", "five pct");
        assertEquals("is expected to continue to rise to", rise.relation().text());
        get(f, "carmaker", "want to try to sell", "stake");
    }

    @Test
    void aChainControlledByAnObjectLendsNotTheFirstVerbsSubject() {
        List<Fact> f = facts("The minister asked the banks to try to cut their lending rates.");
        assertTrue(f.stream().noneMatch(x -> x.subject().text().contains("minister")
                && x.relation().lemma().contains("cut")), f.toString());
    }

    @Test
    void whoIsDirectedToActIsDirectedNotActing() {
        List<Fact> f = facts("The minister instructed the negotiators to resume talks with the rebels. "
                + "The court may order the company to pay damages.");
        Fact resume = get(f, "negotiators", "be instructed to resume", "talks");
        assertEquals("The minister instructed the negotiators to resume talks with the rebels.".indexOf("instructed"),
                resume.relation().span().begin(), "the relation is read from the sentence's own words");
        Fact pay = get(f, "company", "be ordered to pay", "damages");
        assertTrue(pay.hedged(), "may");
        assertTrue(find(f, "minister", "instruct", "negotiators").isPresent(), f.toString());
    }

    @Test
    void aControllerInThePassiveKeepsItsPassiveInTheRelation() {
        List<Fact> f = facts("The farmers would then be asked to repay the loans over ten years. "
                + "Smaller banks will be required to hold more capital from next year.");
        get(f, "farmers", "be asked to repay", "loans");
        get(f, "banks", "be required to hold", "capital");
        assertTrue(f.stream().noneMatch(x -> x.relation().lemma().startsWith("ask to")
                || x.relation().lemma().startsWith("require to")), f.toString());
    }

    @Test
    void theInfinitiveAnObjectControlsIsAnExtraOfTheControllersFact() {
        List<Fact> f = facts("The strike forced the airline to cancel most of its flights to Asia. "
                + "The company will consider ways to reduce costs at its plants in Ohio.");
        assertEquals(List.of("to cancel most of its flights to Asia"),
                get(f, "strike", "force", "airline").extras().stream().map(Argument::fullText).toList());
        assertEquals(List.of("to reduce costs at its plants in Ohio"),
                get(f, "company", "consider", "ways").extras().stream().map(Argument::fullText).toList());
    }

    @Test
    void aNounBeforeOfThatEnhancedReadsAsAQuantifierKeepsItsPhrase() {
        List<Fact> f = facts("The union is working on a version of the contract. "
                + "Some retailers have begun a form of loyalty discount for older customers.");
        Fact work = get(f, "union", "work on", "contract");
        assertEquals("the contract", work.object().text(), "the graph's node is the noun after of");
        assertEquals("a version of the contract", work.object().fullText());
        assertEquals("a form of loyalty discount for older customers",
                get(f, "retailers", "begin", "discount").object().fullText());
    }

    @Test
    void aPurposeClauseMisreadAsControlledByTheObjectMakesNoFact() {
        List<Fact> f = facts("The mayor left the town hall to visit the flooded villages. "
                + "The carrier used its network to provide cheaper calls.");
        assertTrue(f.stream().noneMatch(x -> x.subject().text().contains("town hall")
                || x.subject().text().contains("network")), f.toString());
    }

    @Test
    void aPurposeClauseDoesNotHideThePrepositionalObject() {
        List<Fact> f = facts("Brazil had agreed to a ceasefire in the city to allow aid deliveries.");
        Fact agree = get(f, "Brazil", "agree to", "ceasefire");
        assertEquals("had agreed to", agree.relation().text());
    }

    @Test
    void frontedPhrasesAreExtraArgumentsNotTheObject() {
        List<Fact> f = facts("In 1990, the company moved its headquarters to Denver.");
        Fact move = get(f, "company", "move", "headquarters");
        List<String> extras = move.extras().stream().map(Argument::fullText).toList();
        assertTrue(extras.contains("In 1990"), extras.toString());
        assertTrue(extras.contains("to Denver"), extras.toString());
    }

    @Test
    void relativePronounsStandForTheirAntecedent() {
        List<Fact> f = facts("The farmers who planted the new seeds earned more money.");
        assertTrue(find(f, "farmers", "plant", "seeds").isPresent(), f.toString());
        assertTrue(f.stream().noneMatch(x -> x.subject().text().equals("who")), f.toString());
    }

    @Test
    void conjoinedSubjectsOfAReciprocalVerbMeetEachOther() {
        List<Fact> f = facts("Prime Minister Ana Ruiz and her Chilean counterpart Pablo Mena met in Lima on Friday.");
        Fact meet = get(f, "Ana Ruiz", "meet", "Pablo Mena");
        assertEquals(List.of("in Lima", "on Friday"), meet.extras().stream().map(Argument::fullText).toList());
        assertEquals("her Chilean counterpart Pablo Mena", meet.object().fullText());
        assertTrue(find(f, "Pablo Mena", "be", "counterpart").isPresent(), f.toString());
    }

    @Test
    void participlesModifyingANounMakeFacts() {
        List<Fact> f = facts("Police arrested rebels fighting the army near the border.");
        Fact fight = get(f, "rebels", "fight", "army");
        assertTrue(fight.confidence() < get(f, "Police", "arrest", "rebels").confidence(),
                "a participle's fact is less sure than the clause's: " + f);
    }

    @Test
    void aComplementizerIsNeverAnObject() {
        List<Fact> f = facts("The army demanded that the rebels leave the town within a week.");
        assertTrue(f.stream().noneMatch(x -> x.object().text().equalsIgnoreCase("that")), f.toString());
    }

    @Test
    void adjectivesWithAComplementJoinTheRelation() {
        List<Fact> f = facts("The rebels were able to capture the airport. The ministry is responsible for the border.");
        Fact capture = get(f, "rebels", "able to capture", "airport");
        assertEquals("were able to capture", capture.relation().text());
        Fact responsible = get(f, "ministry", "be responsible for", "border");
        assertEquals("is responsible for", responsible.relation().text());
    }

    @Test
    void copularClauseMakesAnIsFact() {
        List<Fact> f = facts("Mario Rossi is the mayor of Turin.");
        Fact be = get(f, "Mario Rossi", "be", "mayor");
        assertEquals("is", be.relation().text());
        assertEquals("the mayor of Turin", be.object().fullText());
    }

    @Test
    void aComparativeOrSuperlativeAdverbStaysWithTheAdjectiveItGrades() {
        List<Fact> f = facts("Higher fuel taxes would be even more damaging, the farmers said. "
                + "Of all its plants, the Ohio mill was least efficient.");
        assertEquals("even more damaging", get(f, "taxes", "be", "damaging").object().fullText());
        assertEquals("least efficient", get(f, "mill", "be", "efficient").object().fullText());
    }

    @Test
    void aLongObjectMovedAfterThePhrasesIsStillTheObject() {
        List<Fact> f = facts("Acme Corp said it expects to accept for exchange after the close of business Friday all "
                + "the preferred shares of its unit that were offered. The firm intends to acquire for stock after the "
                + "close of business Monday all the common shares of Delta Inc that are held by the public.");
        Fact accept = get(f, "it", "expect to accept", "preferred shares");
        assertEquals(List.of("for exchange", "after the close of business Friday"),
                accept.extras().stream().map(Argument::fullText).toList());
        get(f, "firm", "intend to acquire", "common shares");
    }

    @Test
    void passiveWithAgentNamesTheObjectFirst() {
        List<Fact> f = facts("The treaty was signed by Norway in Oslo.");
        Fact sign = get(f, "Norway", "sign", "treaty");
        assertTrue(sign.objectFirst());
        assertEquals("was signed by", sign.relation().text());
        assertEquals("The treaty", sign.argumentsInOrder().get(0).fullText());
    }

    @Test
    void conjoinedVerbsShareAFollowingObject() {
        List<Fact> f = facts("Traders buy and sell large amounts of grain.");
        assertTrue(find(f, "Traders", "buy", "amounts").isPresent(), f.toString());
        assertTrue(find(f, "Traders", "sell", "amounts").isPresent(), f.toString());
    }

    @Test
    void negationAndModalityStayMarked() {
        List<Fact> f = facts("Norway did not sign the treaty. Sweden may join the alliance.");
        Fact sign = get(f, "Norway", "sign", "treaty");
        assertTrue(sign.negated());
        assertEquals("did not sign", sign.relation().text());
        Fact join = get(f, "Sweden", "join", "alliance");
        assertTrue(join.hedged());
        assertFalse(join.negated());
    }

    @Test
    void anIndirectObjectIsAnExtraArgument() {
        List<Fact> f = facts("The council gave the farmers new tractors in March.");
        Fact give = get(f, "council", "give", "tractors");
        assertEquals(List.of("the farmers", "in March"), give.extras().stream().map(Argument::fullText).toList());
    }

    @Test
    void aPassiveWithoutAgentKeepsItsSubjectAndBe() {
        List<Fact> f = facts("The mine was sold to a Veloran firm.");
        Fact sold = get(f, "mine", "be sold to", "firm");
        assertEquals("was sold to", sold.relation().text());
        assertFalse(sold.objectFirst());
    }

    @Test
    void aComplementThatIsNoVerbIsTheObject() {
        List<Fact> f = facts("The talks seemed difficult. The rebels were in the hills.");
        Fact seem = get(f, "talks", "seem difficult", "difficult");
        assertEquals("seemed", seem.relation().text());
        Fact in = get(f, "rebels", "be in", "hills");
        assertEquals("were in", in.relation().text());
    }

    @Test
    void aPhraseBeforeTheVerbIsTheObjectOnlyWhenNoneFollows() {
        List<Fact> f = facts("In the morning, the troops withdrew.");
        Fact withdraw = get(f, "troops", "withdraw in", "morning");
        assertEquals("withdrew", withdraw.relation().text(), "the preposition stays with its phrase");
        assertEquals("In the morning", withdraw.object().fullText());
    }

    @Test
    void aWordTheTokenizerSplitsAtItsHyphensStaysWholeInTheLabel() {
        Fact seize = get(facts("Turkish-backed rebels seized the border town on Sunday."), "rebels", "seize", "town");
        assertEquals("Turkish-backed rebels", seize.subject().label());
        Fact cut = get(facts("Oil-dependent economies cut their imports after the year-on-year rise."),
                "economies", "cut", "imports");
        assertEquals("oil-dependent economies", cut.subject().label(), "a common word owes its capital to the sentence");
        assertTrue(facts("U.S.-supported Kurdish forces took the dam.").stream()
                .noneMatch(f -> f.subject().label().startsWith("-") || f.object().label().startsWith("-")));
    }

    @Test
    void aHyphenatedWordKeepsItsFirstPartWhereAPageSpacedTheHyphenOff() {
        Fact took = get(facts("Later, USA -backed Kurdish fighters took the dam near the river."), "fighters", "take",
                "dam");
        assertEquals("USA -backed Kurdish fighters", took.subject().text(), "the text as written");
        assertEquals("USA-backed Kurdish fighters", took.subject().label(), "the label as one word");
        assertFalse(took.subject().text().startsWith("-"), took.toString());
        Fact held = get(facts("Russia -allied militias held the hills overlooking the town."), "militias", "hold",
                "hills");
        assertTrue(held.subject().text().startsWith("Russia"), held.toString());
    }

    @Test
    void aByPhraseOfAnAmountIsAMeasureNotAnAgent() {
        List<Fact> f = facts("Rice exports were cut by 12 pct last year. The deficit on farm trade increased by "
                + "2.1 billion dlrs in March.");
        assertTrue(f.stream().noneMatch(x -> x.subject().text().contains("pct")
                || x.subject().text().contains("billion")), f.toString());
        assertTrue(f.stream().noneMatch(Fact::objectFirst), f.toString());
    }

    @Test
    void anArgumentQuantifiedByNoNegatesTheFact() {
        List<Fact> f = facts("The storm caused no damage to the harbour. No bank raised its lending rate.");
        assertTrue(get(f, "storm", "cause", "damage").negated(), f.toString());
        assertTrue(get(f, "bank", "raise", "rate").negated(), f.toString());
        assertFalse(get(facts("The storm caused heavy damage to the harbour."), "storm", "cause", "damage").negated());
    }

    @Test
    void aNegatedControlledVerbIsWhatWasAgreedNotADenial() {
        List<Fact> f = facts("The two airlines agreed not to raise fares before June. The union decided not to strike.");
        Fact agree = get(f, "airlines", "agree to not raise", "fares");
        assertFalse(agree.negated(), "they did agree");
        assertTrue(f.stream().filter(x -> x.subject().text().contains("union"))
                .noneMatch(Fact::negated), f.toString());
        assertTrue(get(facts("The two airlines did not agree to raise fares."), "airlines", "agree to raise", "fares")
                .negated(), "a denial of the agreement stays one");
    }

    @Test
    void aComparisonOrASourceIsNoPhraseOfTheVerb() {
        List<Fact> f = facts("Shr 12 cts vs 9 cts\n\nQtly div 15 cts vs 12 cts prior\n\nThere were 400 idle "
                + "tankers, according to shipping agents.");
        assertTrue(f.stream().noneMatch(x -> x.relation().lemma().contains(" vs")
                || x.relation().lemma().contains("according")), f.toString());
    }

    @Test
    void aGerundAfterAPrepositionIsNoParticipleOfTheNounBeforeIt() {
        List<Fact> f = facts("The ministers signed a pact on cutting farm tariffs. The mill had a hard time in "
                + "selling its timber.");
        assertTrue(find(f, "pact", "cut", "tariffs").isEmpty(), f.toString());
        assertTrue(find(f, "time", "sell", "timber").isEmpty(), f.toString());
        assertTrue(find(f, "ministers", "sign", "pact").isPresent(), f.toString());
    }

    @Test
    void aComplementOfAPassiveJoinsTheAgentsRelation() {
        List<Fact> f = facts("The merger was made possible by a loan from the state bank. The strike was declared "
                + "illegal by the court.");
        assertTrue(find(f, "loan", "make possible", "merger").isPresent(), f.toString());
        assertTrue(find(f, "loan", "make", "merger").isEmpty(), f.toString());
        assertTrue(find(f, "court", "declare illegal", "strike").isPresent(), f.toString());
    }

    @Test
    void aParticipleAfterACommaDescribesOnlyTheNounRightBeforeIt() {
        List<Fact> f = facts("The board named Ana Ruiz chief financial officer and treasurer, replacing Tom Kerr.");
        assertTrue(f.stream().noneMatch(x -> x.relation().lemma().equals("replace")
                && (x.subject().text().contains("officer") || x.subject().text().contains("treasurer"))), f.toString());
        assertTrue(find(facts("The rebels, backed by Turkish tanks, entered the town."), "tanks", "back", "rebels")
                .isPresent());
    }

    @Test
    void aPassivePhrasalVerbKeepsItsParticle() {
        List<Fact> f = facts("The new board will be made up of six bankers. The strike was called off on Friday.");
        Fact made = get(f, "board", "be made up of", "bankers");
        assertEquals("will be made up of", made.relation().text());
        assertTrue(find(f, "strike", "be called off on", "Friday").isPresent(), f.toString());
        assertTrue(find(f, "board", "be made of", "bankers").isEmpty(), "made up of is not made of: " + f);
    }

    @Test
    void everyConjoinedByPhraseOfAPassiveIsAnAgent() {
        List<Fact> f = facts("The bill, sponsored by Senator Ana Ruiz and Senator Tom Bell, would cut farm subsidies.");
        Fact ruiz = get(f, "Ana Ruiz", "sponsor", "bill");
        Fact bell = get(f, "Tom Bell", "sponsor", "bill");
        assertTrue(ruiz.objectFirst() && bell.objectFirst(), f.toString());
        assertTrue(ruiz.extras().stream().noneMatch(x -> x.text().contains("Bell")), "Bell is no extra: " + f);
    }

    @Test
    void anAdjectiveComplementWithAPhraseMakesThePhraseTheObject() {
        List<Fact> f = facts("The minister remained worried about the deficit. Traders grew nervous about the "
                + "outcome of the vote.");
        Fact worried = get(f, "minister", "remain worried about", "deficit");
        assertEquals("remained worried about", worried.relation().text());
        get(f, "Traders", "grow nervous about", "outcome");
        get(facts("The talks seemed difficult."), "talks", "seem difficult", "difficult");
    }

    @Test
    void aProposalThatSomeoneBeTreatedSoIsAProposalOnThem() {
        List<Fact> f = facts("The report recommended that the workers be given a bonus.");
        get(f, "report", "recommend", "workers");
        assertTrue(facts("The report recommended that the workers should be given a bonus.").stream()
                .noneMatch(x -> x.object().text().equals("the workers")), "a clause with its own modal is none");
    }

    @Test
    void aDemonstrativeStandingForANounKeepsItsPrepositionalPhrase() {
        List<Fact> f = facts("The strike has angered those in the shipping industry. "
                + "The cuts have alarmed those in the farm lobby who depend on subsidies.");
        Fact angered = get(f, "strike", "anger", "those in the shipping industry");
        assertEquals(Argument.Kind.PHRASE, angered.object().kind());
        assertEquals("those in the shipping industry", angered.object().label(), "the head is never dropped");
        get(f, "cuts", "alarm", "those in the farm lobby");
    }

    @Test
    void aBareTimeIsAnExtraWhenAnotherPhraseSaysWhatTheVerbIsAbout() {
        List<Fact> f = facts("The talks were likely to end tonight without a deal, delegates said. The decree was "
                + "published today in the official gazette.");
        Fact end = get(f, "talks", "likely to end without", "deal");
        assertTrue(end.extras().stream().anyMatch(x -> x.text().contains("tonight")), end.toString());
        assertTrue(find(f, "decree", "be published in", "gazette").isPresent(), f.toString());
    }

    @Test
    void aClauseAfterATimeIsNoObjectOfTheVerb() {
        List<Fact> f = facts("Exports fell sharply last year as the dollar rose against the yen.");
        assertTrue(f.stream().noneMatch(x -> x.relation().lemma().equals("fall as")), f.toString());
    }
}
