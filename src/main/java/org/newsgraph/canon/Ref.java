package org.newsgraph.canon;

/** What a fact's argument stands for in the graph: an entity or a concept. */
public sealed interface Ref {

    /** The comparison key, unique within its kind. */
    String key();

    /** An argument that names an entity. */
    record EntityRef(String key) implements Ref {
    }

    /** An argument that names no entity: a concept node labelled with the noun phrase. */
    record ConceptRef(String key, String label) implements Ref {
    }
}
