package org.newsgraph.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventCategoriesTest {

    private final EventCategories categories = EventCategories.standard();

    @Test
    void verbsAreTypedByTheirCategory() {
        assertEquals(Optional.of(NG.ng("fight")), categories.of("shell"));
        assertEquals(Optional.of(NG.ng("cooperate")), categories.of("agree to"));
        assertEquals(Optional.of(NG.ng("consult")), categories.of("meet in"));
    }

    @Test
    void theLongestListedRunOfWordsWins() {
        assertEquals(Optional.of(NG.ng("appeal")), categories.of("call for"));
        assertEquals(Optional.of(NG.ng("yield")), categories.of("pull out of"));
    }

    @Test
    void unlistedRelationsStayUntyped() {
        assertTrue(categories.of("be in").isEmpty());
        assertTrue(categories.of("resemble").isEmpty());
    }

    @Test
    void everyCategoryIsDeclaredInTheOntologyUnderRelatedTo() {
        Model ontology = ModelFactory.createDefaultModel();
        RDFDataMgr.read(ontology, "ontology/newsgraph.ttl");
        for (String name : categories.categories()) {
            var p = ontology.createResource(NG.NS + name);
            assertTrue(ontology.contains(p, RDF.type, ontology.createResource(NG.NS + "EventCategory")), name);
            assertTrue(ontology.contains(p, RDFS.subPropertyOf, ontology.createResource(NG.NS + "relatedTo")), name);
        }
    }
}
