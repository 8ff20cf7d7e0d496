package org.newsgraph.ingest;

import org.junit.jupiter.api.Test;
import org.newsgraph.support.ForeignNews;
import org.newsgraph.support.SharedData;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguagesTest {

    @Test
    void acceptsEnglishNewsAndShortOrMixedTexts() {
        assertNull(Languages.refusal("Turkish forces shelled Kurdish militia positions in northern Syria on "
                + "Saturday, the country's state news agency said, as Russia and the United States pressed for a "
                + "ceasefire in Aleppo."));
        assertNull(Languages.refusal("Reuters"), "one word is too little to call");
        assertNull(Languages.refusal("Shr loss 17.3 cts vs 21.5 cts\n\nNet loss 14.5 mln vs loss 18.0 mln\n\n"
                + "Revs 27.3 mln vs 23.7 mln\n\nYear\n\nShr loss 58 cts vs loss 1.01 dlrs\n\n"
                + "Net loss 48.3 mln vs loss 84.2 mln"), "a telegraphic English table the detector calls Swedish");
        assertNull(Languages.refusal("The crowd chanted \u201c\u0627\u0644\u0634\u0639\u0628 \u064a\u0631\u064a\u062f\u201d "
                + "(the people want) as police moved in on the square, witnesses told reporters on Friday night."));
    }

    @Test
    void refusesNoneOfTheEnglishNewsOfTheSharedCorpora() {
        List<String> paths = Stream.of("eval/news", "eval/entity-linking-dev", "mission")
                .map(p -> SharedData.require(p).toString()).toList();
        List<String> refused = new ArrayList<>();
        int[] read = {0};
        ArticleSource.of(paths).forEach(r -> {
            if (r instanceof ReadResult.Read) {
                read[0]++;
            } else if (r instanceof ReadResult.Failed f && f.reason().startsWith("not English")) {
                refused.add(f.source() + ": " + f.reason());
            }
        });
        assertTrue(read[0] > 2_000, "read " + read[0]);
        assertEquals(List.of(), refused, "telegraphic tables, headlines in capitals and place lists are English too");
    }

    @Test
    void refusesChineseArabicRussianAndFrenchArticlesNamingTheLanguage() {
        assertRefusedAs("Chinese", ForeignNews.CHINESE);
        assertRefusedAs("Arabic", ForeignNews.ARABIC);
        assertRefusedAs("Russian", ForeignNews.RUSSIAN);
        assertRefusedAs("French", ForeignNews.FRENCH);
    }

    private static void assertRefusedAs(String language, String text) {
        String refusal = Languages.refusal(text);
        assertNotNull(refusal, language + " passed as English");
        assertTrue(refusal.contains("not English (looks like " + language + ")"), refusal);
    }
}
