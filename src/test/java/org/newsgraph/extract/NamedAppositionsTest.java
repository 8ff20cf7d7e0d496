package org.newsgraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.SentenceFacts.facts;
import static org.newsgraph.extract.SentenceFacts.get;

/** A definite subject with a name set off by commas after it is that name; with the real models. */
class NamedAppositionsTest {

    @Test
    void aDefiniteSubjectIsTheNameInApposition() {
        List<Fact> f = facts("Delta Foods Inc said its largest shareholder, Kestrel Holdings Inc, has raised its "
                + "stake to 12 pct. The bank's chairman, Walter Brennan, resigned the post on Monday.");
        assertEquals(Argument.Kind.NAME, get(f, "Kestrel", "raise", "stake").subject().kind());
        assertEquals("Walter Brennan", get(f, "Walter Brennan", "resign", "post").subject().text());
    }

    @Test
    void anObjectOrAnIndefiniteNounKeepsItsOwnWords() {
        List<Fact> f = facts("The company will retain its ticker, DFI, after the merger. A unit, Kestrel Holdings "
                + "Inc, bought the plant.");
        assertTrue(f.stream().noneMatch(x -> x.relation().lemma().equals("retain")
                && x.object().text().equals("DFI")), f.toString());
        assertTrue(f.stream().noneMatch(x -> x.relation().lemma().equals("buy")
                && x.subject().text().startsWith("Kestrel")), f.toString());
    }
}
