package dev.rustyevents.http;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import io.quarkus.runtime.ImageMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jboss.logging.Logger;

/**
 * Brotli (RFC 7932) through brotli4j, a JNI binding whose native library comes from the {@code
 * native-linux-x86_64} (…) jar for the running platform.
 *
 * <p>JVM only. brotli4j ships no GraalVM native-image configuration; Quarkus registers the library
 * for native images only when its own compression lists {@code br} in {@code
 * quarkus.http.compressors}, which this application does not use, and a native image with it was
 * never built or tested here. So in a native executable {@link #AVAILABLE} is false before
 * brotli4j's loader is touched, and every body is offered in gzip and identity only. On a JVM whose
 * platform has no brotli4j library (the loader reports why) the same holds.
 */
final class Brotli {

    private static final Logger LOG = Logger.getLogger(Brotli.class);

    /**
     * Quality 0-11. 11 is about 4 % smaller than 6 and takes ten times as long; a body is
     * compressed once per data version but on the request that missed the cache.
     */
    private static final int QUALITY = 6;

    /** Whether {@link #compress} may be called. */
    static final boolean AVAILABLE = ImageMode.current() == ImageMode.JVM && load();

    private Brotli() {}

    private static boolean load() {
        if (Brotli4jLoader.isAvailable()) {
            return true;
        }
        LOG.infof(
                "brotli4j unavailable (%s): bodies are offered in gzip only",
                Brotli4jLoader.getUnavailabilityCause());
        return false;
    }

    /**
     * @param bytes what to compress
     * @return their Brotli stream, text mode
     * @throws IllegalStateException when {@link #AVAILABLE} is false
     */
    static byte[] compress(byte[] bytes) {
        if (!AVAILABLE) {
            throw new IllegalStateException("brotli4j is not available");
        }
        try {
            return Encoder.compress(
                    bytes, new Encoder.Parameters().setQuality(QUALITY).setMode(Encoder.Mode.TEXT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
