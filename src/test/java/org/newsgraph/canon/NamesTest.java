package org.newsgraph.canon;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Name keys ignore case, accents, dots, possessives and a leading "the", and nothing else.
 */
class NamesTest {

    @Test
    void keysIgnoreSpellingNoise() {
        assertEquals(Names.key("UN"), Names.key("U.N."));
        assertEquals(Names.key("Erdogan"), Names.key("Erdoğan"));
        assertEquals(Names.key("Kerry"), Names.key("Kerry's"));
        assertEquals(Names.key("United Nations"), Names.key("the  United Nations"));
        assertEquals("al-nusra front", Names.key("al–Nusra Front"));
        assertEquals(Names.key("Standard and Poor's"), Names.key("Standard & Poor's"));
        assertEquals("at&t", Names.key("AT&T"));
    }

    @Test
    void keysKeepRealDifferences() {
        assertNotEquals(Names.key("Russia"), Names.key("Russian"));
        assertNotEquals(Names.key("Georgia"), Names.key("George"));
    }
}
