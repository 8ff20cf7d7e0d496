package org.newsgraph.canon;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusEntitiesTest {

    private static Entity person(String name) {
        return new Entity(Names.key(name), name, EntityType.PERSON, List.of(name));
    }

    private static Entity organization(String name) {
        return new Entity(Names.key(name), name, EntityType.ORGANIZATION, List.of(name));
    }

    @Test
    void aShorterNameTakesTheStoredFullerOnesKey() {
        CorpusEntities corpus = new CorpusEntities();
        corpus.record(List.of(person("Sergei Lavrov")), Map.of());
        assertEquals(Map.of("lavrov", "sergei lavrov"), corpus.link(List.of(person("Lavrov"))).keyOf());
    }

    @Test
    void aFullerNameRenamesTheStoredShorterOne() {
        CorpusEntities corpus = new CorpusEntities();
        corpus.record(List.of(person("Lavrov")), Map.of());
        CorpusEntities.Linking linking = corpus.link(List.of(person("Sergei Lavrov")));
        assertEquals(Map.of("lavrov", "sergei lavrov"), linking.renamed());
        assertTrue(linking.keyOf().isEmpty());
    }

    @Test
    void anAcronymMeetsItsExpansion() {
        CorpusEntities corpus = new CorpusEntities();
        corpus.record(List.of(organization("United Nations")), Map.of());
        assertEquals(Map.of("un", "united nations"), corpus.link(List.of(organization("U.N."))).keyOf());
    }

    @Test
    void twoCandidatesMeanNoLink() {
        CorpusEntities corpus = new CorpusEntities();
        corpus.record(List.of(person("George Bush"), person("Laura Bush")), Map.of());
        CorpusEntities.Linking linking = corpus.link(List.of(person("Bush")));
        assertTrue(linking.keyOf().isEmpty() && linking.renamed().isEmpty());
    }

    @Test
    void aPersonNeverMeetsAPlaceOfTheSameName() {
        CorpusEntities corpus = new CorpusEntities();
        corpus.add(new CorpusEntities.Known("george washington", EntityType.PERSON, Set.of("George Washington")));
        Entity place = new Entity("washington", "Washington", EntityType.CITY, List.of("Washington"));
        assertTrue(corpus.link(List.of(place)).keyOf().isEmpty());
    }

    @Test
    void aRenamedEntityIsFoundUnderItsNewKey() {
        CorpusEntities corpus = new CorpusEntities();
        corpus.record(List.of(person("Lavrov")), Map.of());
        corpus.record(List.of(person("Sergei Lavrov")), Map.of("lavrov", "sergei lavrov"));
        assertEquals(Map.of("s lavrov", "sergei lavrov"), corpus.link(List.of(person("S Lavrov"))).keyOf());
    }

    @Test
    void manyStoredEntitiesAreSearchedByCueNotOneByOne() {
        CorpusEntities corpus = new CorpusEntities();
        for (int i = 0; i < 50_000; i++) {
            corpus.add(new CorpusEntities.Known("person " + i, EntityType.PERSON, Set.of("Person Number" + i)));
        }
        corpus.record(List.of(person("Sergei Lavrov")), Map.of());
        assertEquals(Map.of("lavrov", "sergei lavrov"), corpus.link(List.of(person("Lavrov"))).keyOf());
    }

    @Test
    void renamesAreRecorded() {
        CorpusEntities corpus = new CorpusEntities();
        corpus.record(List.of(person("Lavrov")), Map.of());
        corpus.record(List.of(person("Sergei Lavrov")), Map.of("lavrov", "sergei lavrov"));
        assertEquals(1, corpus.size());
    }
}
