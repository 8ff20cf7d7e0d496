package org.newsgraph.canon;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Extraction;
import org.newsgraph.ingest.Article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusResolutionTest {

    private static Entity person(String name) {
        return new Entity(Names.key(name), name, EntityType.PERSON, List.of(name));
    }

    private static ResolvedArticle article(String id, Entity... entities) {
        Article a = new Article(id, null, null, null, "text of " + id, id);
        return new ResolvedArticle(new Extraction(a, List.of(), List.of(), List.of()), List.of(entities), Map.of(),
                List.of());
    }

    private static Set<String> keys(CorpusResolution.Resolved r) {
        return Set.copyOf(r.article().entities().stream().map(Entity::key).toList());
    }

    @Test
    void anArticleTakesTheKeyTheCorpusKnowsItsEntityBy() {
        KnownEntities known = () -> List.of(new CorpusEntities.Known("sergei lavrov", EntityType.PERSON,
                Set.of("Sergei Lavrov")));
        CorpusResolution.Resolved r = new CorpusResolution(known, Curation.NONE)
                .resolve(article("a", person("Lavrov")));
        assertEquals(Set.of("sergei lavrov"), keys(r));
        assertTrue(r.renamed().isEmpty());
    }

    @Test
    void aFullerNameRenamesTheStoredEntity() {
        KnownEntities known = () -> List.of(new CorpusEntities.Known("lavrov", EntityType.PERSON, Set.of("Lavrov")));
        CorpusResolution.Resolved r = new CorpusResolution(known, Curation.NONE)
                .resolve(article("a", person("Sergei Lavrov")));
        assertEquals(Set.of("sergei lavrov"), keys(r));
        assertEquals(Map.of("lavrov", "sergei lavrov"), r.renamed());
    }

    @Test
    void laterArticlesMeetWhatEarlierOnesTaught() {
        CorpusResolution resolution = new CorpusResolution(KnownEntities.NONE, Curation.NONE);
        resolution.resolve(article("a", person("Sergei Lavrov")));
        assertEquals(Set.of("sergei lavrov"), keys(resolution.resolve(article("b", person("Lavrov")))));
    }

    @Test
    void forgettingDropsWhatUnstoredArticlesTaught() {
        CorpusResolution resolution = new CorpusResolution(KnownEntities.NONE, Curation.NONE);
        resolution.resolve(article("a", person("Sergei Lavrov")));
        resolution.forget();
        assertEquals(Set.of("lavrov"), keys(resolution.resolve(article("b", person("Lavrov")))));
    }

    @Test
    void meetingAloneTeachesNothing() {
        CorpusResolution resolution = new CorpusResolution(KnownEntities.NONE, Curation.NONE);
        resolution.meet(article("a", person("Sergei Lavrov")));
        assertEquals(Set.of("lavrov"), keys(resolution.meet(article("b", person("Lavrov")))));
        resolution.learn(resolution.meet(article("a", person("Sergei Lavrov"))));
        assertEquals(Set.of("sergei lavrov"), keys(resolution.meet(article("b", person("Lavrov")))));
    }

    @Test
    void aBatchResolvesTheSameInAnyOrder() {
        List<ResolvedArticle> batch = List.of(
                article("a", person("Lavrov"), person("Kerry")),
                article("b", person("Sergei Lavrov")),
                article("c", person("John Kerry"), person("Lavrov")),
                article("d", person("Staffan de Mistura")),
                article("e", person("de Mistura"), person("Kerry")));
        List<CorpusResolution.Resolved> expected = new CorpusResolution(KnownEntities.NONE, Curation.NONE)
                .resolveAll(batch);
        assertEquals(List.of("a", "b", "c", "d", "e"),
                expected.stream().map(r -> r.article().extraction().article().id()).toList());
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            List<ResolvedArticle> shuffled = new ArrayList<>(batch);
            Collections.shuffle(shuffled, random);
            assertEquals(expected, new CorpusResolution(KnownEntities.NONE, Curation.NONE).resolveAll(shuffled));
        }
    }

    @Test
    void aBatchMeetsTheCorpusAndEachOther() {
        KnownEntities known = () -> List.of(new CorpusEntities.Known("john kerry", EntityType.PERSON,
                Set.of("John Kerry")));
        List<CorpusResolution.Resolved> resolved = new CorpusResolution(known, Curation.NONE)
                .resolveAll(List.of(article("b", person("Lavrov")), article("a", person("Kerry"),
                        person("Sergei Lavrov"))));
        assertEquals(Set.of("john kerry", "sergei lavrov"), keys(resolved.get(0)));
        assertEquals(Set.of("sergei lavrov"), keys(resolved.get(1)));
    }
}
