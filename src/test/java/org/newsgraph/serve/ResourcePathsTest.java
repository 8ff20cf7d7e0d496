package org.newsgraph.serve;

import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.Iris;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A request path names the resource whose IRI it spells: in a key or lemma an underscore is a space, as in the
 * IRIs {@link Iris} mints, and {@code %5F} an underscore; an article id is taken as it is.
 */
class ResourcePathsTest {

    private final ResourcePages pages = new ResourcePages(DatasetGraphFactory.create(), Iris.DEFAULT_BASE);
    private final Iris iris = Iris.standard();

    @Test
    void anUnderscoreIsASpaceAndAnEncodedUnderscoreAnUnderscore() {
        assertEquals(Optional.of(iris.entity("john kerry")), pages.iriOf("/id/entity/john_kerry"));
        assertEquals(Optional.of(iris.entity("john_kerry")), pages.iriOf("/id/entity/john%5Fkerry"));
        assertEquals(Optional.of(iris.entity("john_kerry")), pages.iriOf("/id/entity/john%5fkerry"));
        assertEquals(Optional.of(iris.concept("peace talks")), pages.iriOf("/id/concept/peace_talks"));
        assertEquals(Optional.of(iris.relation("agree to")), pages.iriOf("/id/relation/agree_to"));
        assertEquals(Optional.of(iris.article("a_b")), pages.iriOf("/id/article/a_b"));
    }
}
