package dev.rustyevents.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** SHA-256 hex against the FIPS 180-2 test vectors, and text hashed as its UTF-8 bytes. */
class Sha256Test {

    @Test
    void shouldMatchTheStandardVectors() {
        assertEquals(
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                Sha256.hex("abc"));
        assertEquals(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                Sha256.hex(new byte[0]));
    }

    @Test
    void shouldHashTextAsItsUtf8Bytes() {
        String text = "Zürich · 東京";
        assertEquals(Sha256.hex(text.getBytes(StandardCharsets.UTF_8)), Sha256.hex(text));
    }
}
