package org.newsgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.SentenceFacts.facts;
import static org.newsgraph.extract.SentenceFacts.find;
import static org.newsgraph.extract.SentenceFacts.get;

/**
 * Reported speech ({@link ReportedSpeech}): which facts are a speaker's claims, and the speech facts themselves, on
 * sentences written for these tests, with the real models.
 */
class ReportedSpeechTest {

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
        Fact said = get(f, "commander", "say", "troops");
        assertEquals(Argument.Kind.CLAUSE, said.object().kind(), "a speech verb hung off its clause says it");
        assertEquals("Government troops shelled the village overnight", said.object().text());
        assertNull(said.attributedTo(), "the speaker's own speech is not attributed to them");
    }

    @Test
    void theSpeechIsAFactWithTheClauseAsObject() {
        List<Fact> f = facts("The dam will open in May, the engineers said on Tuesday.");
        Fact said = get(f, "engineers", "say", "dam");
        assertEquals(Argument.Kind.CLAUSE, said.object().kind());
        assertEquals("The dam will open in May", said.object().text());
        assertEquals(List.of("on Tuesday"), said.extras().stream().map(Argument::fullText).toList());
        assertNull(said.attributedTo());
        assertEquals("the engineers", get(f, "dam", "open in", "May").attributedTo().text());
    }

    @Test
    void aSpeechVerbWithAnAddresseeCreditsTheSpeaker() {
        List<Fact> f = facts("The new trade rules will hurt exporters, the minister told reporters.");
        assertEquals("the minister", get(f, "rules", "hurt", "exporters").attributedTo().text());
        Fact told = get(f, "minister", "tell", "hurt exporters");
        assertEquals(Argument.Kind.CLAUSE, told.object().kind());
        assertEquals(List.of("reporters"), told.extras().stream().map(Argument::text).toList(), "whom it was told");
    }

    @Test
    void theNearestSpeakerIsCredited() {
        List<Fact> f = facts("The mayor said police believe the rioters burned a bus.");
        assertEquals("police", get(f, "rioters", "burn", "bus").attributedTo().text());
        assertEquals("The mayor", get(f, "police", "believe", "rioters").attributedTo().text());
    }

    @Test
    void plainStatementsAreNotAttributed() {
        List<Fact> f = facts("Kenya signed a trade pact with Ethiopia. The court ruled that the contract was void.");
        assertNull(get(f, "Kenya", "sign", "pact").attributedTo());
        assertNull(get(f, "contract", "be", "void").attributedTo(), "a ruling is no speech");
    }

    @Test
    void whatAReportingVerbSaysIsItsClauseAndWhomItWasToldToAnExtra() {
        List<Fact> f = facts("The senator told a farm lobby lunch that new limits on imports would come.");
        Fact told = get(f, "senator", "tell", "new limits");
        assertTrue(told.extras().stream().anyMatch(x -> x.text().contains("lunch")), told.toString());
        assertTrue(find(f, "senator", "tell", "lunch").isEmpty(), "an addressee is not what was said: " + f);
    }

    @Test
    void aReportingVerbWithoutAClauseSaysOnlyWhichNamedActorItWasToldTo() {
        List<Fact> f = facts("The minister spoke to reporters. She told reporters in Lima about the floods.");
        assertTrue(f.stream().noneMatch(x -> x.relation().lemma().startsWith("tell")), f.toString());
        List<Fact> g = facts("The dam could burst within days, a local engineer told Xinhua.");
        assertTrue(find(g, "engineer", "tell", "Xinhua").isPresent(), g.toString());
    }
}
