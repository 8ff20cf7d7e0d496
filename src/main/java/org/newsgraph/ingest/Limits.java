package org.newsgraph.ingest;

/**
 * The size limit on article text and the byte bounds it implies. A character takes at most four
 * bytes in UTF-8 (and in UTF-16), so a text file over {@code 4 × maxChars} bytes cannot fit and is
 * refused without being read; HTML gets extra room for its markup.
 *
 * @param maxChars the largest article text accepted, in characters
 */
record Limits(int maxChars) {

    /** Room for markup, scripts and styles in an HTML page on top of its text. */
    static final long HTML_MARKUP_BYTES = 16L << 20;

    /** The reason given for an input whose text was all page furniture. */
    static final String NOTHING_LEFT = "no article text left after removing page furniture";

    Limits {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1, not " + maxChars);
        }
    }

    /** The most bytes a text (or a JSON line) of {@code maxChars} characters can take. */
    long maxTextBytes() {
        return 4L * maxChars;
    }

    long maxBytes(Format format) {
        return format == Format.HTML ? maxTextBytes() + HTML_MARKUP_BYTES : maxTextBytes();
    }

    String fileTooBig(long bytes) {
        return "file too big for --max-chars " + maxChars + " (" + bytes + " bytes)";
    }

    /** For a stream whose size was not known in advance. */
    String inputTooBig() {
        return "input too big for --max-chars " + maxChars + " (more than " + maxTextBytes() + " bytes)";
    }

    String lineTooLong() {
        return "line longer than " + maxTextBytes() + " bytes (4 × --max-chars); not parsed";
    }

    /** Why {@code text} is refused, or {@code null} when it is within the limit. */
    private String check(String text) {
        return text.length() > maxChars
                ? "text longer than --max-chars " + maxChars + " (" + text.length() + " characters)"
                : null;
    }

    /**
     * Why an article's text is refused (nothing left, too long, or, unless kept as is, not English), or
     * {@code null} when it is accepted.
     */
    String refusal(String text, boolean asIs) {
        if (text.isEmpty()) {
            return NOTHING_LEFT;
        }
        String tooLong = check(text);
        return tooLong != null || asIs ? tooLong : Languages.refusal(text);
    }
}
