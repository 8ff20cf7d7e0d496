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
    private static Entity place(String name) {
        return new Entity(Names.key(name), name, EntityType.CITY, List.of(name));
    }

    private static CorpusEntities corpusOf(Curation curation, Entity... article) {
        CorpusEntities corpus = new CorpusEntities(curation);
        corpus.record(List.of(article), Map.of());
        return corpus;
    }

    @Test
    void aSpellingVariantNamedAmongTheSameEntitiesIsOneEntity() {
        CorpusEntities corpus = corpusOf(Curation.NONE, place("Jarabulus"), person("Sergei Lavrov"),
                organization("Islamic State"), place("Aleppo"));
        CorpusEntities.Linking linking = corpus.link(List.of(place("Jarablus"), person("Lavrov"),
                organization("Islamic State")));
        assertEquals("jarabulus", linking.keyOf().get("jarablus"));
    }

    @Test
    void aSpellingVariantInAnotherContextOrOfAnotherTypeIsNot() {
        CorpusEntities corpus = corpusOf(Curation.NONE, place("Mosul"), organization("Islamic State"),
                place("Baghdad"));
        assertTrue(corpus.link(List.of(place("Mosel"), place("Koblenz"), organization("Riesling Council")))
                .keyOf().isEmpty(), "no shared context");
        assertTrue(corpus.link(List.of(organization("Mosel"), organization("Islamic State"), place("Baghdad")))
                .keyOf().isEmpty(), "another type");
        assertTrue(corpus.link(List.of(place("Mosel"), organization("Islamic State")))
                .keyOf().isEmpty(), "one shared entity is not enough");
    }

    @Test
    void curationForcesAMergeNoRuleWouldMake() {
        CorpusEntities corpus = corpusOf(Curation.parse("c", List.of("same\tBurma\tMyanmar")), place("Myanmar"));
        assertEquals(Map.of("burma", "myanmar"), corpus.link(List.of(place("Burma"))).keyOf());
    }

    @Test
    void curationForbidsAMergeTheRulesWouldMake() {
        CorpusEntities corpus = corpusOf(Curation.parse("c", List.of("different\tLavrov\tSergei Lavrov")),
                person("Sergei Lavrov"));
        assertTrue(corpus.link(List.of(person("Lavrov"))).keyOf().isEmpty());
    }

    @Test
    void curationJoinsTwoStoredEntities() {
        CorpusEntities corpus = corpusOf(Curation.parse("c", List.of("same\tBurma\tMyanmar")), place("Myanmar"),
                place("Burma"));
        assertEquals(Map.of("burma", "myanmar"), corpus.link(List.of(place("Burma"))).keyOf());
        assertTrue(corpusOf(Curation.NONE, place("Myanmar"), place("Burma")).link(List.of(place("Burma")))
                .keyOf().isEmpty(), "without the curation a stored key stays");
    }
}
