package org.newsgraph.canon;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpellingsTest {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
            "Jarablus, Jarabulus",
            "Gaddafi, Qaddafi",
            "Muammar Gaddafi, Muammar Qaddafi",
            "Kadhafi, Gaddafi",
            "Mohammed Morsi, Muhammad Morsi",
            "Aleppo, Alepo",
    })
    void transliterationsAreVariants(String a, String b) {
        assertEquals(true, Spellings.variants(a, b));
        assertEquals(Spellings.sound(a), Spellings.sound(b), "variants share their sound, the index key");
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
            "Iran, Iraq",
            "Hamas, Hamad",
            "Austria, Australia",
            "John Kerry, John Kelly",
            "Obama, Osama",
            "Jarabulus, Jarabulus",
            "UN, UNHCR",
            "Muammar Gaddafi, Gaddafi",
            "Abu, Abi",
    })
    void differentNamesAndSameNamesAreNot(String a, String b) {
        assertEquals(false, Spellings.variants(a, b));
    }
}
