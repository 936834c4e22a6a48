package dev.rustyevents.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lower-case hex, the form entity tags and stored content hashes take. */
public final class Sha256 {

    private Sha256() {}

    /**
     * @param bytes any bytes
     * @return their SHA-256, 64 lower-case hex digits
     */
    public static String hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /**
     * @param text any text
     * @return the SHA-256 of its UTF-8 bytes, 64 lower-case hex digits (an issue page's {@code
     *     TwirIssue.contentHash})
     */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
