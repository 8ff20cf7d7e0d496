package org.newsgraph.canon;

import org.newsgraph.extract.Extraction;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An article's extraction with names merged into entities and fact arguments resolved.
 *
 * @param extraction      what was read from the article
 * @param entities        the article's entities, in order of first mention
 * @param entityOfMention for each NER mention index that names an entity, that entity's key
 * @param facts           every extracted fact, resolved where possible
 */
public record ResolvedArticle(Extraction extraction, List<Entity> entities, Map<Integer, String> entityOfMention,
                              List<ResolvedFact> facts) {

    public ResolvedArticle {
        entities = List.copyOf(entities);
        entityOfMention = Map.copyOf(entityOfMention);
        facts = List.copyOf(facts);
    }

    /** The entity with this key, if the article has it. */
    public Optional<Entity> entity(String key) {
        return entities.stream().filter(e -> e.key().equals(key)).findFirst();
    }
}
