package org.newsgraph.annotate;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The names CoreNLP's NER leaves untagged or cut, that newsgraph's rules ({@code names.rules}) and its reading of
 * wire marks make whole, on the real models.
 */
class NameRulesTest {

    private static List<String> mentions(String text) {
        CoreDocument doc = NlpPipeline.shared().annotate(text);
        return doc.entityMentions().stream().map(CoreEntityMention::text).toList();
    }

    @Test
    void aBodyWordWithOfOrForAndAProperNameIsOneName() {
        List<String> m = mentions("The Bank of Canada left rates unchanged. A jury in the District Court of Harris "
                + "County ruled for the company. The Office for National Statistics said prices rose.");
        assertTrue(m.contains("Bank of Canada"), m.toString());
        assertTrue(m.contains("District Court of Harris County"), m.toString());
        assertTrue(m.contains("Office for National Statistics"), m.toString());
    }

    @Test
    void twoFieldsJoinedBeforeABodyWordAreOneName() {
        List<String> m = mentions("The country's Agriculture and Fisheries Ministry said the catch fell. Members "
                + "of the Energy and Commerce Committee met on Tuesday.");
        assertTrue(m.contains("Agriculture and Fisheries Ministry"), m.toString());
        assertTrue(m.contains("Energy and Commerce Committee"), m.toString());
    }

    @Test
    void anInstitutionWordAfterANameBelongsToIt() {
        List<String> m = mentions("The senator was taken to Walter Reed Army Hospital. She studied at Tulane "
                + "University.");
        assertTrue(m.contains("Walter Reed Army Hospital"), m.toString());
        assertTrue(m.contains("Tulane University"), m.toString());
    }

    @Test
    void aNameWithACompanyDesignatorIsACompanysWhoeverItIsNamedAfter() {
        CoreDocument doc = NlpPipeline.shared().annotate("The jury ruled for John Harding Corp and against Mary "
                + "Ellis Inc in the dispute.");
        List<String> types = doc.entityMentions().stream()
                .filter(m -> m.text().equals("John Harding Corp") || m.text().equals("Mary Ellis Inc"))
                .map(CoreEntityMention::entityType).toList();
        assertEquals(List.of("ORGANIZATION", "ORGANIZATION"), types, doc.entityMentions().toString());
    }

    @Test
    void aWireCompanyMarkIsReadAsAName() {
        List<String> m = mentions("<Harlow Freight Corp> said it bought a stake in <Dessen Leasing Ltd>, a unit of "
                + "Volta Mining Corp <VMC>.");
        assertTrue(m.contains("Harlow Freight Corp"), m.toString());
        assertTrue(m.contains("Dessen Leasing Ltd"), m.toString());
        assertTrue(m.contains("Volta Mining Corp"), m.toString());
    }

    @Test
    void theVersionChangesWithTheContentOfTheRuleFiles() throws IOException {
        Path rules = Files.createTempFile("names", ".rules");
        Files.writeString(rules, "# one\n");
        Properties p = NlpPipeline.defaultProperties();
        String shipped = NlpPipeline.create(p).version();
        p.setProperty("ner.additional.tokensregex.rules", rules.toString());
        String first = NlpPipeline.create(p).version();
        Files.writeString(rules, "# two\n");
        String changed = NlpPipeline.create(p).version();
        assertNotEquals(shipped, first);
        assertNotEquals(first, changed, "same path, other content");
    }
}
