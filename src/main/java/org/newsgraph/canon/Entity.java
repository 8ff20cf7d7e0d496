package org.newsgraph.canon;

import java.util.List;

/**
 * One real-world actor or place as named in one article.
 *
 * @param key   the comparison key that identifies it across articles (see {@link Names#key})
 * @param label its fullest name in this article
 * @param type  its kind
 * @param forms every surface form seen in this article, label included
 */
public record Entity(String key, String label, EntityType type, List<String> forms) {

    public Entity {
        forms = List.copyOf(forms);
    }
}
