package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2016-08-26                    | 2016-08-26",
            "2016-08-26T10:15:30Z          | 2016-08-26T10:15:30Z",
            "2016-08-26T10:15:30+02:00     | 2016-08-26T10:15:30+02:00",
            "2016-08-26T10:15:30.000+0200  | 2016-08-26T10:15:30+02:00",
            "2016-08-26 10:15              | 2016-08-26T10:15",
            "2016-08-26T10:15:30           | 2016-08-26T10:15:30",
            "Fri, 26 Aug 2016 10:15:30 GMT | 2016-08-26T10:15:30Z",
            "August 26, 2016               | 2016-08-26",
            "Aug. 26, 2016                 | 2016-08-26",
            "Friday, August 26, 2016       | 2016-08-26",
            "26 August 2016                | 2016-08-26",
            "2016/08/26                    | 2016-08-26"})
    void normalisesCommonNotationsToIso(String raw, String iso) {
        assertEquals(iso, Dates.normalize(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "yesterday", "26/08/2016", "2016-13-45"})
    void givesNullForWhatItCannotRead(String raw) {
        assertNull(Dates.normalize(raw));
    }
}
