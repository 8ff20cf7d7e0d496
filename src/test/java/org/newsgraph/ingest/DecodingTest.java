package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecodingTest {

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static String reason(byte[] input) {
        return assertThrows(UnreadableInputException.class, () -> Decoding.decode(input)).getMessage();
    }

    @Test
    void decodesUtf8() throws Exception {
        assertEquals("Café in Zürich – “open”", Decoding.decode("Café in Zürich – “open”".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void honoursByteOrderMarks() throws Exception {
        String text = "Café near the Łódź station";
        assertEquals(text, Decoding.decode(concat(bytes(0xEF, 0xBB, 0xBF), text.getBytes(StandardCharsets.UTF_8))));
        assertEquals(text, Decoding.decode(concat(bytes(0xFF, 0xFE), text.getBytes(StandardCharsets.UTF_16LE))));
        assertEquals(text, Decoding.decode(concat(bytes(0xFE, 0xFF), text.getBytes(StandardCharsets.UTF_16BE))));
    }

    @Test
    void recognisesUtf16WithoutByteOrderMark() throws Exception {
        String text = "Plain words in two-byte form.";
        assertEquals(text, Decoding.decode(text.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(text, Decoding.decode(text.getBytes(StandardCharsets.UTF_16BE)));
    }

    @Test
    void fallsBackToWindows1252WhenNotUtf8() throws Exception {
        byte[] cp1252 = "The “café” opened — at last.".getBytes(Charset.forName("windows-1252"));
        assertEquals("The “café” opened — at last.", Decoding.decode(cp1252));
        assertEquals("café", Decoding.decode("café".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void keepsMostlyUtf8TextWithAStrayByteAsUtf8() throws Exception {
        byte[] text = concat("It’s the town’s “best” café ".getBytes(StandardCharsets.UTF_8), bytes(0x92), "here".getBytes(StandardCharsets.UTF_8));
        assertEquals("It’s the town’s “best” café \uFFFDhere", Decoding.decode(text));
    }

    @Test
    void refusesEmptyAndWhitespaceOnlyInput() {
        assertEquals("empty file", reason(new byte[0]));
        assertEquals("empty file", reason(" \n\t\r\n ".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("empty file", reason(bytes(0xEF, 0xBB, 0xBF, '\n')));
    }

    @ParameterizedTest
    @CsvSource({
            "PNG, 89 50 4E 47 0D 0A 1A 0A",
            "GIF, 47 49 46 38 39 61",
            "JPEG, FF D8 FF E0",
            "PDF, 25 50 44 46 2D 31 2E 37",
            "ZIP, 50 4B 03 04",
            "GZIP, 1F 8B 08 00"})
    void namesKnownBinaryFormats(String format, String signature) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (String hex : signature.split(" ")) {
            b.write(Integer.parseInt(hex, 16));
        }
        b.writeBytes("some text that follows the signature".getBytes(StandardCharsets.US_ASCII));

        assertEquals("binary data, not text (looks like " + format + ")", reason(b.toByteArray()));
    }

    @Test
    void refusesRandomBytes() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);

        assertEquals("binary data, not text", reason(noise));
    }

    @Test
    void refusesTextFullOfControlCharacters() {
        byte[] b = "a\u0001b\u0002c\u0003d\u0004e".getBytes(StandardCharsets.US_ASCII);

        assertEquals("binary data, not text", reason(b));
    }

    @Test
    void normalisesToNfcAndUnixLineEnds() throws Exception {
        String decomposed = "Cafe\u0301 one\r\nline two\rline three\fpage";

        assertEquals("Café one\nline two\nline three\npage", Decoding.decode(decomposed.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void dropsStrayControlCharactersAndByteOrderMarks() throws Exception {
        String text = "Long enough text\u0007 with a bell, a \uFEFFmark and\ta tab.";

        assertEquals("Long enough text with a bell, a mark and\ta tab.", Decoding.decode(text.getBytes(StandardCharsets.UTF_8)));
    }
}
