package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns lines into paragraphs. Text hard-wrapped at a fixed column (old newswire, e-mail) has its
 * lines joined back into paragraphs; any other text keeps one paragraph per line.
 *
 * <p>Text counts as hard-wrapped when its usual line width {@code max} (95th percentile) is
 * between 30 and 100 columns and its line breaks fall mid-sentence: the next line starts in lower
 * case; the line ends in a comma, a function word ("the", "of", "and", …) or a split word; or
 * the line is long, the next word would not have fitted on it, and the sentence goes on to end
 * further down the block. Half the breaks inside blocks must look like that, or a third when at
 * least half the lines are between {@code 0.75·max} and {@code max} wide (as in text wrapped in
 * capitals). Lists of similar-length headlines have no such breaks and stay apart.
 *
 * <p>Within a wrapped block, a short line followed by a capitalised one, or an indented line,
 * starts a new paragraph, and the top line of the text stays on its own unless the break after it
 * is clearly mid-sentence. A word split by a hyphen at the end of a line is joined without the
 * hyphen when the next line starts in lower case, unless it is plainly a compound: one of its parts
 * holds another hyphen ("three-for-two"), the first part ends in a digit ("20-year"), or the text
 * uses the hyphenated form elsewhere.
 */
final class HardWrap {

    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "to", "in", "on", "at", "for",
            "from", "by", "with", "and", "or", "but", "that", "as", "is", "was", "were", "are", "be", "has", "have",
            "had", "its", "his", "her", "their", "who", "which", "into", "than", "not", "vs");
    private static final double LONG_LINE = 0.75;
    private static final Pattern EDGE_NON_LETTERS = Pattern.compile("^\\P{L}+|\\P{L}+$");

    private HardWrap() {
    }

    static List<String> paragraphs(List<TextLine> lines) {
        List<List<TextLine>> blocks = blocks(lines);
        int max = wrapWidth(blocks);
        List<String> out = new ArrayList<>();
        if (max == 0) {
            blocks.forEach(block -> block.forEach(line -> out.add(line.text())));
            return out;
        }
        Set<String> vocabulary = vocabulary(blocks);
        for (List<TextLine> block : blocks) {
            StringBuilder current = new StringBuilder(block.get(0).text());
            for (int i = 1; i < block.size(); i++) {
                TextLine a = block.get(i - 1);
                TextLine b = block.get(i);
                boolean topLine = block == blocks.get(0) && i == 1;
                if (startsParagraph(a, b, max) || (topLine && !clearlyMidSentence(a, b))) {
                    out.add(current.toString());
                    current.setLength(0);
                    current.append(b.text());
                } else {
                    append(current, a, b, vocabulary);
                }
            }
            out.add(current.toString());
        }
        return out;
    }

    /** The column the text is wrapped at, or 0 when it is not hard-wrapped. */
    static int wrapWidth(List<List<TextLine>> blocks) {
        int[] widths = blocks.stream().flatMap(List::stream).mapToInt(TextLine::width).sorted().toArray();
        if (widths.length < 2) {
            return 0;
        }
        int max = widths[(int) Math.ceil(widths.length * 0.95) - 1];
        if (max < 30 || max > 100) {
            return 0;
        }
        long inBand = Arrays.stream(widths).filter(w -> w >= LONG_LINE * max && w <= max).count();
        int breaks = 0;
        int wraps = 0;
        for (List<TextLine> block : blocks) {
            boolean endsSentence = Boilerplate.endsSentence(block.get(block.size() - 1).text());
            for (int i = 1; i < block.size(); i++) {
                boolean topLine = block == blocks.get(0) && i == 1;
                breaks++;
                wraps += midSentence(block.get(i - 1), block.get(i), max, endsSentence && !topLine) ? 1 : 0;
            }
        }
        boolean wrapped = breaks > 0 && (wraps * 2 >= breaks || (inBand * 2 >= widths.length && wraps * 3 >= breaks));
        return wrapped ? max : 0;
    }

    /**
     * Whether the break after {@code a} falls inside a sentence. A long line whose next word would
     * not have fitted counts only when {@code sentenceGoesOn} (the block ends a sentence further
     * down) and is not the top line of the text, where a headline usually stands.
     */
    private static boolean midSentence(TextLine a, TextLine b, int max, boolean sentenceGoesOn) {
        boolean overflow = a.width() >= LONG_LINE * max && a.width() + 1 + firstWord(b).length() > max;
        return clearlyMidSentence(a, b) || (overflow && sentenceGoesOn && !Boilerplate.endsSentence(a.text()));
    }

    private static boolean clearlyMidSentence(TextLine a, TextLine b) {
        return startsLowercase(b) || splitWord(a) || endsOpen(a);
    }

    /** Inside a block: an indented line, or a capitalised line after a line that ended early. */
    private static boolean startsParagraph(TextLine a, TextLine b, int max) {
        return b.indent() > a.indent()
                || (a.width() < LONG_LINE * max && !splitWord(a) && !startsLowercase(b));
    }

    private static void append(StringBuilder current, TextLine a, TextLine b, Set<String> vocabulary) {
        if (!splitWord(a)) {
            current.append(' ').append(b.text());
            return;
        }
        String head = lastWord(a);
        String tail = firstWord(b);
        boolean compound = head.indexOf('-') < head.length() - 1 || tail.contains("-")
                || Character.isDigit(head.charAt(Math.max(0, head.length() - 2)))
                || vocabulary.contains(bare((head + tail).toLowerCase(Locale.ROOT)));
        if (startsLowercase(b) && !compound) {
            current.setLength(current.length() - 1);
        }
        current.append(b.text());
    }

    private static List<List<TextLine>> blocks(List<TextLine> lines) {
        List<List<TextLine>> blocks = new ArrayList<>();
        List<TextLine> block = new ArrayList<>();
        for (TextLine line : lines) {
            if (line.blank()) {
                if (!block.isEmpty()) {
                    blocks.add(block);
                    block = new ArrayList<>();
                }
            } else {
                block.add(line);
            }
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        return blocks;
    }

    /** Lower-cased words of the text, for telling "well-known" from "inter-national". */
    private static Set<String> vocabulary(List<List<TextLine>> blocks) {
        Set<String> words = new HashSet<>();
        blocks.forEach(block -> block.forEach(line -> {
            for (String w : line.text().split(" ")) {
                words.add(bare(w.toLowerCase(Locale.ROOT)));
            }
        }));
        return words;
    }

    private static String bare(String word) {
        return EDGE_NON_LETTERS.matcher(word).replaceAll("");
    }

    private static boolean splitWord(TextLine line) {
        String t = line.text();
        int n = t.length();
        return n > 1 && t.charAt(n - 1) == '-' && Character.isLetterOrDigit(t.charAt(n - 2));
    }

    private static boolean startsLowercase(TextLine line) {
        return Character.isLowerCase(line.text().codePointAt(0));
    }

    /** Ends where a sentence cannot: after a comma or semicolon, or after a function word. */
    private static boolean endsOpen(TextLine line) {
        String t = line.text();
        return t.endsWith(",") || t.endsWith(";") || FUNCTION_WORDS.contains(lastWord(line).toLowerCase(Locale.ROOT));
    }

    private static String firstWord(TextLine line) {
        int space = line.text().indexOf(' ');
        return space < 0 ? line.text() : line.text().substring(0, space);
    }

    private static String lastWord(TextLine line) {
        return line.text().substring(line.text().lastIndexOf(' ') + 1);
    }
}
