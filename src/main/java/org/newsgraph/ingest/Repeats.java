package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Removes text that a scrape printed twice: doubled lines, doubled sentences, repeated paragraphs. */
final class Repeats {

    /** Longest run of sentences looked for when searching for a repeated run. */
    private static final int MAX_RUN = 12;
    /** Shorter repeats can be deliberate ("No. No."), so they stay. */
    private static final int MIN_WORDS = 4;
    private static final int MIN_KEY_LENGTH = 20;
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?][\"'”’)]?) +");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Repeats() {
    }

    /** "X X" or "X.X." (the same text of two or more words twice, nothing else) becomes "X". */
    static String undouble(String line) {
        int n = line.length();
        if (n % 2 == 1 && line.charAt(n / 2) == ' ') {
            String half = line.substring(0, n / 2);
            if (half.equals(line.substring(n / 2 + 1)) && Boilerplate.words(half).size() >= 2) {
                return half;
            }
        }
        if (n % 2 == 0 && n > 0) {
            String half = line.substring(0, n / 2);
            if (half.equals(line.substring(n / 2)) && Boilerplate.endsSentence(half) && Boilerplate.words(half).size() >= 2) {
                return half;
            }
        }
        return line;
    }

    /** Removes a sentence, or run of sentences, that directly repeats the one before it. */
    static String dropRepeatedSentences(String paragraph) {
        List<String> parts = new ArrayList<>(Arrays.asList(SENTENCE_BREAK.split(paragraph)));
        if (parts.size() < 2) {
            return paragraph;
        }
        boolean changed = false;
        int i = 0;
        while (i < parts.size()) {
            int run = repeatedRunAt(parts, i);
            if (run > 0) {
                parts.subList(i + run, i + 2 * run).clear();
                changed = true;
            } else {
                i++;
            }
        }
        return changed ? String.join(" ", parts) : paragraph;
    }

    /** Keeps the first of paragraphs that are the same apart from case, spacing and punctuation. */
    static List<String> dropDuplicates(List<String> paragraphs) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            String key = key(p);
            if (key.length() < MIN_KEY_LENGTH || seen.add(key)) {
                out.add(p);
            }
        }
        return out;
    }

    /** What two paragraphs must share to count as the same text. */
    static String key(String text) {
        return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static int repeatedRunAt(List<String> parts, int i) {
        for (int run = Math.min(MAX_RUN, (parts.size() - i) / 2); run >= 1; run--) {
            List<String> first = parts.subList(i, i + run);
            if (first.equals(parts.subList(i + run, i + 2 * run)) && substantial(String.join(" ", first))) {
                return run;
            }
        }
        return 0;
    }

    private static boolean substantial(String text) {
        return Boilerplate.words(text).size() >= MIN_WORDS;
    }
}
