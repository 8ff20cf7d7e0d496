package org.newsgraph.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;

/** Turns the date notations found in page metadata and JSON into ISO-8601 text. */
final class Dates {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ISO_DATE_TIME,
            pattern("uuuu-MM-dd[['T'][' ']HH:mm[:ss][.SSS][XX][XXX]]"),
            DateTimeFormatter.RFC_1123_DATE_TIME,
            pattern("[EEEE, ][EEE, ]MMMM d[,] uuuu"),
            pattern("[EEEE, ][EEE, ]MMM[.] d[,] uuuu"),
            pattern("[EEEE, ][EEE, ]d MMMM[,] uuuu"),
            pattern("[EEEE, ][EEE, ]d MMM[.][,] uuuu"),
            pattern("uuuu/MM/dd"));

    private Dates() {
    }

    /**
     * @return {@code 2016-08-26}, {@code 2016-08-26T10:00}, {@code 2016-08-26T10:00+02:00} and the like,
     *         or {@code null} when {@code raw} is blank or not a date this class knows
     */
    static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip().replaceAll("\\s+", " ");
        for (DateTimeFormatter f : FORMATS) {
            try {
                TemporalAccessor t = f.parseBest(s, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
                return t.toString();
            } catch (DateTimeParseException | IllegalArgumentException notThisFormat) {
                // try the next notation
            }
        }
        return null;
    }

    private static DateTimeFormatter pattern(String p) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.ENGLISH);
    }
}
