package org.newsgraph.link;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.canon.WikiPage;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Page IRIs come out as Wikidata's sitelinks write them (MediaWiki's wfUrlencode of the underscored title), from
 * our own page IRIs, whose encoding differs for a few characters.
 */
class SitelinksTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Recep_Tayyip_Erdoğan       | https://en.wikipedia.org/wiki/Recep_Tayyip_Erdo%C4%9Fan",
        "Côte_d'Ivoire              | https://en.wikipedia.org/wiki/C%C3%B4te_d%27Ivoire",
        "Atlanta,_Georgia           | https://en.wikipedia.org/wiki/Atlanta,_Georgia",
        "Kurdistan_Workers'_Party   | https://en.wikipedia.org/wiki/Kurdistan_Workers%27_Party",
        "Mercury_(planet)           | https://en.wikipedia.org/wiki/Mercury_(planet)",
        "AC/DC                      | https://en.wikipedia.org/wiki/AC/DC",
        "Star_Wars:_The_Last_Jedi   | https://en.wikipedia.org/wiki/Star_Wars:_The_Last_Jedi",
        "Yahoo!                     | https://en.wikipedia.org/wiki/Yahoo!",
        "C++                        | https://en.wikipedia.org/wiki/C%2B%2B",
        "Procter_&_Gamble           | https://en.wikipedia.org/wiki/Procter_%26_Gamble",
        "Al-Qaeda                   | https://en.wikipedia.org/wiki/Al-Qaeda",
        "Washington,_D.C.           | https://en.wikipedia.org/wiki/Washington,_D.C.",
        "Islamic_State_–_Sinai      | https://en.wikipedia.org/wiki/Islamic_State_%E2%80%93_Sinai",
    })
    void ourPageIrisBecomeWikidatasSitelinks(String title, String sitelink) {
        assertEquals(sitelink, Sitelinks.iri(title));
        String ours = new WikiPage(title, 1).wikipedia();
        assertEquals(Optional.of(title), Sitelinks.title(ours), ours);
        assertEquals(Optional.of(sitelink), Sitelinks.wikidataForm(ours));
    }

    @ParameterizedTest
    @CsvSource({"http://dbpedia.org/resource/Aleppo", "https://en.wikipedia.org/wiki/", "https://en.wikipedia.org/wiki/%E2"})
    void otherIrisAreNoPages(String iri) {
        assertEquals(Optional.empty(), Sitelinks.title(iri));
    }
}
