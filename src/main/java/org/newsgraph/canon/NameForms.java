package org.newsgraph.canon;

import org.newsgraph.annotate.WireMarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a name as NER delimited it leaves out or takes in too much, read from the text around it: the kind word
 * that follows a place or body ("Euphrates River", "al-Nusra front"), the demonym before a body ("Russian
 * Defense Ministry"), and an acronym given beside it ("the People's Protection Units, or YPG", "Islamic State
 * (IS)").
 */
final class NameForms {

    /** Words that end the name of a natural place when they follow it. */
    private static final Set<String> PLACE_KINDS = Set.of("river", "lake", "sea", "ocean", "mountains",
            "mountain", "valley", "desert", "island", "islands", "bay", "gulf", "strait", "canal", "peninsula",
            "basin", "plateau", "dam");
    /** Words that end the name of a body when they follow it. */
    private static final Set<String> BODY_KINDS = Set.of("front", "party", "army", "brigade", "brigades",
            "movement", "council", "committee", "ministry", "union", "corps", "agency", "alliance", "coalition");
    private static final Pattern LEADING_PARTICIPLE = Pattern.compile(
            "\\S+-(?:linked|backed|led|allied|affiliated|supported|sponsored|aligned|controlled|run|owned|based)"
                    + "\\s+(\\S.*)");
    private static final Pattern NEXT_WORD = Pattern.compile("^ ([\\p{L}][\\p{L}-]*)");
    private static final Pattern PREVIOUS_WORD = Pattern.compile("([\\p{L}][\\p{L}-]*) $");
    private static final Pattern ALIAS_AFTER = Pattern.compile(
            "^\\s*(?:,\\s*(?:or|also known as|known as)\\s+(?:the\\s+)?([\\p{Lu}][\\p{L}.&'’-]*(?: [\\p{Lu}][\\p{L}.&'’-]*)*)"
                    + "|\\(\\s*(?:the\\s+)?([^()]{2,60}?)\\s*\\))");

    /** A wire's stock ticker in angle brackets: "Sonat Inc <SNT>", "Ford Motor Co <F>". */
    private static final Pattern TICKER_AFTER = Pattern.compile("^\\s*<(" + WireMarks.TICKER_SHAPE + ")>");
    /** The angle brackets a wire writes around a company's name or ticker, which NER may take in. */
    private static final Pattern TICKER_MARKS = Pattern.compile("^<+|>+$");

    private NameForms() {
    }

    /** The name with a following kind word taken in, when there is one. */
    static Optional<String> withKindAfter(String name, EntityType type, String text, int end) {
        Matcher m = NEXT_WORD.matcher(text.substring(end, Math.min(text.length(), end + 40)));
        if (!m.find()) {
            return Optional.empty();
        }
        String word = m.group(1).toLowerCase(Locale.ROOT);
        boolean fits = switch (type) {
            case LOCATION, CITY, STATE_OR_PROVINCE, COUNTRY -> PLACE_KINDS.contains(word);
            case ORGANIZATION -> BODY_KINDS.contains(word);
            default -> false;
        };
        return fits ? Optional.of(name + " " + m.group(1)) : Optional.empty();
    }

    /** The demonym right before a body's name ("Russian" before "Defense Ministry"), if there is one. */
    static Optional<String> demonymBefore(String text, int begin) {
        Matcher m = PREVIOUS_WORD.matcher(text.substring(Math.max(0, begin - 40), begin));
        if (m.find() && Countries.get().byDemonym(m.group(1)).isPresent()) {
            return Optional.of(m.group(1));
        }
        return Optional.empty();
    }

    /** An acronym or expansion given right after a name: ", or YPG", " (IS)", " (Islamic State)". */
    static Optional<String> aliasAfter(String name, String text, int end) {
        Matcher m = ALIAS_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 80)));
        if (!m.find()) {
            return Optional.empty();
        }
        String alias = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
        boolean nameIsAcronym = Names.isAcronym(name);
        boolean aliasIsAcronym = Names.isAcronym(alias);
        if (nameIsAcronym == aliasIsAcronym) {
            return Optional.empty();
        }
        String acronym = nameIsAcronym ? name : alias;
        String expansion = nameIsAcronym ? alias : name;
        if (capitalizedWords(expansion).size() < 2) {
            return Optional.empty();
        }
        return Optional.of(alias);
    }

    /**
     * The stock ticker written in angle brackets right after a name ("Kaneb Services Inc <KAB>"): Reuters marks
     * a listed company so, and the ticker is another name of that company.
     */
    static Optional<String> tickerAfter(String text, int end) {
        Matcher m = TICKER_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 16)));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * A name without the angle brackets of a wire's company mark ("<Nippon Life Insurance Co>" → "Nippon Life
     * Insurance Co"), which belong to the markup, never to a label.
     */
    static String withoutTickerMarks(String name) {
        return TICKER_MARKS.matcher(name).replaceAll("").strip();
    }

    /**
     * A name without a leading "X-linked", "X-backed", … which says who stands behind the body, not its name:
     * "al-Qaeda-linked al-Nusra front" → "al-Nusra front".
     */
    static String withoutLeadingParticiple(String name) {
        Matcher m = LEADING_PARTICIPLE.matcher(name);
        return m.matches() ? m.group(1) : name;
    }

    /** Whether a name is only a kind word ("Lake", "State"): NER's piece of a longer name, no name itself. */
    static boolean isKindWord(String name) {
        String w = name.strip().toLowerCase(Locale.ROOT);
        return PLACE_KINDS.contains(w) || BODY_KINDS.contains(w) || Set.of("state", "city", "town", "province",
                "republic", "kingdom", "government", "department").contains(w);
    }

    private static List<String> capitalizedWords(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                out.add(w);
            }
        }
        return out;
    }
}
