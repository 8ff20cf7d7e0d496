package org.newsgraph.extract;

import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.NlpPipeline;
import org.newsgraph.ingest.Article;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The clause patterns of the dependency extractor, on sentences written for these tests, with the real models.
 */
class ClauseFactsTest {

    private static List<Fact> facts(String text) {
        return new ArticleExtractor().extract(Article.of("t", text), NlpPipeline.shared().annotate(text)).facts();
    }

    private static Optional<Fact> find(List<Fact> facts, String subject, String lemma, String object) {
        return facts.stream()
                .filter(f -> f.extractor().equals(DependencyFacts.EXTRACTOR))
                .filter(f -> f.relation().lemma().equals(lemma))
                .filter(f -> f.subject().text().contains(subject))
                .filter(f -> f.object().text().contains(object))
                .findFirst();
    }

    private static Fact get(List<Fact> facts, String subject, String lemma, String object) {
        return find(facts, subject, lemma, object).orElseThrow(() -> new AssertionError(facts));
    }

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
    void copularClauseMakesAnIsFact() {
        List<Fact> f = facts("Mario Rossi is the mayor of Turin.");
        Fact be = get(f, "Mario Rossi", "be", "mayor");
        assertEquals("is", be.relation().text());
        assertEquals("the mayor of Turin", be.object().fullText());
    }

    @Test
    void appositionMakesAnIsFact() {
        List<Fact> f = facts("Ana Ruiz, the leader of the Green Party, visited Quito.");
        Fact be = get(f, "Ana Ruiz", "be", "leader");
        assertEquals("the leader of the Green Party", be.object().fullText());
    }

    @Test
    void titleBeforeAPersonMakesAnIsFactWithAPhraseObject() {
        List<Fact> f = facts("Foreign Minister Helga Brandt met reporters in Vienna.");
        Fact title = get(f, "Helga Brandt", "be", "Minister");
        assertEquals(Argument.Kind.PHRASE, title.object().kind());
        assertEquals("Helga Brandt", title.subject().text());
        assertTrue(find(f, "Helga Brandt", "meet", "reporters").isPresent(), f.toString());
    }

    @Test
    void reportedClauseIsAttributedToTheSpeaker() {
        List<Fact> f = facts("The ministry said Brazil had agreed to a 72-hour truce.");
        Fact agree = get(f, "Brazil", "agree to", "truce");
        assertNotNull(agree.attributedTo(), agree.toString());
        assertEquals("ministry", agree.attributedTo().label());
        Fact said = get(f, "ministry", "say", "Brazil");
        assertEquals(Argument.Kind.CLAUSE, said.object().kind());
        assertNull(said.attributedTo());
    }

    @Test
    void speakerAfterTheClauseIsFoundToo() {
        List<Fact> f = facts("Government troops shelled the village overnight, a rebel commander said.");
        Fact shell = get(f, "troops", "shell", "village");
        assertNotNull(shell.attributedTo(), shell.toString());
        assertTrue(shell.attributedTo().text().contains("commander"), shell.attributedTo().text());
    }

    @Test
    void plainStatementsAreNotAttributed() {
        List<Fact> f = facts("Kenya signed a trade pact with Ethiopia.");
        assertNull(get(f, "Kenya", "sign", "pact").attributedTo());
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
}
