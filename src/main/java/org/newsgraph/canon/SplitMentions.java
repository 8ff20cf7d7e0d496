package org.newsgraph.canon;

import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names whose bounds NER drew wrong, drawn again from the text around them. One name cut into two mentions is
 * put back together:
 * <ul>
 * <li>a name that gives its own acronym in parentheses inside it ("European Community (EC) Commission",
 * "Organisation of African Unity (OAU) summit"), which NER cuts at the parenthesis into "European Community"
 * and "EC) Commission"; the acronym must spell the initials of the first part;</li>
 * <li>a state's formal name, "Kingdom of", "Republic of", … before a country's name ("the Kingdom of Denmark",
 * "the Republic of Korea"), which NER leaves as a place "Kingdom of" beside the country.</li>
 * <li>a compass word NER left out before a country's name, where the two make a country's name: "West Germany"
 * (NER may tag "Germany" alone);</li>
 * <li>and the other way round, a body's name that took in the first word of the title after it ("Economics
 * Ministry State Secretary Otto Schlecht", "Interior Ministry Deputy Minister"): the word belongs to the title,
 * and is cut from the name.</li>
 * </ul>
 * The joined mention keeps the index of the second piece. What an acronym stands for stays a name of its own
 * as well ("European Community", whose acronym "EC" the text goes on to use); a state's formal form does not.
 */
final class SplitMentions {

    private static final Pattern ACRONYM_THEN_REST = Pattern.compile("([A-Z][A-Z.&]{1,9})\\) (\\S.*)");
    private static final Pattern ACRONYM_INSIDE = Pattern.compile("(.+?) \\(([A-Z][A-Z.&]{1,9})\\) (\\S.*)");
    private static final Pattern STATE_FORM = Pattern.compile(
            "(?i)(?:the )?(?:kingdom|republic|principality|grand duchy|sultanate|emirate|commonwealth|"
                    + "federal republic|people's republic|islamic republic|democratic republic) of");

    private static final Pattern COMPASS_BEFORE = Pattern.compile("(" + Countries.COMPASS + ") $");

    /** Words that begin a title of office ("State Secretary", "Deputy Minister", "Under Secretary"). */
    private static final Pattern TITLE_START = Pattern.compile(" (State|Deputy|Vice|Under|Assistant|Junior)$");

    private SplitMentions() {
    }

    /** The mentions with each name NER cut in two made one mention again. */
    static List<Mention> joined(List<Mention> mentions, String text) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = withCompassWord(mentions.get(i), text);
            Mention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            boolean acronym = next != null && acronymInside(m, next, text);
            if (acronym) {
                // what the acronym stands for is a name of its own too: "European Community" of the Commission
                out.add(m);
            }
            if (acronym || next != null && stateForm(m, next, text)) {
                Span span = new Span(m.span().begin(), next.span().end());
                out.add(new Mention(next.index(), next.sentence(), span,
                        text.substring(span.begin(), span.end()), next.nerType(), next.corefChain()));
                i++;
            } else {
                out.add(next != null ? withoutTitleStart(m, next, text) : m);
            }
        }
        return out;
    }

    /**
     * The name without the acronym it gives inside itself, written with the acronym instead of what it stands
     * for ("European Community (EC) Commission" → "EC Commission"), if it gives one.
     */
    static Optional<String> withAcronymInside(String name) {
        Matcher m = ACRONYM_INSIDE.matcher(name);
        if (m.matches() && Names.initials(m.group(1)).equals(Names.acronymLetters(m.group(2)))) {
            return Optional.of(m.group(2) + " " + m.group(3));
        }
        return Optional.empty();
    }

    /** A state's name without its formal form: "Kingdom of Denmark" → "Denmark"; the name itself otherwise. */
    static String withoutStateForm(String name) {
        Matcher m = STATE_FORM.matcher(name);
        return m.lookingAt() && m.end() < name.length() ? name.substring(m.end()).strip() : name;
    }

    /** The country's name with the compass word before it when the two name a country ("West Germany"). */
    private static Mention withCompassWord(Mention m, String text) {
        int from = Math.max(0, m.span().begin() - 6);
        Matcher c = COMPASS_BEFORE.matcher(text.substring(from, m.span().begin()));
        if (!"COUNTRY".equals(m.nerType()) || !c.find()) {
            return m;
        }
        String joined = c.group(1) + " " + m.text();
        if (Countries.get().byName(joined, true).isEmpty()) {
            return m;
        }
        Span span = new Span(from + c.start(), m.span().end());
        return new Mention(m.index(), m.sentence(), span, joined, m.nerType(), m.corefChain());
    }

    /** The body's name without the first word of the title that follows it, when it took one in. */
    private static Mention withoutTitleStart(Mention m, Mention next, String text) {
        Matcher t = TITLE_START.matcher(m.text());
        // the word before must be a name's own ("Economics Ministry State"): "Ministry of State" ends in it
        if (!m.nerType().equals("ORGANIZATION") || !next.nerType().equals("TITLE") || !t.find()
                || !between(m, next, text).equals(" ") || Names.words(m.text()).length < 3
                || !Character.isUpperCase(lastWord(m.text().substring(0, t.start())).charAt(0))) {
            return m;
        }
        Span span = new Span(m.span().begin(), m.span().begin() + t.start());
        return new Mention(m.index(), m.sentence(), span, m.text().substring(0, t.start()), m.nerType(),
                m.corefChain());
    }

    private static String lastWord(String name) {
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1];
    }

    private static boolean acronymInside(Mention m, Mention next, String text) {
        if (!between(m, next, text).equals(" (")) {
            return false;
        }
        Matcher a = ACRONYM_THEN_REST.matcher(next.text());
        return a.matches() && Names.initials(m.text()).equals(Names.acronymLetters(a.group(1)));
    }

    private static boolean stateForm(Mention m, Mention next, String text) {
        return between(m, next, text).equals(" ") && STATE_FORM.matcher(m.text().strip()).matches()
                && Countries.get().byName(next.text().strip(), true).isPresent();
    }

    private static String between(Mention m, Mention next, String text) {
        return m.span().end() <= next.span().begin() ? text.substring(m.span().end(), next.span().begin()) : "";
    }
}
