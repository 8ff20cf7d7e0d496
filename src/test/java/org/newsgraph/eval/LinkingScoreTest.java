package org.newsgraph.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LinkingScoreTest {

    private static LinkingScore.Mention m(int begin, int end, String link) {
        return new LinkingScore.Mention("d", begin, end, link);
    }

    @Test
    void aMentionCountsWithTheGoldSpanAndTheSameResource() {
        List<LinkingScore.Mention> gold = List.of(m(0, 7, "http://dbpedia.org/resource/Atlanta,_Georgia"),
                m(10, 14, "http://dbpedia.org/resource/Ford_Motor_Company"), m(20, 25, null));
        List<LinkingScore.Mention> system = List.of(
                m(0, 7, "https://en.wikipedia.org/wiki/Atlanta%2C_Georgia"),
                m(10, 14, "http://dbpedia.org/resource/Gerald_Ford"),
                m(20, 25, "http://dbpedia.org/resource/Paris"),
                m(30, 35, null));
        LinkingScore.Result r = LinkingScore.score(system, gold);
        assertEquals(1, r.correct(), "only the first names the gold resource, once normalized");
        assertEquals(3, r.linked(), "a link on a NIL span still counts against precision; no link does not");
        assertEquals(2, r.goldInKb());
        assertEquals(1.0 / 3, r.precision(), 1e-9);
        assertEquals(0.5, r.recall(), 1e-9);
    }

    @Test
    void resourcesAreNormalized() {
        assertEquals("Recep_Tayyip_Erdoğan", LinkingScore.resource("http://dbpedia.org/resource/Recep_Tayyip_Erdo%C4%9Fan"));
        assertEquals("Atlanta,_Georgia", LinkingScore.resource("en.wikipedia.org/wiki/Atlanta, Georgia"));
    }
}
