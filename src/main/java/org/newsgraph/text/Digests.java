package org.newsgraph.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** SHA-256 digests of text, in lower-case hex: what caches and stores use to know a text again. */
public final class Digests {

    private Digests() {
    }

    /** SHA-256 of the text as UTF-8. */
    public static String sha256(String text) {
        Objects.requireNonNull(text, "text");
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * SHA-256 of several parts as UTF-8, each followed by a zero byte so that ("ab", "c") and ("a", "bc") differ;
     * a null part counts as the text "null".
     */
    public static String sha256Of(String... parts) {
        MessageDigest sha = sha256();
        for (String part : parts) {
            sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
