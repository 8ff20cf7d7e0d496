package org.newsgraph.canon;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountriesTest {

    private final Countries countries = Countries.get();

    @Test
    void officialAndShortNamesAndCodesAreOneCountry() {
        for (String name : new String[] {"Russia", "Russian Federation", "RUS", "the Russian Federation"}) {
            assertEquals("RU", countries.byName(name, false).orElseThrow().code(), name);
        }
        assertEquals("Russia", countries.byName("Russian Federation", false).orElseThrow().label());
    }

    @Test
    void dottedAndUndottedCodesNameTheCountryWhenNerSaysPlace() {
        for (String name : new String[] {"U.S.", "US", "USA", "United States"}) {
            assertEquals("United States", countries.byName(name, true).orElseThrow().label(), name);
        }
    }

    @Test
    void twoLetterCodesNeedNerToSayPlace() {
        assertTrue(countries.byName("IS", false).isEmpty(), "IS is an acronym far more often than Iceland");
        assertTrue(countries.byName("us", true).isEmpty(), "lower-case 'us' is a pronoun");
    }

    @Test
    void invertedIsoNamesAreReadBothWays() {
        assertEquals("KR", countries.byName("Republic of Korea", false).orElseThrow().code());
        assertEquals("KR", countries.byName("Korea, Republic of", false).orElseThrow().code());
    }

    @Test
    void demonymsNameTheirCountry() {
        assertEquals("TR", countries.byDemonym("Turkish").orElseThrow().code());
        assertEquals("RU", countries.byDemonym("Russians").orElseThrow().code());
        assertTrue(countries.byDemonym("turkish").isEmpty(), "a demonym is written with a capital");
        assertTrue(countries.byDemonym("Kurdish").isEmpty(), "no country of the Kurds");
    }

    @Test
    void dissolvedStatesAreCountriesWithTheirDemonymsButTakeNoneFromStatesOfToday() {
        assertEquals("Soviet Union", countries.byName("USSR", false).orElseThrow().label());
        assertEquals("Soviet Union", countries.byDemonym("Soviet").orElseThrow().label());
        assertEquals("East Germany", countries.byName("German Democratic Republic", false).orElseThrow().label());
        assertEquals("Yugoslavia", countries.byDemonym("Yugoslav").orElseThrow().label());
        assertEquals("CZ", countries.byDemonym("Czech").orElseThrow().code(), "not Czechoslovakia");
        assertEquals("DE", countries.byDemonym("German").orElseThrow().code());
    }

    @Test
    void aPlaceWhoseAdjectiveNamesACountryIsThatCountry() {
        assertEquals("US", countries.byName("America", true).orElseThrow().code(), "American");
        assertEquals("NL", countries.byName("Holland", true).orElseThrow().code(), "Dutch");
        assertEquals("GB", countries.byName("Great Britain", true).orElseThrow().code(), "British");
        assertTrue(countries.byName("Northern Ireland", true).isEmpty(), "Northern Irish names no country");
        assertTrue(countries.byName("North America", true).isEmpty());
    }

    @Test
    void capitalsNameTheirCountry() {
        assertEquals("JP", countries.byCapital("Tokyo").orElseThrow().code());
        assertEquals("US", countries.byCapital("Washington").orElseThrow().code());
        assertEquals("IR", countries.byCapital("tehran").orElseThrow().code(), "any case");
        assertTrue(countries.byCapital("Chicago").isEmpty());
    }

    @Test
    void aCompassWordBeforeAStatesNameIsThatStateUnlessTheListKnowsAStateOfThatName() {
        assertEquals("DE", countries.byName("West Germany", true).orElseThrow().code());
        assertEquals("East Germany", countries.byName("East Germany", true).orElseThrow().label());
        assertTrue(countries.byName("South America", true).isEmpty(), "America is no state's own name");
        assertTrue(countries.byName("West Africa", true).isEmpty());
    }
}
