package org.newsgraph.canon;

import java.util.List;
import java.util.Optional;
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
 * @param page      the Wikipedia page it is, when linking found one
 */
public record Entity(String key, String label, EntityType type, List<String> forms, Set<String> countries,
                     Optional<WikiPage> page) {

    public Entity {
        forms = List.copyOf(forms);
        countries = Set.copyOf(countries);
        java.util.Objects.requireNonNull(page, "page");
    }

    /** An entity not linked to a page. */
    public Entity(String key, String label, EntityType type, List<String> forms, Set<String> countries) {
        this(key, label, type, forms, countries, Optional.empty());
    }

    /** An entity tied to no country and not linked. */
    public Entity(String key, String label, EntityType type, List<String> forms) {
        this(key, label, type, forms, Set.of());
    }

    /** Its label and every surface form. */
    public Set<String> names() {
        Set<String> names = new java.util.LinkedHashSet<>();
        names.add(label);
        names.addAll(forms);
        return names;
    }

    /** The same entity under another key, as when the corpus already knows it by a fuller name. */
    public Entity withKey(String newKey) {
        return new Entity(newKey, label, type, forms, countries, page);
    }

    /** The same entity linked to a page, or not. */
    public Entity withPage(Optional<WikiPage> newPage) {
        return new Entity(key, label, type, forms, countries, newPage);
    }
}
