package org.newsgraph.eval;

import org.newsgraph.canon.Entity;
import org.newsgraph.canon.ResolvedArticle;
import org.newsgraph.canon.WikiPage;
import org.newsgraph.extract.Mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every name mention of a resolved article, with the link of the entity it names (or none). */
public final class LinkedMentions {

    private LinkedMentions() {
    }

    /** The article's mentions as scored by {@link LinkingScore}: offsets into the article text, DBpedia IRI. */
    public static List<LinkingScore.Mention> of(String doc, ResolvedArticle resolved) {
        List<LinkingScore.Mention> out = new ArrayList<>();
        for (Mention m : resolved.extraction().mentions()) {
            String key = resolved.entityOfMention().get(m.index());
            Optional<WikiPage> page = key == null ? Optional.empty()
                    : resolved.entity(key).flatMap(Entity::page);
            out.add(new LinkingScore.Mention(doc, m.span().begin(), m.span().end(),
                    page.map(WikiPage::dbpedia).orElse(null)));
        }
        return out;
    }
}
