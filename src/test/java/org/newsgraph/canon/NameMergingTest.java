package org.newsgraph.canon;

import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How an article's names become its entities, on hand-built NER mentions. */
class NameMergingTest {

    /** Mentions of the names, each NER tag after its name, found in the text one after the other. */
    private static List<Mention> mentions(String text, String... namesAndTags) {
        List<Mention> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < namesAndTags.length; i += 2) {
            int begin = text.indexOf(namesAndTags[i], from);
            assertTrue(begin >= 0, namesAndTags[i]);
            from = begin + namesAndTags[i].length();
            out.add(new Mention(out.size(), 0, new Span(begin, from), namesAndTags[i], namesAndTags[i + 1], -1));
        }
        return out;
    }

    private static NameMerging.Merged merged(Curation curation, String text, String... namesAndTags) {
        return new NameMerging(curation).merge(mentions(text, namesAndTags), text);
    }

    private static NameMerging.Merged merged(String text, String... namesAndTags) {
        return merged(Curation.NONE, text, namesAndTags);
    }

    private static Entity entity(NameMerging.Merged m, String key) {
        return m.entities().stream().filter(e -> e.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " not in " + m.entities()));
    }

    private static List<String> keys(NameMerging.Merged m) {
        return m.entities().stream().map(Entity::key).toList();
    }

    @Test
    void aPersonsShorterNameJoinsTheOneLongerNameItEnds() {
        NameMerging.Merged m = merged("John Kerry met Sergei Lavrov. Kerry said Lavrov agreed.",
                "John Kerry", "PERSON", "Sergei Lavrov", "PERSON", "Kerry", "PERSON", "Lavrov", "PERSON");
        assertEquals(List.of("john kerry", "sergei lavrov"), keys(m));
        assertEquals(List.of("John Kerry", "Kerry"), entity(m, "john kerry").forms());
        assertEquals("john kerry", m.entityOfMention().get(2));
        assertEquals("sergei lavrov", m.entityOfMention().get(3));
    }

    @Test
    void aShorterNameThatEndsTwoPeoplesNamesJoinsNeither() {
        NameMerging.Merged m = merged("John Kerry and Teresa Kerry came. Kerry spoke.",
                "John Kerry", "PERSON", "Teresa Kerry", "PERSON", "Kerry", "PERSON");
        assertEquals(List.of("john kerry", "teresa kerry", "kerry"), keys(m));
    }

    @Test
    void anArabicArticleMayStandBeforeTheEndOfALongerName() {
        assertTrue(NameMerging.endsWith(Names.words("Bashar al-Assad"), Names.words("Assad")));
        assertFalse(NameMerging.endsWith(Names.words("Assad"), Names.words("Assad")));
        assertFalse(NameMerging.endsWith(Names.words("Bashar al-Assad"), Names.words("Bashar")));
    }

    @Test
    void anAcronymJoinsTheOneNameWhoseInitialsItSpells() {
        NameMerging.Merged m = merged("The World Health Organization warned. The WHO said cases rose.",
                "World Health Organization", "ORGANIZATION", "WHO", "ORGANIZATION");
        assertEquals(List.of("world health organization"), keys(m));
        assertTrue(entity(m, "world health organization").forms().contains("WHO"));
        assertEquals("world health organization", m.entityOfMention().get(1));
    }

    @Test
    void anAcronymThatTwoNamesSpellJoinsNeither() {
        NameMerging.Merged m = merged("Western Herald Online and World Health Organization disagree; WHO said so.",
                "Western Herald Online", "ORGANIZATION", "World Health Organization", "ORGANIZATION",
                "WHO", "ORGANIZATION");
        assertEquals(List.of("western herald online", "world health organization", "who"), keys(m));
    }

    @Test
    void anAcronymIsNotSpelledByANameThatHoldsIt() {
        NameMerging.Merged m = merged("The TC Council met in Lagos. The TC said the tariff talks went well.",
                "TC Council", "ORGANIZATION", "TC", "ORGANIZATION");
        assertEquals(List.of("tc council", "tc"), keys(m));
        NameMerging.Merged n = merged("ZB Bank shares fell after ZB, the Zambezi Bourse, halted trading.",
                "ZB Bank", "ORGANIZATION", "ZB", "ORGANIZATION", "Zambezi Bourse", "ORGANIZATION");
        assertEquals("zambezi bourse", n.entityOfMention().get(1), "ZB spells the Zambezi Bourse, not ZB Bank");
    }

    @Test
    void aNameJoinsTheOneFullerNameThatOnlyAddsMiddleInitials() {
        NameMerging.Merged m = merged("Gerald R. Ford was buried. Gerald Ford led the country.",
                "Gerald R. Ford", "PERSON", "Gerald Ford", "PERSON");
        assertEquals(List.of("gerald r ford"), keys(m));
        assertEquals("Gerald R. Ford", entity(m, "gerald r ford").label());
    }

    @Test
    void aNameWithTwoFullerNamesByMiddleInitialsJoinsNeither() {
        NameMerging.Merged m = merged("George W. Bush and George H. W. Bush met. George Bush spoke.",
                "George W. Bush", "PERSON", "George H. W. Bush", "PERSON", "George Bush", "PERSON");
        assertEquals(List.of("george w bush", "george h w bush", "george bush"), keys(m));
    }

    @Test
    void aNameAfterAPersonTitleIsAPersonsAndTheTitledNameIsAFormButNotTheLabel() {
        NameMerging.Merged m = merged("Mourners said President Ford had healed the nation. Ford was 93.",
                "President", "TITLE", "Ford", "ORGANIZATION", "Ford", "ORGANIZATION");
        Entity ford = entity(m, "ford");
        assertEquals(EntityType.PERSON, ford.type());
        assertEquals("Ford", ford.label());
        assertTrue(ford.forms().contains("President Ford"), ford.toString());
    }

    @Test
    void aCountrysNamesAreOneEntityLabelledWithItsUsualName() {
        NameMerging.Merged m = merged("The Russian Federation said Russia would reply.",
                "Russian Federation", "COUNTRY", "Russia", "COUNTRY");
        Entity russia = entity(m, "russia");
        assertEquals(List.of("russia"), keys(m));
        assertEquals(EntityType.COUNTRY, russia.type());
        assertEquals("Russia", russia.label());
    }

    @Test
    void aDemonymBeforeABodyTiesItToItsCountry() {
        NameMerging.Merged m = merged("The Austrian Foreign Ministry said so.", "Foreign Ministry", "ORGANIZATION");
        Entity ministry = entity(m, "austrian foreign ministry");
        assertTrue(ministry.countries().contains("austria"), ministry.toString());
    }

    @Test
    void aDemonymBeforeAPersonsNameIsNoPartOfIt() {
        NameMerging.Merged m = merged("Bashar al-Assad spoke. Syrian Assad forces advanced.",
                "Bashar al-Assad", "PERSON", "Syrian Assad", "ORGANIZATION");
        Entity assad = entity(m, "bashar al-assad");
        assertEquals(List.of("bashar al-assad"), keys(m));
        assertTrue(assad.forms().contains("Assad"), assad.toString());
        assertTrue(assad.countries().contains("syria"), assad.toString());
    }

    @Test
    void theCurationKeepsApartAndJoinsNames() {
        String text = "John Kerry met Kerry. Bob Nardelli and Robert Nardelli left.";
        String[] names = {"John Kerry", "PERSON", "Kerry", "PERSON", "Bob Nardelli", "PERSON",
                "Robert Nardelli", "PERSON"};
        assertEquals(List.of("john kerry", "bob nardelli", "robert nardelli"), keys(merged(text, names)));
        Curation curation = Curation.parse("test", List.of("different\tKerry\tJohn Kerry",
                "same\tBob Nardelli\tRobert Nardelli"));
        assertEquals(List.of("john kerry", "kerry", "robert nardelli"), keys(merged(curation, text, names)));
    }

    @Test
    void theCountriesTheArticleNamesOnlyByADemonymBecomeEntities() {
        Entity ministry = new Entity("austrian foreign ministry", "Austrian Foreign Ministry",
                EntityType.ORGANIZATION, List.of("Austrian Foreign Ministry"), Set.of("austria", "russia"));
        Entity russia = new Entity("russia", "Russia", EntityType.COUNTRY, List.of("Russia"));
        List<Entity> added = List.copyOf(NameMerging.countriesNamedOnlyByDemonym(List.of(ministry, russia),
                List.of()));
        assertEquals(List.of(new Entity("austria", "Austria", EntityType.COUNTRY, List.of())), added);
    }

    @Test
    void aPlaceWrittenAsADemonymIsItsCountryAndOtherNamesOfACountryJoinIt() {
        NameMerging.Merged m = merged("The Soviet Union and America met. Soviet officials and U.S. aides said the "
                        + "Soviet offer stood.",
                "Soviet Union", "COUNTRY", "America", "COUNTRY", "U.S.", "COUNTRY", "Soviet", "LOCATION");
        assertEquals(List.of("soviet union", "united states"), keys(m));
        assertEquals("soviet union", m.entityOfMention().get(3), "the LOCATION 'Soviet'");
        assertEquals("united states", m.entityOfMention().get(1), "America");
        assertEquals(EntityType.COUNTRY, entity(m, "soviet union").type());
    }

    @Test
    void aWiresTickerInAngleBracketsIsAnotherNameOfTheCompanyBeforeIt() {
        NameMerging.Merged m = merged("Acme Widgets Inc <ACW> agreed to buy Borel Tools Corp <BT> for cash.",
                "Acme Widgets Inc", "ORGANIZATION", "Borel Tools Corp", "ORGANIZATION");
        assertTrue(entity(m, "acme widgets inc").forms().contains("ACW"));
        assertTrue(entity(m, "borel tools corp").forms().contains("BT"));
        assertFalse(entity(m, "acme widgets inc").forms().contains("BT"));
    }

    @Test
    void theAngleBracketsAWireWritesAroundACompanyNeverStayInItsName() {
        NameMerging.Merged m = merged("<Larch Holdings Ltd> said it would sell its stake.",
                "<Larch Holdings Ltd>", "ORGANIZATION");
        assertEquals(List.of("larch holdings ltd"), keys(m));
        assertEquals("Larch Holdings Ltd", entity(m, "larch holdings ltd").label());
    }

    @Test
    void aSurnameAloneIsThePersonNamedInFullBeforeWhateverNerCalledIt() {
        NameMerging.Merged m = merged("Finance Minister Ulla Brandt spoke on Monday. Brandt said the budget holds.",
                "Ulla Brandt", "PERSON", "Brandt", "ORGANIZATION");
        assertEquals(List.of("ulla brandt"), keys(m));
        assertEquals(EntityType.PERSON, entity(m, "ulla brandt").type());
    }

    @Test
    void aSurnameTransliteratedAnotherWayIsStillThePersonNamedBefore() {
        NameMerging.Merged m = merged("The post went to Ahmed Karim al-Rubaie. Al-Rubaiey is a party veteran.",
                "Ahmed Karim al-Rubaie", "PERSON", "Al-Rubaiey", "PERSON");
        assertEquals(List.of("ahmed karim al-rubaie"), keys(m));
    }

    @Test
    void aSurnameAnotherNameAlsoHoldsJoinsNoPerson() {
        NameMerging.Merged m = merged("Gerald Ford visited Ford Motor Co. Ford said sales rose.",
                "Gerald Ford", "PERSON", "Ford Motor Co", "ORGANIZATION", "Ford", "ORGANIZATION");
        assertEquals("ford", m.entityOfMention().get(2));
    }

    @Test
    void aBodysHeadWordAloneIsTheOneBodyNamedBeforeWithThatHead() {
        NameMerging.Merged m = merged("The European Commission proposed cuts. Ministers said the Commission erred.",
                "European Commission", "ORGANIZATION", "Commission", "ORGANIZATION");
        assertEquals(List.of("european commission"), keys(m));
        NameMerging.Merged r = merged("Shares of Thomson Reuters rose after Reuters said profit grew.",
                "Thomson Reuters", "ORGANIZATION", "Reuters", "ORGANIZATION");
        assertEquals(List.of("thomson reuters"), keys(r));
    }

    @Test
    void aCompanysFirstWordsAloneAreTheOneCompanyNamedBeforeWithThem() {
        NameMerging.Merged m = merged("Tokai Marine Insurance Co said on Monday that Tokai Marine would buy a stake.",
                "Tokai Marine Insurance Co", "ORGANIZATION", "Tokai Marine", "ORGANIZATION");
        assertEquals(List.of("tokai marine insurance co"), keys(m));
        NameMerging.Merged p = merged("A court ruled for Harold Brand Corp. Harold Brand will appeal, lawyers said.",
                "Harold Brand Corp", "ORGANIZATION", "Harold Brand", "PERSON");
        assertEquals(List.of("harold brand corp"), keys(p), "whatever NER called the short name");
    }

    @Test
    void firstWordsTwoCompaniesShareOrABodyWithoutDesignatorJoinNeither() {
        NameMerging.Merged m = merged("Dessen Energy Ltd, owned by Dessen Services Inc, said Dessen would appeal.",
                "Dessen Energy Ltd", "ORGANIZATION", "Dessen Services Inc", "ORGANIZATION", "Dessen",
                "ORGANIZATION");
        assertEquals("dessen", m.entityOfMention().get(2));
        NameMerging.Merged b = merged("European Union Farm Ministers met. The European Union said no.",
                "European Union Farm Ministers", "ORGANIZATION", "European Union", "ORGANIZATION");
        assertEquals("european union", b.entityOfMention().get(1));
    }

    @Test
    void aStatesAbbreviationIsThatState() {
        NameMerging.Merged m = merged("The plant near Mobile, Ala., is Alabama's largest. Texas and Tex. agree.",
                "Ala.", "STATE_OR_PROVINCE", "Alabama", "STATE_OR_PROVINCE", "Texas", "STATE_OR_PROVINCE",
                "Tex.", "STATE_OR_PROVINCE");
        assertEquals(2, m.entities().size(), m.entities().toString());
        assertEquals(m.entityOfMention().get(0), m.entityOfMention().get(1));
        assertEquals(m.entityOfMention().get(2), m.entityOfMention().get(3));
        NameMerging.Merged g = merged("Atlanta, Ga., sent aid to Georgia.", "Ga.", "STATE_OR_PROVINCE", "Georgia",
                "COUNTRY");
        assertEquals(2, g.entities().size(), "a state is not joined to a country of its name");
    }

    @Test
    void aHeadWordTwoBodiesShareJoinsNeither() {
        NameMerging.Merged m = merged("The Trade Commission and the Fiscal Commission met. The Commission said no.",
                "Trade Commission", "ORGANIZATION", "Fiscal Commission", "ORGANIZATION", "Commission",
                "ORGANIZATION");
        assertEquals("commission", m.entityOfMention().get(2));
    }

    @Test
    void aNameNerCutAtTheAcronymItGivesInsideItselfIsOneName() {
        String text = "The World Trade Organisation (WTO) Secretariat refused. The Secretariat said nothing.";
        NameMerging.Merged m = merged(text, "World Trade Organisation", "ORGANIZATION", "WTO) Secretariat",
                "ORGANIZATION", "Secretariat", "ORGANIZATION");
        Entity e = entity(m, "world trade organisation (wto) secretariat");
        assertTrue(e.forms().containsAll(List.of("World Trade Organisation (WTO) Secretariat", "WTO Secretariat")));
        assertEquals(e.key(), m.entityOfMention().get(2), "the head word alone");
        assertTrue(entity(m, "world trade organisation").forms().contains("WTO"), "what the acronym stands for");
        NameMerging.Merged n = merged("The Gulf Cooperation Council (GC) Secretariat met.", "Gulf Cooperation Council",
                "ORGANIZATION", "GC) Secretariat", "ORGANIZATION");
        assertEquals(List.of("gulf cooperation council", "gc) secretariat"), keys(n), "initials that do not spell the acronym keep the cut");
    }

    @Test
    void aStatesFormalNameBeforeACountryIsThatCountry() {
        NameMerging.Merged m = merged("Lenders upgraded the Kingdom of Norway. Norway welcomed it.",
                "Kingdom of", "LOCATION", "Norway", "COUNTRY", "Norway", "COUNTRY");
        assertEquals(List.of("norway"), keys(m));
        assertTrue(entity(m, "norway").forms().contains("Kingdom of Norway"));
        NameMerging.Merged r = merged("Talks with the Republic of Poland resumed.", "Republic of", "LOCATION",
                "Poland", "COUNTRY");
        assertTrue(entity(r, "poland").forms().contains("Republic of Poland"), r.entities().toString());
    }

    @Test
    void theFirstWordOfATitleIsNoPartOfTheBodysNameBeforeIt() {
        NameMerging.Merged m = merged("Labour Ministry State Secretary Anna Berg said jobs grew.",
                "Labour Ministry State", "ORGANIZATION", "Secretary", "TITLE", "Anna Berg", "PERSON");
        assertEquals(List.of("labour ministry", "anna berg"), keys(m));
        NameMerging.Merged r = merged("An Interior Ministry Deputy Minister resigned.",
                "Interior Ministry Deputy", "ORGANIZATION", "Minister", "TITLE");
        assertEquals(List.of("interior ministry"), keys(r));
        NameMerging.Merged k = merged("The Ministry of State Secretary Lee spoke.", "Ministry of State",
                "ORGANIZATION", "Secretary", "TITLE", "Lee", "PERSON");
        assertTrue(keys(k).contains("ministry of state"), "a name that only ends in such a word keeps it");
    }

    @Test
    void aCompanysOwnPossessiveStaysInItsNameAndAnAmpersandIsAnAnd() {
        NameMerging.Merged m = merged("Moody's Corp cut the rating. Moody's said Fitch & Hall's Corp agreed, and "
                        + "Fitch and Hall's said so too. Denmark's debt rose.",
                "Moody's Corp", "ORGANIZATION", "Moody's", "ORGANIZATION", "Fitch & Hall's Corp", "ORGANIZATION",
                "Fitch and Hall's", "ORGANIZATION", "Denmark's", "COUNTRY");
        assertTrue(entity(m, "moody's corp").forms().contains("Moody's"), m.entities().toString());
        assertEquals(entity(m, "fitch and hall's corp"), entity(m, m.entityOfMention().get(3)));
        assertTrue(entity(m, "denmark").forms().contains("Denmark"), "a country's possessive is no part of it");
    }
}
