package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of raw text with its whitespace tidied: {@code text} has no leading or trailing
 * spaces and no runs of spaces; {@code indent} remembers how far the line was indented.
 */
record TextLine(String text, int indent) {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u2060\\uFEFF\\u00AD]");

    static final TextLine BLANK = new TextLine("", 0);

    boolean blank() {
        return text.isEmpty();
    }

    /** Width of the line as it was laid out, which is what a hard wrap limits. */
    int width() {
        return indent + text.length();
    }

    /** Splits decoded text into tidied lines. */
    static List<TextLine> split(String decoded) {
        List<TextLine> lines = new ArrayList<>();
        for (String raw : decoded.split("\n", -1)) {
            lines.add(of(raw));
        }
        return lines;
    }

    static TextLine of(String raw) {
        String visible = hasInvisible(raw) ? INVISIBLE.matcher(raw).replaceAll("") : raw;
        return new TextLine(collapse(visible), leadingWidth(visible));
    }

    /** Collapses every run of whitespace (including non-breaking spaces) to one space and trims. */
    static String collapse(String s) {
        return isTidy(s) ? s : SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** No whitespace but single spaces between words: the common case, checked without a regex. */
    private static boolean isTidy(String s) {
        int n = s.length();
        if (n > 0 && (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ')) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if ((c == ' ' && i > 0 && s.charAt(i - 1) == ' ') || (c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasInvisible(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') {
                return true;
            }
        }
        return false;
    }

    private static int leadingWidth(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\u00A0') {
                width++;
            } else if (c == '\t') {
                width += 4;
            } else {
                break;
            }
        }
        return width;
    }
}
