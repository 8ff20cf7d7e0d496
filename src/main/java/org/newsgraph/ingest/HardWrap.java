package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns lines into paragraphs. Text hard-wrapped at a fixed column (old newswire, e-mail) has its
 * lines joined back into paragraphs; any other text keeps one paragraph per line.
 *
 * <p>Text counts as hard-wrapped when (1) the usual line width {@code max} (95th percentile) is
 * between 30 and 100 columns, (2) at least half the lines are between {@code 0.75·max} and
 * {@code max} wide, and (3) at least a third of the line breaks inside blocks fall mid-sentence:
 * the next line starts in lower case, or the line ends in a comma, a function word ("the", "of",
 * "and", …) or a split word. Test (3) keeps lists of similar-length headlines apart.
 */
final class HardWrap {

    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "to", "in", "on", "at", "for",
            "from", "by", "with", "and", "or", "but", "that", "as", "is", "was", "were", "are", "be", "has", "have",
            "had", "its", "his", "her", "their", "who", "which", "into", "than", "not");

    private HardWrap() {
    }

    static List<String> paragraphs(List<TextLine> lines) {
        int max = wrapWidth(lines);
        List<String> out = new ArrayList<>();
        if (max == 0) {
            lines.stream().filter(l -> !l.blank()).forEach(l -> out.add(l.text()));
            return out;
        }
        StringBuilder current = new StringBuilder();
        TextLine previous = TextLine.BLANK;
        for (TextLine line : lines) {
            if (line.blank() || (!previous.blank() && startsParagraph(previous, line, max))) {
                flush(current, out);
            }
            if (!line.blank()) {
                append(current, line.text());
            }
            previous = line;
        }
        flush(current, out);
        return out;
    }

    /** The column the text is wrapped at, or 0 when it is not hard-wrapped. */
    static int wrapWidth(List<TextLine> lines) {
        int[] widths = lines.stream().filter(l -> !l.blank()).mapToInt(TextLine::width).sorted().toArray();
        if (widths.length < 3) {
            return 0;
        }
        int max = widths[(int) Math.ceil(widths.length * 0.95) - 1];
        if (max < 30 || max > 100) {
            return 0;
        }
        long inBand = java.util.Arrays.stream(widths).filter(w -> w >= 0.75 * max && w <= max).count();
        if (inBand * 2 < widths.length) {
            return 0;
        }
        int breaks = 0;
        int wraps = 0;
        for (int i = 1; i < lines.size(); i++) {
            TextLine a = lines.get(i - 1);
            TextLine b = lines.get(i);
            if (!a.blank() && !b.blank()) {
                breaks++;
                if (startsLowercase(b) || splitWord(a) || endsOpen(a)) {
                    wraps++;
                }
            }
        }
        return breaks >= 2 && wraps * 3 >= breaks ? max : 0;
    }

    /** Inside a block: an indented line, or a capitalised line after a line that ended early. */
    private static boolean startsParagraph(TextLine a, TextLine b, int max) {
        return b.indent() > a.indent()
                || (a.width() < 0.75 * max && !splitWord(a) && !startsLowercase(b));
    }

    private static void append(StringBuilder current, String text) {
        int n = current.length();
        if (n == 0) {
            current.append(text);
        } else if (n > 1 && current.charAt(n - 1) == '-' && Character.isLetter(current.charAt(n - 2))) {
            if (Character.isLowerCase(text.codePointAt(0))) {
                current.setLength(n - 1);
            }
            current.append(text);
        } else {
            current.append(' ').append(text);
        }
    }

    private static void flush(StringBuilder current, List<String> out) {
        if (current.length() > 0) {
            out.add(current.toString());
            current.setLength(0);
        }
    }

    private static boolean splitWord(TextLine line) {
        String t = line.text();
        int n = t.length();
        return n > 1 && t.charAt(n - 1) == '-' && Character.isLetter(t.charAt(n - 2));
    }

    private static boolean startsLowercase(TextLine line) {
        return Character.isLowerCase(line.text().codePointAt(0));
    }

    /** Ends where a sentence cannot: after a comma or semicolon, or after a function word. */
    private static boolean endsOpen(TextLine line) {
        String t = line.text();
        if (t.endsWith(",") || t.endsWith(";")) {
            return true;
        }
        String last = t.substring(t.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return FUNCTION_WORDS.contains(last);
    }
}
