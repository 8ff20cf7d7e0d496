package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Turns the bytes of a text file into a normalised Java string, or explains why they are not text.
 *
 * <p>Order of decisions: empty input; byte order mark (UTF-8, UTF-16LE, UTF-16BE); known binary
 * signatures; NUL bytes (binary unless the layout is that of UTF-16 without a mark); strict UTF-8;
 * UTF-8 with a few damaged bytes (when well-formed non-ASCII characters outnumber them); otherwise
 * windows-1252 (Latin-1 when unavailable). The decoded text is rejected as binary when more than
 * 10% of its characters are control characters. The result is NFC-normalised, uses {@code \n}
 * line ends, and holds no control characters other than {@code \t} and {@code \n}.
 */
public final class Decoding {

    private static final Charset WINDOWS_1252 = Charset.isSupported("windows-1252")
            ? Charset.forName("windows-1252") : StandardCharsets.ISO_8859_1;

    private Decoding() {
    }

    /**
     * Decodes a whole file.
     *
     * @param bytes the file content
     * @return the text, normalised as described in the class comment
     * @throws UnreadableInputException when the bytes are empty, only whitespace, or binary data
     */
    public static String decode(byte[] bytes) throws UnreadableInputException {
        if (bytes.length == 0) {
            throw new UnreadableInputException("empty file");
        }
        String text = normalize(decodeRaw(bytes));
        if (text.isBlank()) {
            throw new UnreadableInputException("empty file");
        }
        return text;
    }

    private static String decodeRaw(byte[] b) throws UnreadableInputException {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return checked(new String(b, 3, b.length - 3, StandardCharsets.UTF_8));
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return checked(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE));
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return checked(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE));
        }
        String magic = magicName(b);
        if (magic != null) {
            throw binary(" (looks like " + magic + ")");
        }
        if (indexOfNul(b) >= 0) {
            Charset utf16 = utf16WithoutBom(b);
            if (utf16 == null) {
                throw binary("");
            }
            return checked(new String(b, utf16));
        }
        try {
            return checked(strict(StandardCharsets.UTF_8, b));
        } catch (CharacterCodingException notUtf8) {
            String lenient = new String(b, StandardCharsets.UTF_8);
            return checked(mostlyUtf8(lenient) ? lenient : singleByte(b));
        }
    }

    /** UTF-8 with a few damaged bytes: more well-formed non-ASCII characters than broken ones. */
    private static boolean mostlyUtf8(String lenient) {
        long broken = lenient.chars().filter(c -> c == '\uFFFD').count();
        long good = lenient.chars().filter(c -> c > 0x7F && c != '\uFFFD').count();
        return good > broken;
    }

    /** Whether {@code bytes} start with a UTF-8 or UTF-16 byte order mark. */
    static boolean hasBom(byte[] bytes) {
        return startsWith(bytes, 0xEF, 0xBB, 0xBF) || startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF);
    }

    /** Whether {@code bytes} are well-formed UTF-8. */
    static boolean isUtf8(byte[] bytes) {
        try {
            strict(StandardCharsets.UTF_8, bytes);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Applies the normalisation of {@link #decode} to text that is already decoded. */
    static String normalize(String s) {
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < nfc.length() && nfc.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\f') {
                out.append('\n');
            } else if (c == '\n' || c == '\t' || !(isControl(c) || c == '\uFEFF')) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The name of a well-known binary format whose signature starts {@code b}, or {@code null}. */
    static String magicName(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "PNG";
        }
        if (startsWith(b, 'G', 'I', 'F', '8', '7', 'a') || startsWith(b, 'G', 'I', 'F', '8', '9', 'a')) {
            return "GIF";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "JPEG";
        }
        if (startsWith(b, '%', 'P', 'D', 'F', '-')) {
            return "PDF";
        }
        if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6) || startsWith(b, 'P', 'K', 7, 8)) {
            return "ZIP";
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return "GZIP";
        }
        return null;
    }

    private static String checked(String text) throws UnreadableInputException {
        long controls = text.chars().filter(c -> isControl((char) c) && c != '\r' && c != '\n' && c != '\t' && c != '\f').count();
        if (controls * 10 > text.length()) {
            throw binary("");
        }
        return text;
    }

    private static UnreadableInputException binary(String detail) {
        return new UnreadableInputException("binary data, not text" + detail);
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    private static String strict(Charset cs, byte[] b) throws CharacterCodingException {
        return cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(b))
                .toString();
    }

    private static String singleByte(byte[] b) {
        try {
            return strict(WINDOWS_1252, b);
        } catch (CharacterCodingException undefinedByte) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
    }

    /** UTF-16 without a mark shows NULs in every other byte (ASCII-range text), and nowhere else. */
    private static Charset utf16WithoutBom(byte[] b) {
        if (b.length % 2 != 0) {
            return null;
        }
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                if (i % 2 == 0) {
                    evenNuls++;
                } else {
                    oddNuls++;
                }
            }
        }
        int pairs = b.length / 2;
        if (evenNuls == 0 && oddNuls * 10 >= pairs * 9) {
            return StandardCharsets.UTF_16LE;
        }
        if (oddNuls == 0 && evenNuls * 10 >= pairs * 9) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static int indexOfNul(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != (byte) prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
