package org.newsgraph.canon;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normal forms of names, so that spellings that differ only in case, accents, dots, possessives or a leading
 * article meet: "the U.N." and "UN", "Erdoğan" and "Erdogan", "Kerry's" and "Kerry", "Standard & Poor" and
 * "Standard and Poor".
 */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CORPORATE_SUFFIX = Pattern.compile(
            "(?i)[,\\s]+(inc|corp|co|ltd|llc|plc|lp|l\\.p|corporation|incorporated|limited)\\.?$");
    private static final Pattern ARABIC_ARTICLE = Pattern.compile("^(al|el|ad|as|ash|at|az|an|ar|ul)-");

    private Names() {
    }

    /**
     * The comparison key of a name: lower case, no accents, no dots, no leading "the", single spaces, "and" for a
     * free-standing "&".
     */
    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('’', '\'').replace('‘', '\'').replace('–', '-').replace('—', '-');
        s = s.toLowerCase(Locale.ROOT).replace(".", "");
        s = SPACES.matcher(s).replaceAll(" ").strip().replace(" & ", " and "); // "Standard & Poor's", not "AT&T"
        s = POSSESSIVE.matcher(s).replaceAll("").strip();
        if (s.startsWith("the ") && s.length() > 4) {
            s = s.substring(4);
        }
        return s;
    }

    /** Whether a name is written as an acronym: capitals (dots and ampersands allowed), 2 to 8 letters. */
    public static boolean isAcronym(String name) {
        String letters = acronymLetters(name);
        return letters.length() >= 2 && letters.length() <= 8 && letters.chars().allMatch(Character::isUpperCase);
    }

    /** The letters an acronym spells, without its dots and ampersands ("U.N." → "UN"). */
    public static String acronymLetters(String acronym) {
        return acronym.replaceAll("[.&]", "");
    }

    /** The initials of a name's capitalized words ("United Nations" → "UN"). */
    public static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    /** A word of a key without an Arabic article before its hyphen ("al-assad" → "assad"). */
    public static String withoutArabicArticle(String word) {
        return ARABIC_ARTICLE.matcher(word).replaceFirst("");
    }

    /**
     * A company's name without its legal form ("Home Depot Inc." → "Home Depot", "Lennar Corp." → "Lennar"); the
     * name itself when it has none or is nothing else.
     */
    public static String withoutCorporateSuffix(String name) {
        String s = name.strip();
        for (int i = 0; i < 2; i++) {
            s = CORPORATE_SUFFIX.matcher(s).replaceFirst("");
        }
        return s.isBlank() ? name : s;
    }

    /** The words of a name's key ("U.S. Secretary" → "us", "secretary"); none for an empty name. */
    public static String[] words(String name) {
        String k = key(name);
        return k.isEmpty() ? new String[0] : k.split(" ");
    }
}
