package org.newsgraph.eval;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import org.newsgraph.canon.WikiPage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The mentions CoreNLP's own entity linking ({@code entitylink}, its WikidictAnnotator) found in a document, as
 * scored by {@link LinkingScore}: one per CoreNLP entity mention, linked to the DBpedia resource of the Wikipedia
 * page it named.
 */
public final class BaselineMentions {

    /**
     * NER classes for which WikidictAnnotator stores a normalised value (a date such as {@code 2006-01-03}, a
     * number) rather than a Wikipedia page, so their "links" are no links.
     */
    private static final Set<String> VALUE_CLASSES =
            Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL", "MONEY", "PERCENT");
    /** WikidictAnnotator keeps a surface of digits and dots as its own value, whatever its NER class. */
    private static final Pattern NUMBER = Pattern.compile("[0-9.]+");

    private BaselineMentions() {
    }

    /** Every entity mention of a document annotated by the {@code entitylink} pipeline, offsets into its text. */
    public static List<LinkingScore.Mention> of(String doc, CoreDocument annotated) {
        List<LinkingScore.Mention> out = new ArrayList<>();
        for (CoreEntityMention m : annotated.entityMentions()) {
            out.add(new LinkingScore.Mention(doc, m.charOffsets().first(), m.charOffsets().second(),
                    dbpedia(m.entityType(), m.text(), m.entity())));
        }
        return out;
    }

    /**
     * The DBpedia resource a CoreNLP mention links to, or null.
     *
     * @param nerClass the mention's NER class
     * @param surface  the mention's text
     * @param entity   its {@code WikipediaEntityAnnotation}: a Wikipedia title as the dictionary writes it
     *                 ({@code Atlanta,_Georgia}), a normalised value, or null when not linked
     */
    static String dbpedia(String nerClass, String surface, String entity) {
        if (entity == null || entity.isBlank() || entity.equals("O")
                || VALUE_CLASSES.contains(nerClass) || NUMBER.matcher(surface).matches()) {
            return null;
        }
        // The dictionary's titles are underscored already; WikiPage encodes them the way newsgraph's own links are.
        return new WikiPage(entity.strip().replace(' ', '_'), 1).dbpedia();
    }
}
