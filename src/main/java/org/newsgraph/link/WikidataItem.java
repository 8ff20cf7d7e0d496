package org.newsgraph.link;

import java.util.Objects;
import java.util.Set;

/**
 * What Wikidata says about one English Wikipedia page.
 *
 * @param page     the page's IRI as Wikidata writes its sitelinks ({@code https://en.wikipedia.org/wiki/…})
 * @param item     the IRI of the Wikidata item the page is about ({@code http://www.wikidata.org/entity/Q…})
 * @param geonames the item's GeoNames IDs (Wikidata property P1566); empty for most items, which are no places
 */
public record WikidataItem(String page, String item, Set<String> geonames) {

    /** Wikidata's items ({@code wd:}). */
    public static final String WD = "http://www.wikidata.org/entity/";
    /** Wikidata's direct ("truthy") properties ({@code wdt:}). */
    public static final String WDT = "http://www.wikidata.org/prop/direct/";

    public WikidataItem {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(item, "item");
        geonames = Set.copyOf(geonames);
    }
}
