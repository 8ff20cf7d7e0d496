package org.newsgraph.eval;

import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.NlpPipeline;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CoreNLP's entitylink output as scored mentions. */
class BaselineMentionsTest {

    @Test
    void aWikipediaTitleBecomesItsDbpediaResource() {
        assertEquals("http://dbpedia.org/resource/Atlanta,_Georgia",
                BaselineMentions.dbpedia("CITY", "ATLANTA", "Atlanta,_Georgia"));
        assertEquals("http://dbpedia.org/resource/The_Home_Depot",
                BaselineMentions.dbpedia("ORGANIZATION", "Home Depot", "The Home Depot"));
        assertEquals("http://dbpedia.org/resource/Caf%C3%A9_Society",
                BaselineMentions.dbpedia("MISC", "Café Society", "Café_Society"));
    }

    @Test
    void normalisedDatesAndNumbersAreNoLinks() {
        assertNull(BaselineMentions.dbpedia("DATE", "Tuesday", "2006-01-03"));
        assertNull(BaselineMentions.dbpedia("MONEY", "$210 million", "$2.1E8"));
        assertNull(BaselineMentions.dbpedia("PERSON", "2006", "2006"));
        assertNull(BaselineMentions.dbpedia("PERSON", "Nardelli", null));
    }

    /** Loads CoreNLP's whole Wikipedia dictionary (about 3.4 GB of heap, up to a minute), once per test JVM. */
    @Test
    void coreNlpLinksAFamousNameThroughOurConversion() {
        String text = "Angela Merkel flew to France on Monday.";
        List<LinkingScore.Mention> mentions = BaselineMentions.of("d", NlpPipeline.entityLinkBaseline().annotate(text));
        assertTrue(mentions.contains(new LinkingScore.Mention("d", 22, 28, "http://dbpedia.org/resource/France")),
                mentions.toString());
        assertTrue(mentions.stream().filter(m -> m.link() != null)
                .allMatch(m -> m.link().startsWith("http://dbpedia.org/resource/")), mentions.toString());
        assertTrue(mentions.stream().noneMatch(m -> text.substring(m.begin(), m.end()).equals("Monday")
                && m.link() != null), "a date is no link: " + mentions);
    }
}
