package org.newsgraph.text;

/**
 * Text that every encoding can carry. A Java string may hold a lone surrogate (half of a pair), which no UTF-8
 * file can: a UTF-8 file read here never yields one, but a JSON escape such as <code>&#92;uD800</code> does.
 * Written as UTF-8, Java turns it into {@code ?} without a word, and so do TDB2 and Jena's writers, so a stored
 * text would no longer equal the text read and an IRI minted from it would collide with one minted from a real
 * {@code ?}.
 */
public final class Unicode {

    /** What stands for a character that cannot be represented, by Unicode's own convention. */
    public static final char REPLACEMENT = '\uFFFD';

    private Unicode() {
    }

    /**
     * The text with each lone surrogate replaced by U+FFFD (one {@code char} for one, so character offsets into
     * the text stay valid); the same string when it has none. {@code null} stays {@code null}.
     */
    public static String wellFormed(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (out != null) {
                    out.append(c).append(s.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                out.append(REPLACEMENT);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
