package org.newsgraph.canon;

import java.util.Set;

/** What a fact's argument stands for in the graph: an entity or a concept. */
public sealed interface Ref {

    /** The comparison key, unique within its kind. */
    String key();

    /** An argument that names an entity. */
    record EntityRef(String key) implements Ref {
    }

    /**
     * An argument that names no entity: a concept node labelled with the noun phrase.
     *
     * @param key       comparison key of the label
     * @param label     the noun phrase without leading determiners
     * @param countries keys of countries a demonym in the phrase names ("Turkish military" → turkey)
     * @param about     keys of the entities the phrase names ("ceasefire in Aleppo" → aleppo)
     */
    record ConceptRef(String key, String label, Set<String> countries, Set<String> about) implements Ref {

        public ConceptRef {
            countries = Set.copyOf(countries);
            about = Set.copyOf(about);
        }

        /** A concept tied to nothing. */
        public ConceptRef(String key, String label) {
            this(key, label, Set.of(), Set.of());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ConceptRef c && c.key.equals(key);
        }

        @Override
        public int hashCode() {
            return key.hashCode();
        }
    }
}
