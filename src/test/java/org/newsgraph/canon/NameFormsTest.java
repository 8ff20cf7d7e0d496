package org.newsgraph.canon;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameFormsTest {

    @Test
    void aKindWordAfterAPlaceOrBodyCompletesItsName() {
        String text = "Boats crossed the Danube river and the al-Hamra front retreated.";
        int danube = text.indexOf("Danube") + "Danube".length();
        int hamra = text.indexOf("al-Hamra") + "al-Hamra".length();
        assertEquals(Optional.of("Danube river"), NameForms.withKindAfter("Danube", EntityType.LOCATION, text, danube));
        assertEquals(Optional.of("al-Hamra front"),
                NameForms.withKindAfter("al-Hamra", EntityType.ORGANIZATION, text, hamra));
        assertTrue(NameForms.withKindAfter("Danube", EntityType.PERSON, text, danube).isEmpty());
    }

    @Test
    void aDemonymBeforeABodyIsFound() {
        String text = "The French Foreign Ministry said so.";
        assertEquals(Optional.of("French"), NameForms.demonymBefore(text, text.indexOf("Foreign")));
        assertTrue(NameForms.demonymBefore(text, text.indexOf("French")).isEmpty());
    }

    @Test
    void anAcronymGivenBesideANameIsItsAlias() {
        String text = "the Free Patriotic Movement, or FPM, and the Democratic Union (DU) met Basra (Iraq) officials.";
        assertEquals(Optional.of("FPM"), NameForms.aliasAfter("Free Patriotic Movement", text,
                text.indexOf(", or FPM")));
        assertEquals(Optional.of("DU"), NameForms.aliasAfter("Democratic Union", text, text.indexOf(" (DU)")));
        assertTrue(NameForms.aliasAfter("Basra", text, text.indexOf(" (Iraq)")).isEmpty(),
                "a place in parentheses is no acronym");
    }

    @Test
    void whoBacksABodyIsNoPartOfItsName() {
        assertEquals("al-Nusra front", NameForms.withoutLeadingParticiple("al-Qaeda-linked al-Nusra front"));
        assertEquals("Kurdish rebels", NameForms.withoutLeadingParticiple("US-backed Kurdish rebels"));
        assertEquals("Hewlett-Packard", NameForms.withoutLeadingParticiple("Hewlett-Packard"));
    }

    @Test
    void acronymsAndInitials() {
        assertTrue(Names.isAcronym("U.N."));
        assertTrue(Names.isAcronym("YPG"));
        assertFalse(Names.isAcronym("Kerry"));
        assertEquals("UN", Names.initials("United Nations"));
        assertEquals("IS", Names.initials("Islamic State"));
        assertTrue(NameForms.isKindWord("Lake"));
        assertFalse(NameForms.isKindWord("Geneva"));
    }
}
