package org.newsgraph.canon;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The shorter names a news article writes, once it has named an actor in full, for that actor: the surname
 * alone for a person ("Palle Simonsen" … "Simonsen said"), however NER typed the surname and however the
 * article transliterated it the second time ("Mohammed Hamza al-Zubeidi" … "Al-Zubedei"), and the head word
 * alone for a body ("the Commission" after "the European Commission", "Reuters" after "Thomson Reuters"), the
 * first words for a company ("Nippon Life" after "Nippon Life Insurance Co").
 * Only within one article, only after the full name, and only when the short name fits one full name and no
 * other name of the article holds its word: with two Kanebs, or a Ford beside a Gerald Ford, nothing is joined.
 */
final class ShortNames {

    /**
     * One key of an article's names, as these rules read it.
     *
     * @param form  the key's first written form
     * @param type  the type most of its mentions have
     * @param first the index of its first mention
     * @param place whether it is a place (a country, city, region): a place's name is no short name of a person
     */
    record Named(String key, String form, EntityType type, int first, boolean place) {
        String[] words() {
            return Names.words(key);
        }
    }

    private ShortNames() {
    }

    /**
     * A person's name that is the end of exactly one longer person's name of the article ("Kerry", "John
     * Kerry"; "Assad", "Bashar al-Assad") joins it, wherever in the article either is written.
     */
    static void joinPersonTails(List<Named> names, KeyGroups keys) {
        List<Named> persons = names.stream().filter(n -> n.type() == EntityType.PERSON).toList();
        for (Named shorter : persons) {
            List<String> longer = persons.stream()
                    .filter(other -> NameMerging.endsWith(other.words(), shorter.words()))
                    .map(other -> keys.root(other.key()))
                    .distinct()
                    .toList();
            if (longer.size() == 1) {
                keys.join(longer.get(0), shorter.key());
            }
        }
    }

    /**
     * A one-word name that, as written or as a spelling variant ({@link Spellings}), is the surname of one person
     * named in full before it joins that person, whatever type NER gave it; a place's name never does, nor a
     * word some other name of the article also holds.
     *
     * @return the keys of the short names joined, which name a person whatever NER said
     */
    static Set<String> joinSurnames(List<Named> names, KeyGroups keys) {
        Set<String> joined = new HashSet<>();
        for (Named s : names) {
            if (s.words().length != 1 || s.place() || Names.isAcronym(s.form())) {
                continue;
            }
            String word = Names.withoutArabicArticle(s.words()[0]);
            List<Named> full = names.stream()
                    .filter(p -> p.type() == EntityType.PERSON && p.words().length >= 2 && p.first() < s.first())
                    .filter(p -> sameSurname(word, Names.withoutArabicArticle(last(p.words()))))
                    .toList();
            if (full.stream().map(p -> keys.root(p.key())).distinct().count() != 1) {
                continue;
            }
            boolean elsewhere = names.stream().filter(o -> o != s && !full.contains(o))
                    .anyMatch(o -> Arrays.stream(o.words()).map(Names::withoutArabicArticle)
                            .anyMatch(word::equals));
            if (!elsewhere) {
                keys.join(full.get(0).key(), s.key());
                joined.add(s.key());
            }
        }
        return joined;
    }

    /**
     * A body's one-word name that is the last word of exactly one longer body name written before it ("the
     * Commission" after "the EC Commission") joins that body.
     */
    static void joinHeads(List<Named> names, KeyGroups keys) {
        for (Named h : names) {
            if (h.words().length != 1 || h.type() != EntityType.ORGANIZATION || Names.isAcronym(h.form())) {
                continue;
            }
            List<String> longer = names.stream()
                    .filter(b -> b.type() == EntityType.ORGANIZATION && b.words().length >= 2)
                    .filter(b -> b.first() < h.first() && last(b.words()).equals(h.words()[0]))
                    .map(b -> keys.root(b.key()))
                    .distinct()
                    .toList();
            if (longer.size() == 1) {
                keys.join(longer.get(0), h.key());
            }
        }
    }

    /**
     * A name that is the leading words of exactly one company's name written before it, the company named with
     * its designator ("Nippon Life" after "Nippon Life Insurance Co", "Jim Walter" after "Jim Walter Corp"), joins
     * that company, whatever type NER gave it: a company is written short by its first words, a body by its head
     * word ({@link #joinHeads}). A place's name never joins, nor a name that leads two companies' names, nor one
     * whose first word another name of the article holds ("Ford" beside "Gerald Ford" and "Ford Motor Co").
     */
    static void joinCompanyLeads(List<Named> names, KeyGroups keys) {
        for (Named s : names) {
            if (s.place() || s.words().length == 0 || Names.isAcronym(s.form())) {
                continue;
            }
            List<String> longer = names.stream()
                    .filter(c -> c.type() == EntityType.ORGANIZATION && c.first() < s.first())
                    .filter(c -> !Names.withoutCorporateSuffix(c.form()).equals(c.form()))
                    .filter(c -> c.words().length > s.words().length && leads(s.words(), c.words()))
                    .map(c -> keys.root(c.key()))
                    .distinct()
                    .toList();
            if (longer.size() != 1) {
                continue;
            }
            String company = longer.get(0);
            String first = s.words()[0];
            boolean elsewhere = names.stream()
                    .filter(o -> o != s && !keys.root(o.key()).equals(company))
                    .anyMatch(o -> Arrays.asList(o.words()).contains(first));
            if (!elsewhere) {
                keys.join(company, s.key());
            }
        }
    }

    private static boolean leads(String[] lead, String[] words) {
        return Arrays.equals(lead, Arrays.copyOf(words, lead.length));
    }

    private static boolean sameSurname(String shortWord, String surname) {
        return shortWord.equals(surname) || Spellings.variants(shortWord, surname);
    }

    private static String last(String[] words) {
        return words[words.length - 1];
    }
}
