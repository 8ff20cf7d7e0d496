package org.newsgraph.canon;

import org.newsgraph.extract.Argument;
import org.newsgraph.extract.Mention;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a fact's arguments stand for in one article's graph: one of its entities, or a concept labelled with the
 * phrase, or nothing the graph can hold (an unresolved pronoun, a function word, a time).
 *
 * <p>A demonym ties a concept to its country ("Turkish military"), and a concept is about the entities its whole
 * phrase names. Pronouns resolve through coreference only when their chain reaches exactly one entity, and so do
 * definite descriptions such as "the company" ({@link Descriptions}).
 */
final class Concepts {

    /** Words that name nothing by themselves, so never a concept: pronouns, determiners, complementizers. */
    private static final Set<String> FUNCTION_WORDS = Set.of("i", "me", "you", "he", "him", "she", "her", "it",
            "we", "us", "they", "them", "this", "that", "these", "those", "who", "whom", "which", "what", "whose",
            "one", "ones", "some", "any", "all", "both", "each", "either", "neither", "none", "such", "there",
            "here", "himself", "herself", "itself", "themselves", "ourselves", "yourself", "myself", "other",
            "others", "another", "same", "the same");

    private final List<Mention> mentions;
    private final Map<Integer, String> entityOfMention;
    private final Map<Integer, Set<String>> entitiesOfChain;
    private final Map<String, String> entityOfName = new HashMap<>();
    private final Map<String, Entity> entities = new HashMap<>();

    /** The concepts of an article whose mentions are merged into these entities. */
    Concepts(List<Mention> mentions, NameMerging.Merged merged) {
        this.mentions = mentions;
        this.entityOfMention = merged.entityOfMention();
        this.entitiesOfChain = merged.entitiesOfChain();
        for (Entity e : merged.entities()) {
            entities.put(e.key(), e);
            entityOfName.putIfAbsent(Names.key(e.label()), e.key());
            e.forms().forEach(form -> entityOfName.putIfAbsent(Names.key(form), e.key()));
        }
    }

    /** The entity or concept an argument stands for, if the graph can hold it. */
    Optional<Ref> ref(Argument a) {
        switch (a.kind()) {
            case NAME, PHRASE -> {
                String key = a.kind() == Argument.Kind.NAME ? entityOfMention.get(a.mention()) : null;
                if (key == null) {
                    // "the YPG" where NER missed the name: a phrase that is exactly one of the article's names
                    key = entityOfName.get(Names.key(a.label()));
                }
                if (key == null && a.kind() == Argument.Kind.PHRASE) {
                    key = Descriptions.entity(a, entitiesOfChain.getOrDefault(a.corefChain(), Set.of()), entities)
                            .orElse(null);
                }
                if (key != null) {
                    return Optional.of(new Ref.EntityRef(key));
                }
                return concept(a);
            }
            case PRONOUN -> {
                Set<String> candidates = entitiesOfChain.getOrDefault(a.corefChain(), Set.of());
                return candidates.size() == 1
                        ? Optional.of(new Ref.EntityRef(candidates.iterator().next()))
                        : Optional.empty();
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /**
     * What a fact's subject or object stands for ({@link #ref}), with a pronoun in a speaker's own reported clause
     * read as the speaker: "Standard and Poor's said it had downgraded
     * Denmark", "Brazil said it would pay", "Kiechle indicated he would veto", "Kaneb said the jury ruled in its
     * favor" — "it" (subject) or "its" (possessor) for a speaker that is no person, "he", "she" or "his" for one
     * that is. A subject is the speaker unless coreference chose an entity the sentence itself names; a possessor
     * only where coreference found nothing ("the route was abandoned by the airline", "sold it lubricant": an object
     * "it" is as often something else). Never for a copula, whose "it" is as often the empty subject of "it was
     * likely that".
     *
     * @param sentence the index of the fact's sentence
     * @param subject  whether the pronoun is the fact's subject
     */
    Optional<Ref> argumentRef(Argument pronoun, String relationLemma, Optional<Ref> speaker, int sentence,
                                  boolean subject) {
        Optional<Ref> coref = ref(pronoun);
        if (pronoun.kind() != Argument.Kind.PRONOUN || copular(relationLemma) || speaker.isEmpty()
                || !(speaker.get() instanceof Ref.EntityRef e) || !entities.containsKey(e.key())
                || coref.isPresent() && (!subject || namedIn(sentence, coref.get()))) {
            return coref;
        }
        String word = pronoun.text().strip().toLowerCase(java.util.Locale.ROOT);
        boolean person = entities.get(e.key()).type() == EntityType.PERSON;
        boolean fits = subject ? (person ? word.equals("he") || word.equals("she") : word.equals("it"))
                : word.equals(person ? "his" : "its");
        return fits ? speaker : coref;
    }

    /** A copula's relation ("be", "be in"), not a passive or a state with an infinitive ("be expected to rise"). */
    static boolean copular(String lemma) {
        return lemma.equals("be") || lemma.startsWith("be ") && !lemma.matches("be \\S+ to \\S.*");
    }

    private boolean namedIn(int sentence, Ref ref) {
        return mentions.stream().anyMatch(m -> m.sentence() == sentence
                && ref.key().equals(entityOfMention.get(m.index())));
    }

    private Optional<Ref> concept(Argument a) {
        String label = properAdjectivesRestored(a.label().replaceAll("^[^\\p{L}\\p{N}]+", "").strip(), a.text());
        String key = Names.key(label);
        if (key.isEmpty() || !key.chars().anyMatch(Character::isLetter) || FUNCTION_WORDS.contains(key)
                || FactFilter.timeOrDirection(key)) {
            return Optional.empty();
        }
        Set<String> countries = new TreeSet<>();
        for (String word : a.text().split("[\\s-]+")) {
            Countries.get().byDemonym(word).ifPresent(c -> countries.add(Names.key(c.label())));
        }
        Set<String> about = new TreeSet<>();
        for (Mention m : mentions) {
            String entity = entityOfMention.get(m.index());
            // the whole phrase, not only the label's words: "ceasefire in the divided city of Aleppo" is about Aleppo
            if (entity != null && a.fullSpan().begin() <= m.span().begin() && m.span().end() <= a.fullSpan().end()) {
                about.add(entity);
            }
        }
        countries.removeAll(about);
        return Optional.of(new Ref.ConceptRef(key, label, countries, about));
    }

    /** A label's words that the text writes with a capital ("turkish military" in "The Turkish military"). */
    private static String properAdjectivesRestored(String label, String text) {
        String[] words = label.split(" ");
        for (String t : text.split("\\s+")) {
            for (int i = 0; i < words.length; i++) {
                if (!t.equals(words[i]) && t.equalsIgnoreCase(words[i]) && Character.isUpperCase(t.charAt(0))
                        && Countries.get().byDemonym(t).isPresent()) {
                    words[i] = t;
                }
            }
        }
        return String.join(" ", words);
    }
}
