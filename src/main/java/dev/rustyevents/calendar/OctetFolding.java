package dev.rustyevents.calendar;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * RFC 5545 §3.1 line folding by octets. ical4j's {@code FoldingWriter} counts UTF-16 chars, so a
 * SUMMARY in Japanese or with emoji comes out as 75-char lines of up to 225 octets, which strict
 * parsers reject; this class folds the unfolded text ical4j produces ({@code Calendar.toString()})
 * on code point boundaries instead.
 */
final class OctetFolding {

    /**
     * RFC 5545 §3.1: "Lines of text SHOULD NOT be longer than 75 octets, excluding the line break."
     */
    static final int MAX_OCTETS = 75;

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] FOLD = {'\r', '\n', ' '};

    private OctetFolding() {}

    /**
     * @param unfolded iCalendar content lines, each ended by CRLF, none folded
     * @return the same lines as UTF-8 bytes, each physical line at most {@value #MAX_OCTETS} octets
     *     (a continuation line's leading space included), folded with CRLF + space before a code
     *     point, never inside one
     */
    static byte[] fold(String unfolded) {
        ByteArrayOutputStream out =
                new ByteArrayOutputStream(unfolded.length() + unfolded.length() / 64 * 3 + 64);
        int lineStart = 0;
        while (lineStart < unfolded.length()) {
            int lineEnd = unfolded.indexOf("\r\n", lineStart);
            if (lineEnd < 0) {
                lineEnd = unfolded.length();
            }
            foldLine(unfolded, lineStart, lineEnd, out);
            out.writeBytes(CRLF);
            lineStart = lineEnd + 2;
        }
        return out.toByteArray();
    }

    private static void foldLine(String text, int start, int end, ByteArrayOutputStream out) {
        int octets = 0;
        int i = start;
        while (i < end) {
            int cp = text.codePointAt(i);
            int size = utf8Length(cp);
            if (octets + size > MAX_OCTETS) {
                out.writeBytes(FOLD);
                octets = 1;
            }
            if (cp < 0x80) {
                out.write(cp);
            } else {
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
            }
            octets += size;
            i += Character.charCount(cp);
        }
    }

    private static int utf8Length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
}
