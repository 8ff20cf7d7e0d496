package org.newsgraph.link;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WikiDictTest {

    private static ByteArrayInputStream gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    @Test
    void exactStringsFindTheirPageAndScore(@TempDir Path dir) throws IOException {
        StringBuilder raw = new StringBuilder("Sergei Lavrov\tSergey_Lavrov\t1.0\nErdoğan\tRecep_Tayyip_Erdoğan\t0.75\n");
        for (int i = 0; i < 20_000; i++) {
            raw.append("name ").append(i).append('\t').append("Page_").append(i % 700).append("\t0.5\n");
        }
        raw.append("broken line without tabs\nSergei Lavrov\tSomething_Else\t0.1\n");
        WikiDict.build(gzip(raw.toString()), dir.resolve("index"));
        try (WikiDict dict = WikiDict.open(dir.resolve("index"))) {
            assertEquals(20_002, dict.size(), "the broken line is skipped, the repeated string kept once");
            assertEquals("Sergey_Lavrov", dict.lookup("Sergei Lavrov").orElseThrow().page(), "first line wins");
            assertEquals(0.75, dict.lookup("Erdoğan").orElseThrow().score(), 1e-6);
            assertEquals("Recep_Tayyip_Erdoğan", dict.lookup("Erdoğan").orElseThrow().page());
            assertEquals("Page_321", dict.lookup("name 12921").orElseThrow().page());
            assertTrue(dict.lookup("sergei lavrov").isEmpty(), "lookups are exact");
            assertTrue(dict.lookup("name 20000").isEmpty());
        }
    }

    @Test
    void aFolderThatIsNoIndexIsRefused(@TempDir Path dir) throws IOException {
        for (String f : new String[] {"hashes.bin", "entries.bin", "titles.bin"}) {
            Files.write(dir.resolve(f), new byte[16]);
        }
        assertThrows(IOException.class, () -> WikiDict.open(dir));
    }
}
