package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises lines that are page furniture rather than article prose: navigation and sharing
 * chrome, credit and copyright lines, separator lines, and lists of other headlines with dates.
 * The rules describe the shape of such lines; they hold no text of any particular site.
 */
final class Boilerplate {

    /** Words that page chrome is made of. A short line made mostly of these is not prose. */
    private static final Set<String> FURNITURE = Set.of(
            "advertisement", "advertisements", "advertising", "advert", "ad", "ads", "sponsored", "promoted",
            "share", "sharing", "email", "e-mail", "print", "tweet", "twitter", "facebook", "whatsapp",
            "linkedin", "pinterest", "reddit", "instagram", "youtube", "telegram", "comment", "comments",
            "subscribe", "subscription", "newsletter", "newsletters", "related", "more", "read", "reading",
            "news", "click", "tap", "here", "follow", "copyright", "rights", "reserved", "cookie", "cookies",
            "sign", "login", "log", "register", "menu", "skip", "content", "navigation", "home", "next",
            "previous", "back", "top", "page", "story", "stories", "article", "articles", "video", "videos",
            "photo", "photos", "gallery", "watch", "listen", "download", "app", "search", "trending",
            "popular", "latest", "recommended", "save", "bookmark", "continue", "view", "loading", "see",
            "also", "tags", "topics", "filed", "most");

    /** Words that neither make nor break a furniture line. */
    private static final Set<String> NEUTRAL = Set.of(
            "a", "an", "the", "to", "of", "on", "in", "for", "our", "us", "up", "this", "that", "and", "or",
            "with", "by", "at", "from", "me", "my", "your", "you", "it", "its", "all", "via", "now", "is", "be");

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
    private static final String DATE = "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?"
            + "(?:" + MONTH + "\\s+" + DAY + ",?\\s+\\d{4}|" + DAY + "\\s+" + MONTH + ",?\\s+\\d{4}"
            + "|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})"
            + "(?:,?\\s+\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?)?";
    private static final Pattern DATED_HEADLINE = Pattern.compile(
            "(?<title>\\P{L}*+\\p{L}.*?)\\s*(?:[-–—|•·/:]\\s*|\\(\\s*)" + DATE + "\\s*\\)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern DATE_ONLY = Pattern.compile(DATE, Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT = Pattern.compile(
            "\\(?\\s*(?:additional\\s+)?(?:reporting|writing|editing|compiled|translated)"
                    + "\\s+by\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "\\s*\\((?:additional\\s+)?(?:reporting|writing|editing)\\s+by\\b[^()]*\\)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PICTURE_CREDIT = Pattern.compile(
            "(?:file\\s+)?(?:photo|photograph|image|picture|pic|illustration|graphic|credit)s?(?:\\s+credit)?\\s*[:|/]\\s*\\S.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?:©|\\(c\\)\\s|copyright\\b).*|.*\\ball rights reserved\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile(
            "(?:By|BY)\\s+\\p{Lu}[\\p{L}.'’-]*(?:,?\\s+(?:\\p{Lu}[\\p{L}.'’-]*|and|in|&))*");
    private static final int MAX_BYLINE_WORDS = 10;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?][\"'”’)\\]]*");

    private Boilerplate() {
    }

    /** A line with no letter or digit, such as {@code -}, {@code •} or {@code * * *}. */
    static boolean isSeparator(String line) {
        return line.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** A short headline followed by a separator and a date, as in lists of other stories. */
    static boolean isDatedHeadline(String line) {
        if (line.length() > 300 || !endsNearADigit(line)) {
            return false;
        }
        var m = DATED_HEADLINE.matcher(line);
        if (!m.matches()) {
            return false;
        }
        String title = m.group("title").strip();
        return words(title).size() <= 25 && !title.endsWith(".");
    }

    /** Every date notation ends with a number, give or take a closing bracket or "p.m.". */
    private static boolean endsNearADigit(String line) {
        for (int i = line.length() - 1; i >= Math.max(0, line.length() - 8); i--) {
            if (Character.isDigit(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A line that is only a date, such as "Friday, August 26, 2016" or "2016-08-26". */
    static boolean isDate(String line) {
        return line.length() < 60 && DATE_ONLY.matcher(line).matches();
    }

    /**
     * Removes lists of dated headlines and all separator lines. A run of dated headlines (blank and
     * separator lines between them do not break it) goes when it has two or more headlines, or one
     * headline next to a separator line; a lone dated line inside prose stays.
     */
    static List<TextLine> dropDatedHeadlineLists(List<TextLine> lines) {
        List<TextLine> out = new ArrayList<>(lines);
        int i = 0;
        while (i < out.size()) {
            int end = i;
            int headlines = 0;
            int separators = 0;
            while (end < out.size()) {
                TextLine l = out.get(end);
                if (!l.blank() && isSeparator(l.text())) {
                    separators++;
                } else if (!l.blank() && isDatedHeadline(l.text())) {
                    headlines++;
                } else if (!l.blank()) {
                    break;
                }
                end++;
            }
            boolean list = headlines >= 2 || (headlines == 1 && separators > 0);
            for (int j = i; j < end; j++) {
                TextLine l = out.get(j);
                if (!l.blank() && (list || isSeparator(l.text()))) {
                    out.set(j, TextLine.BLANK);
                }
            }
            i = Math.max(end, i + 1);
        }
        return out;
    }

    /**
     * Page chrome: a line without sentence-final punctuation that is either at most six words, most
     * of them furniture words; at most twelve words, all furniture words; or a label of at most three
     * capitalised or furniture words ending in a colon ("Related:", "More :").
     */
    static boolean isFurniture(String line) {
        if (line.length() > 150 || SENTENCE_END.matcher(line).matches()) {
            return false;
        }
        List<String> words = words(line);
        List<String> content = words.stream()
                .filter(w -> !NEUTRAL.contains(lower(w)) && w.chars().anyMatch(Character::isLetter))
                .toList();
        long furniture = content.stream().filter(w -> FURNITURE.contains(lower(w))).count();
        if (line.endsWith(":") && words.size() <= 3 && words.stream().allMatch(Boilerplate::labelWord)) {
            return true;
        }
        if (furniture == 0) {
            return false;
        }
        return (words.size() <= 6 && furniture * 2 > content.size())
                || (words.size() <= 12 && furniture == content.size());
    }

    /**
     * Credit and copyright lines: "(Reporting by …)", "By Jane Doe and John Roe", "Photo: …",
     * "© 2020 …", "All rights reserved".
     */
    static boolean isCredit(String line) {
        if (line.length() > 400) {
            return false;
        }
        boolean bracketedOrUnfinished = line.startsWith("(") || !endsSentence(line);
        return (bracketedOrUnfinished && CREDIT.matcher(line).matches() && words(line).size() <= 40)
                || (BYLINE.matcher(line).matches() && words(line).size() <= MAX_BYLINE_WORDS)
                || (PICTURE_CREDIT.matcher(line).matches() && words(line).size() <= 25)
                || (COPYRIGHT.matcher(line).matches() && words(line).size() <= 40);
    }

    /** Removes a "(Reporting by …)" credit from the end of a paragraph. */
    static String stripTrailingCredit(String paragraph) {
        return TRAILING_CREDIT.matcher(paragraph).replaceFirst("");
    }

    static boolean endsSentence(String line) {
        return SENTENCE_END.matcher(line).matches();
    }

    /** The words of a line with surrounding punctuation removed; punctuation-only tokens are dropped. */
    static List<String> words(String line) {
        return Arrays.stream(WHITESPACE.split(line))
                .map(w -> EDGE_PUNCTUATION.matcher(w).replaceAll(""))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    private static boolean labelWord(String w) {
        String lw = lower(w);
        return Character.isUpperCase(w.codePointAt(0)) || NEUTRAL.contains(lw) || FURNITURE.contains(lw);
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
