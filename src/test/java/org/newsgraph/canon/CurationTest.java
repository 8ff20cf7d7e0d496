package org.newsgraph.canon;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CurationTest {

    private static Curation parse(String... lines) {
        return Curation.parse("curation.tsv", List.of(lines));
    }

    @Test
    void sameIsTransitiveAndIgnoresCaseAccentsAndTheArticle() {
        Curation c = parse("# a comment", "", "same\tBurma\tMyanmar", "same\tthe Republic of the Union of Myanmar\tMYANMAR");
        assertTrue(c.same(Set.of("burma"), Set.of("Republic of the Union of Myanmar")));
        assertFalse(c.same(Set.of("Burma"), Set.of("Thailand")));
        assertEquals(Set.of("burma", "myanmar", "republic of the union of myanmar"), c.sameNames("Myanmar"));
    }

    @Test
    void differentHoldsBothWays() {
        Curation c = parse("different\tKerry\tJohn Kerry Jr.");
        assertTrue(c.different(Set.of("John Kerry Jr"), Set.of("Kerry", "Senator Kerry")));
        assertFalse(c.different(Set.of("John Kerry"), Set.of("Kerry")));
    }

    @Test
    void aLinkTakesATitleAUrlOrAnIriAndBeatsANolink() {
        Curation c = parse("link\tErdogan\t<http://dbpedia.org/resource/Recep_Tayyip_Erdo%C4%9Fan>",
                "link\tYPG\thttps://en.wikipedia.org/wiki/People's_Protection_Units",
                "link\tLavrov\tSergey Lavrov",
                "nolink\tFord", "nolink\tErdoğan");
        assertEquals(Optional.of(Optional.of(new WikiPage("Recep_Tayyip_Erdoğan", 1.0))),
                c.page(Set.of("Erdoğan")));
        assertEquals("People's_Protection_Units", c.page(Set.of("YPG")).orElseThrow().orElseThrow().title());
        assertEquals("Sergey_Lavrov", c.page(Set.of("Sergei Lavrov", "Lavrov")).orElseThrow().orElseThrow().title());
        assertEquals(Optional.of(Optional.empty()), c.page(Set.of("Ford")));
        assertEquals(Optional.empty(), c.page(Set.of("Ford Motor Company")));
        assertTrue(c.concerns(Set.of("ford")) && !c.concerns(Set.of("Toyota")));
    }

    @Test
    void aBadLineIsAnErrorNamingFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parse("same\tA\tB", "merge\tA\tB"));
        assertTrue(e.getMessage().startsWith("curation.tsv:2: unknown directive 'merge'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> parse("same A B"));
        assertTrue(e.getMessage().contains("curation.tsv:1:"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> parse("link\tYPG"));
        assertTrue(e.getMessage().contains("name, page"), e.getMessage());
    }

    @Test
    void sameAndDifferentForTheSamePairContradict() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parse("same\tA\tB", "same\tB\tC", "different\tC\tA"));
        assertTrue(e.getMessage().contains("both the same and different"), e.getMessage());
    }

    @Test
    void noneIsEmpty() {
        assertTrue(Curation.NONE.isEmpty());
        assertFalse(Curation.NONE.same(Set.of("a"), Set.of("a")));
    }
}
