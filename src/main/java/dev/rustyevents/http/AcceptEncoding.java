package dev.rustyevents.http;

import java.util.Locale;

/**
 * Reads an {@code Accept-Encoding} request header (RFC 9110 §12.5.3). Own code because neither
 * JAX-RS nor Quarkus exposes this negotiation for a body compressed ahead of time; Quarkus's own
 * compression would gzip the same bytes again on every request.
 */
public final class AcceptEncoding {

    private AcceptEncoding() {}

    /**
     * @param header the header value, or null when absent
     * @return true when gzip is acceptable: listed as {@code gzip}, {@code x-gzip} or {@code *}
     *     with a non-zero quality value ({@code gzip;q=0} refuses it)
     */
    public static boolean gzip(String header) {
        if (header == null) {
            return false;
        }
        boolean wildcard = false;
        for (String item : header.split(",")) {
            String[] parts = item.split(";");
            String coding = parts[0].strip().toLowerCase(Locale.ROOT);
            boolean acceptable = quality(parts) > 0;
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                return acceptable;
            }
            if (coding.equals("*")) {
                wildcard = acceptable;
            }
        }
        return wildcard;
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip().toLowerCase(Locale.ROOT);
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2).strip());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
