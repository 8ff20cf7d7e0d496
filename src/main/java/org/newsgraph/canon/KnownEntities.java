package org.newsgraph.canon;

import java.util.List;

/**
 * What the corpus already knows of its entities: the one thing {@link CorpusResolution} asks of a store. A store
 * implements it (see {@code NewsStore.known}); a test or a distributed job may hand over a plain list.
 */
@FunctionalInterface
public interface KnownEntities {

    /** A corpus that holds no entity yet. */
    KnownEntities NONE = List::of;

    /** Every entity the corpus holds, each once, with its names, pages and the entities named beside it. */
    List<CorpusEntities.Known> entities();
}
