package org.newsgraph.annotate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** How a wire's company marks and tickers are blanked before CoreNLP reads a text. */
class WireMarksTest {

    @Test
    void aCompanyMarkLosesItsBracketsOnly() {
        assertEquals(" Harlow Freight Corp  said it would sell its <", WireMarks.blanked(
                "<Harlow Freight Corp> said it would sell its <"));
        assertEquals("a stake in  Dessen Leasing Ltd , a unit", WireMarks.blanked(
                "a stake in <Dessen Leasing Ltd>, a unit"));
    }

    @Test
    void aTickerAfterANameIsBlankedWhole() {
        assertEquals("Volta Mining Corp " + " ".repeat(7) + " said, and Ford Motor Co " + " ".repeat(3) + " too",
                WireMarks.blanked("Volta Mining Corp <VMC.T> said, and Ford Motor Co <F> too"));
        assertEquals("Harbour Banking Corp " + " ".repeat(9) + " rose", WireMarks.blanked(
                "Harbour Banking Corp <HRBK.HK> rose"));
    }

    @Test
    void keepsTheLengthAndLeavesOtherAngleBracketsAlone() {
        String text = "prices < 5 dlrs and > 3 dlrs, <b>bold</b>, <ABC\n> and a<B>";
        assertEquals(text, WireMarks.blanked(text));
        String plain = "no marks here";
        assertSame(plain, WireMarks.blanked(plain));
    }
}
