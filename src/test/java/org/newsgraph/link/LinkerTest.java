package org.newsgraph.link;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.canon.Entity;
import org.newsgraph.canon.EntityType;
import org.newsgraph.canon.Names;
import org.newsgraph.canon.WikiPage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The linker's checks, on a dictionary written for this test with the kinds of entries the real one has:
 * right pages, wrong pages for famous names, acronyms that spell something else, qualified titles.
 */
class LinkerTest {

    private static final String DICT = """
            Olena Kravchenko\tOlena_Kravchenko\t1.0
            Kravchenko\tOlena_Kravchenko\t0.8
            Pablo Mena\tThe_Mena_Brothers\t0.95
            Mena\tMena_(band)\t0.6
            Ford\tFord_Motor_Company\t0.9
            United Nations\tUnited_Nations\t0.98
            UN\tUnited_Nations\t0.97
            KLP\tKansas_Light_Pipeline\t1.0
            Kurdish Labour Platform\tKurdish_Labour_Platform\t0.9
            Springfield\tSpringfield,_Illinois\t0.8
            Kingston\tKingston,_Ontario\t0.9
            Saddam\tSaddam_Hussein\t0.85
            Boeing\tBoeing_Company\t0.9
            NBC\tNBC\t0.93
            Colo.\tColorado\t0.86
            Lennar Corp.\tLennar_Corporation\t1.0
            Al-Jazeera\tAl_Jazeera\t0.89
            President Mena\tPablo_Mena\t0.88
            Kingston city\tKingston,_Jamaica\t0.9
            Danube River\tDanube\t1.0
            Foreign Ministry\tMinistry_of_Foreign_Affairs_(Peru)\t0.4
            Popular Front\tPopular_front\t0.9
            """;

    private static Path dir;
    private static WikiDict dict;
    private static Linker linker;

    @BeforeAll
    static void build() throws IOException {
        dir = Files.createTempDirectory("linker-test");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(DICT.getBytes(StandardCharsets.UTF_8));
        }
        WikiDict.build(new ByteArrayInputStream(bytes.toByteArray()), dir.resolve("index"));
        dict = WikiDict.open(dir.resolve("index"));
        linker = new Linker(dict);
    }

    @AfterAll
    static void close() throws IOException {
        dict.close();
    }

    private static Entity entity(EntityType type, String label, String... forms) {
        List<String> all = new java.util.ArrayList<>(List.of(forms));
        all.add(0, label);
        return new Entity(Names.key(label), label, type, all);
    }

    private static Optional<WikiPage> link(EntityType type, String label, String... forms) {
        return linker.link(entity(type, label, forms));
    }

    @Test
    void aPersonLinksToThePageEndingInTheirSurname() {
        assertEquals("Olena_Kravchenko", link(EntityType.PERSON, "Olena Kravchenko", "Kravchenko").orElseThrow().title());
        assertEquals(1.0, link(EntityType.PERSON, "Olena Kravchenko").orElseThrow().confidence(), 1e-6);
        assertEquals("Olena_Kravchenko", link(EntityType.PERSON, "Kravchenko").orElseThrow().title(),
                "a surname alone reaches the page the dictionary gives it when the title ends in it");
    }

    @Test
    void aPersonIsNeverABandACompanyOrAThing() {
        assertTrue(link(EntityType.PERSON, "Pablo Mena", "Mena").isEmpty(), "neither The_Mena_Brothers nor a band");
        assertTrue(link(EntityType.PERSON, "Ford").isEmpty(), "Ford the person is not the car maker");
    }

    @Test
    void anAcronymLinksOnlyWhereThePageSpellsItAndAgreesWithTheExpansion() {
        assertEquals("United_Nations", link(EntityType.ORGANIZATION, "UN").orElseThrow().title());
        assertEquals("Kurdish_Labour_Platform",
                link(EntityType.ORGANIZATION, "Kurdish Labour Platform", "KLP").orElseThrow().title());
        assertTrue(link(EntityType.ORGANIZATION, "Kurdish Labour Front", "KLP").isEmpty(),
                "KLP here is not the pipeline, whatever the dictionary says");
    }

    @Test
    void placesTakeCommaQualifiedPagesAndKindWords() {
        assertEquals("Springfield,_Illinois", link(EntityType.CITY, "Springfield").orElseThrow().title());
        assertEquals("Danube", link(EntityType.LOCATION, "Danube River", "Danube").orElseThrow().title());
    }

    @Test
    void aTitleThatLowerCasesTheNameIsAboutSomethingElse() {
        assertTrue(link(EntityType.ORGANIZATION, "Popular Front").isEmpty(), "Popular_front is the common noun");
    }

    @Test
    void weakLinksAreNotMade() {
        assertTrue(link(EntityType.ORGANIZATION, "Foreign Ministry").isEmpty());
    }

    @Test
    void linksNameDbpediaAndWikipedia() {
        WikiPage l = new WikiPage("Atlanta,_Georgia", 0.9);
        assertEquals("http://dbpedia.org/resource/Atlanta,_Georgia", l.dbpedia());
        assertEquals("https://en.wikipedia.org/wiki/Recep_Tayyip_Erdo%C4%9Fan",
                new WikiPage("Recep_Tayyip_Erdoğan", 1).wikipedia());
    }

    @Test
    void aPageQualifiedByAPlaceTheArticleNamesWins() {
        Entity kingston = new Entity("kingston", "Kingston", EntityType.CITY, List.of("Kingston", "Kingston city"));
        assertEquals("Kingston,_Ontario", linker.link(kingston).orElseThrow().title(), "first name's page");
        Linker.Context jamaica = Linker.Context.of(List.of(kingston,
                new Entity("jamaica", "Jamaica", EntityType.COUNTRY, List.of("Jamaica"))));
        assertEquals("Kingston,_Jamaica", linker.link(kingston, jamaica).orElseThrow().title());
    }

    @Test
    void someoneNamedByOneNameMayBeKnownByTheFirstWordOfTheirPage() {
        assertEquals("Saddam_Hussein", link(EntityType.PERSON, "Saddam").orElseThrow().title());
        assertTrue(link(EntityType.PERSON, "Boeing").isEmpty(), "a company's page is no person's");
    }

    @Test
    void aTitledSurnameFindsThePersonsPage() {
        assertEquals("Pablo_Mena", link(EntityType.PERSON, "Mena", "President Mena").orElseThrow().title());
    }

    @Test
    void legalFormsAcronymPagesAbbreviationsAndHyphensFit() {
        assertEquals("Lennar_Corporation", link(EntityType.ORGANIZATION, "Lennar Corp.").orElseThrow().title());
        assertEquals("NBC", link(EntityType.ORGANIZATION, "NBC").orElseThrow().title());
        assertEquals("Colorado", link(EntityType.STATE_OR_PROVINCE, "Colo.").orElseThrow().title());
        assertEquals("Al_Jazeera", link(EntityType.ORGANIZATION, "Al-Jazeera").orElseThrow().title());
    }
}
