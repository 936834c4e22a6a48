package dev.rustyevents.http;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an {@code Accept-Encoding} request header (RFC 9110 §12.5.3) and picks the coding of a body
 * compressed ahead of time. Own code because neither JAX-RS nor Quarkus exposes this negotiation
 * for a body compressed once per data version; Quarkus's own compression would compress the same
 * bytes again on every request.
 */
public final class AcceptEncoding {

    /** RFC 9110 §12.4.2: {@code qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )}. */
    private static final Pattern QVALUE = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");

    private AcceptEncoding() {}

    /**
     * @param header the header value, or null when absent
     * @param offered the codings the body is available in; {@link ContentCoding#IDENTITY} is always
     *     available whether listed or not
     * @return the offered coding the client accepts with the highest quality value; among equal
     *     ones the smallest ({@link ContentCoding} order). Only when asked: no header, an empty one
     *     or one naming nothing offered gives {@link ContentCoding#IDENTITY}. A coding is matched
     *     by name ({@code x-gzip} is gzip, §8.4.1.3), else by {@code *}; {@code q=0} refuses it,
     *     and a named refusal is not undone by {@code *}. An element whose qvalue is not RFC 9110
     *     §12.4.2's (above 1, more than three decimals, {@code Infinity}, garbage) is ignored.
     *     {@code identity} unnamed and not refused by {@code *;q=0} is acceptable, but below any
     *     coding the client lists; when nothing offered is acceptable the body goes uncoded
     *     (§12.5.3 allows that instead of 406)
     */
    public static ContentCoding choose(String header, Set<ContentCoding> offered) {
        if (header == null || header.isBlank()) {
            return ContentCoding.IDENTITY;
        }
        ContentCoding best = ContentCoding.IDENTITY;
        double bestQuality = 0;
        for (ContentCoding coding : ContentCoding.values()) {
            if (coding == ContentCoding.IDENTITY || !offered.contains(coding)) {
                continue;
            }
            double q = quality(header, coding);
            if (q > bestQuality) {
                best = coding;
                bestQuality = q;
            }
        }
        return best != ContentCoding.IDENTITY
                        && bestQuality >= quality(header, ContentCoding.IDENTITY)
                ? best
                : ContentCoding.IDENTITY;
    }

    /**
     * @return the coding's quality value in the header: by name, else by {@code *}, else 0 (for
     *     {@code identity}: a value just above 0, acceptable but last)
     */
    private static double quality(String header, ContentCoding coding) {
        OptionalDouble named = OptionalDouble.empty();
        OptionalDouble wildcard = OptionalDouble.empty();
        for (String item : header.split(",")) {
            String[] parts = item.split(";");
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            OptionalDouble q = weight(parts);
            if (q.isEmpty()) {
                continue;
            }
            if (name.equals(coding.token())
                    || (coding == ContentCoding.GZIP && name.equals("x-gzip"))) {
                named = q;
            } else if (name.equals("*")) {
                wildcard = q;
            }
        }
        if (named.isPresent()) {
            return named.getAsDouble();
        }
        if (wildcard.isPresent()) {
            return wildcard.getAsDouble();
        }
        return coding == ContentCoding.IDENTITY ? Double.MIN_VALUE : 0;
    }

    /**
     * @return the element's {@code q} parameter (1 when it has none), or empty when it is malformed
     */
    private static OptionalDouble weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip().toLowerCase(Locale.ROOT);
            if (p.startsWith("q=")) {
                String value = p.substring(2).strip();
                return QVALUE.matcher(value).matches()
                        ? OptionalDouble.of(Double.parseDouble(value))
                        : OptionalDouble.empty();
            }
        }
        return OptionalDouble.of(1);
    }
}
