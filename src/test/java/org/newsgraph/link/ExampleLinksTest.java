package org.newsgraph.link;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.support.ExampleGraph;
import org.newsgraph.support.Sparql;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example articles' entities, linked during ingest, asked for over HTTP: right pages where the dictionary
 * has them, and none of the dictionary's famous wrong ones.
 */
class ExampleLinksTest {

    private static String endpoint;

    @BeforeAll
    static void serveExamples() {
        endpoint = ExampleGraph.get().server().sparqlUrl();
    }

    private static boolean linked(String label, String dbpedia) {
        return Sparql.ask(endpoint, Sparql.PREFIXES
                + "ASK { ?e rdfs:label \"" + label + "\" ; owl:sameAs <http://dbpedia.org/resource/" + dbpedia + "> ; "
                + "ng:linkConfidence ?c FILTER(?c >= 0.5 && ?c <= 1) }");
    }

    @Test
    void countriesPeopleAndBodiesLinkToTheirPages() {
        assertTrue(linked("Russia", "Russia"));
        assertTrue(linked("Turkey", "Turkey"));
        assertTrue(linked("United Nations", "United_Nations"));
        assertTrue(linked("Sergei Lavrov", "Sergey_Lavrov"));
        assertTrue(linked("Bashar al-Assad", "Bashar_al-Assad"));
        assertTrue(linked("Staffan de Mistura", "Staffan_de_Mistura"));
    }

    @Test
    void theDictionarysWrongPagesAreNotTaken() {
        assertFalse(Sparql.ask(endpoint, Sparql.PREFIXES
                + "ASK { ?e owl:sameAs ?p FILTER(?p IN (<http://dbpedia.org/resource/The_Electras>, "
                + "<http://dbpedia.org/resource/Yuma_Proving_Ground>, <http://dbpedia.org/resource/Kerry_GAA>, "
                + "<http://dbpedia.org/resource/Islamic_state>)) }"));
    }
}
