package org.newsgraph.canon;

import java.util.List;
import java.util.Set;

/**
 * One real-world actor or place as named in one article.
 *
 * @param key       the comparison key that identifies it across articles (see {@link Names#key})
 * @param label     its fullest name in this article
 * @param type      its kind
 * @param forms     every surface form seen in this article, label included (empty for a country the article
 *                  names only by a demonym, "Turkish")
 * @param countries keys of the countries its name ties it to by a demonym ("Russian Defense Ministry" → russia)
 */
public record Entity(String key, String label, EntityType type, List<String> forms, Set<String> countries) {

    public Entity {
        forms = List.copyOf(forms);
        countries = Set.copyOf(countries);
    }

    /** An entity tied to no country. */
    public Entity(String key, String label, EntityType type, List<String> forms) {
        this(key, label, type, forms, Set.of());
    }

    /** The same entity under another key, as when the corpus already knows it by a fuller name. */
    public Entity withKey(String newKey) {
        return new Entity(newKey, label, type, forms, countries);
    }
}
