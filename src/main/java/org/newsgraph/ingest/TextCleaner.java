package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the raw text of a news page into prose for NLP: one paragraph per run of real prose,
 * paragraphs separated by exactly one blank line, the headline split off as a title.
 *
 * <p>Steps, in order: tidy whitespace; drop separator lines and lists of dated headlines; join
 * hard-wrapped lines into paragraphs ({@link HardWrap}); mend sentences glued without a space;
 * collapse text printed twice; drop page furniture, credit and copyright lines; drop repeated
 * paragraphs; find the title.
 */
public final class TextCleaner {

    /**
     * The result of cleaning.
     *
     * @param title the headline, or {@code null} when the text does not start with one
     * @param text  the paragraphs, separated by {@code "\n\n"}; empty when nothing was left
     */
    public record Cleaned(String title, String text) {
    }

    private static final Pattern GLUED_SENTENCE = Pattern.compile(
            "(?<![\\p{L}\\p{N}.@/:_-])(\\p{Ll}{3,})\\.(\\p{Lu}\\p{Ll}+)(?![\\p{L}\\p{N}]|\\.\\p{L})");
    private static final Pattern OPEN_END = Pattern.compile("[,;:\\-–—]$");
    private static final Pattern SENTENCE_PERIOD = Pattern.compile("(?<![\\s.]\\p{L})\\.[\"'”’)]*$");
    /** Words a headline does not end on. */
    private static final Set<String> DANGLING = Set.of("a", "an", "the", "of", "and", "or", "but", "which");
    private static final int MAX_TITLE_WORDS = 20;
    private static final int MAX_TITLE_SCAN = 3;

    private TextCleaner() {
    }

    /**
     * Cleans text and detects its title: the first line that looks like a headline (3 to 20 words,
     * no final period, not page furniture, not a date) and is followed by more text. Only the first
     * three lines before the first sentence are candidates, so text that opens with prose has no
     * title; short lines above the title (a section label, a date) go with it.
     *
     * @param raw decoded text, any line ends
     * @return the title (or {@code null}) and the cleaned text
     */
    public static Cleaned clean(String raw) {
        List<String> paragraphs = paragraphs(raw);
        String title = null;
        for (int i = 0; i < Math.min(MAX_TITLE_SCAN, paragraphs.size() - 1); i++) {
            String p = paragraphs.get(i);
            if (endsWithPeriod(p) || Boilerplate.words(p).size() > MAX_TITLE_WORDS) {
                break;
            }
            if (looksLikeHeadline(p)) {
                title = p;
                paragraphs.subList(0, i + 1).clear();
                break;
            }
        }
        return new Cleaned(title, String.join("\n\n", paragraphs));
    }

    /**
     * Cleans text whose title is already known (from page metadata or a JSON field). No title is
     * detected; paragraphs that repeat the known title are dropped.
     *
     * @param raw        decoded text
     * @param knownTitle the title; when {@code null} or blank this is {@link #clean(String)}
     */
    public static Cleaned clean(String raw, String knownTitle) {
        if (knownTitle == null || knownTitle.isBlank()) {
            return clean(raw);
        }
        String title = TextLine.collapse(knownTitle);
        String titleKey = Repeats.key(title);
        List<String> paragraphs = paragraphs(raw);
        paragraphs.removeIf(p -> Repeats.key(p).equals(titleKey));
        return new Cleaned(title, String.join("\n\n", paragraphs));
    }

    private static List<String> paragraphs(String raw) {
        List<TextLine> lines = Boilerplate.dropDatedHeadlineLists(TextLine.split(Decoding.normalize(raw)));
        List<String> kept = new ArrayList<>();
        for (String p : HardWrap.paragraphs(lines)) {
            String tidy = Boilerplate.stripTrailingCredit(
                    Repeats.dropRepeatedSentences(Repeats.undouble(unglue(p))));
            if (!tidy.isEmpty() && !Boilerplate.isFurniture(tidy) && !Boilerplate.isCredit(tidy)) {
                kept.add(tidy);
            }
        }
        return new ArrayList<>(Repeats.dropDuplicates(kept));
    }

    /** "the end.Next" becomes "the end. Next"; abbreviations, decimals and domains are left alone. */
    static String unglue(String text) {
        return GLUED_SENTENCE.matcher(text).replaceAll("$1. $2");
    }

    private static boolean looksLikeHeadline(String p) {
        List<String> words = Boilerplate.words(p);
        return words.size() >= 3 && words.size() <= MAX_TITLE_WORDS
                && !OPEN_END.matcher(p).find()
                && !DANGLING.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))
                && !Character.isLowerCase(p.codePointAt(0))
                && !Boilerplate.isDatedHeadline(p)
                && !Boilerplate.isDate(p);
    }

    /** A sentence-final period; the dot of a closing abbreviation such as "U.S." does not count. */
    private static boolean endsWithPeriod(String p) {
        return SENTENCE_PERIOD.matcher(p).find();
    }
}
