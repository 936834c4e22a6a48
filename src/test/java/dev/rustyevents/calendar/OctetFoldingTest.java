package dev.rustyevents.calendar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RFC 5545 §3.1 folding of {@link OctetFolding}: at most 75 octets a physical line (a
 * continuation's leading space included), CRLF + space before a code point, never inside one. The
 * titles are TWiR's own (issues 517, 603, 629, 663); the padding puts a given character exactly on
 * the 75-octet boundary.
 */
class OctetFoldingTest {

    private static final String CRLF = "\r\n";

    private static String ascii(int n) {
        return "x".repeat(n);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String folded(String unfolded) {
        return new String(OctetFolding.fold(unfolded), StandardCharsets.UTF_8);
    }

    /** The physical lines of folded output, without their CRLF (the output must end with one). */
    private static List<byte[]> physicalLines(byte[] out) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + 1 < out.length; i++) {
            if (out[i] == '\r' && out[i + 1] == '\n') {
                byte[] line = new byte[i - start];
                System.arraycopy(out, start, line, 0, line.length);
                lines.add(line);
                start = i + 2;
                i++;
            }
        }
        assertEquals(out.length, start, "the output ends with CRLF");
        return lines;
    }

    @Test
    void shouldLeaveALineOfExactly75OctetsAsItIs() {
        String line = "SUMMARY:" + ascii(67);
        assertEquals(75, utf8(line).length);
        assertEquals(line + CRLF, folded(line + CRLF));
    }

    @Test
    void shouldFoldThe76thOctetOntoAContinuationLineStartingWithASpace() {
        String line = "SUMMARY:" + ascii(67) + "Y";
        assertEquals("SUMMARY:" + ascii(67) + CRLF + " Y" + CRLF, folded(line + CRLF));
    }

    @Test
    void shouldCountTheContinuationsLeadingSpaceInTheLimit() {
        // 200 octets: 75 on the first line, then 74 (+ the space) on the next, 51 on the last.
        String line = "DESCRIPTION:" + ascii(188);
        List<byte[]> lines = physicalLines(OctetFolding.fold(line + CRLF));
        assertEquals(List.of(75, 75, 52), lines.stream().map(l -> l.length).toList());
        assertEquals(' ', lines.get(1)[0]);
        assertEquals(' ', lines.get(2)[0]);
    }

    @Test
    void shouldFoldBeforeAThreeOctetCharacterThatWouldCrossTheBoundary() {
        // Issue 629: "GDPS语音AI agent WorkShop+Meetup"; 语 would take octets 74..76.
        String title = "GDPS语音AI agent WorkShop+Meetup";
        String line = "SUMMARY:" + ascii(61) + title;
        assertEquals(
                "SUMMARY:" + ascii(61) + "GDPS" + CRLF + " 语音AI agent WorkShop+Meetup" + CRLF,
                folded(line + CRLF));
    }

    @Test
    void shouldKeepAThreeOctetCharacterEndingOnOctet75OnTheLine() {
        // 语 takes octets 73..75 and stays; 音 would take 76..78 and goes to the next line.
        String line = "SUMMARY:" + ascii(60) + "GDPS语音AI";
        assertEquals("SUMMARY:" + ascii(60) + "GDPS语" + CRLF + " 音AI" + CRLF, folded(line + CRLF));
    }

    @Test
    void shouldFoldBeforeAFourOctetEmojiThatWouldCrossTheBoundary() {
        // Issue 663: "Rust Berlin on location 🏳️‍🌈 - Edition 016"; 🏳 (U+1F3F3) would take octets
        // 73..76.
        String title = "Rust Berlin on location \uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08 - Edition 016";
        String line = "SUMMARY:" + ascii(40) + title;
        assertEquals(
                "SUMMARY:"
                        + ascii(40)
                        + "Rust Berlin on location "
                        + CRLF
                        + " \uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08 - Edition 016"
                        + CRLF,
                folded(line + CRLF));
    }

    @Test
    void shouldKeepAFourOctetEmojiEndingExactlyOnTheBoundary() {
        // Issue 603: "Crab time June 🦀"; 🦀 takes octets 72..75, the line is exactly 75 octets.
        String line = "SUMMARY:" + ascii(48) + "Crab time June \uD83E\uDD80";
        assertEquals(75, utf8(line).length);
        assertEquals(line + CRLF, folded(line + CRLF));
    }

    @Test
    void shouldFoldBetweenTheCodePointsOfAnEmojiSequenceNotInsideOne() {
        // 🏳 ends on octet 75; the variation selector U+FE0F (3 octets) starts the next line.
        String line =
                "SUMMARY:"
                        + ascii(39)
                        + "Rust Berlin on location \uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08 - Edition 016";
        assertEquals(
                "SUMMARY:"
                        + ascii(39)
                        + "Rust Berlin on location \uD83C\uDFF3"
                        + CRLF
                        + " \uFE0F\u200D\uD83C\uDF08 - Edition 016"
                        + CRLF,
                folded(line + CRLF));
    }

    @Test
    void shouldFoldBeforeATwoOctetCharacterThatWouldCrossTheBoundary() {
        // LocationParserTest's "München/Munich, DE": ü would take octets 75..76.
        String line = "LOCATION:" + ascii(64) + "München/Munich, Germany";
        assertEquals(
                "LOCATION:" + ascii(64) + "M" + CRLF + " ünchen/Munich, Germany" + CRLF,
                folded(line + CRLF));
    }

    @Test
    void shouldFoldEachContentLineOnItsOwn() {
        String unfolded =
                "BEGIN:VEVENT"
                        + CRLF
                        + "SUMMARY:"
                        + ascii(70)
                        + CRLF
                        + "UID:0a6a4a3e-0000-3000-8000-000000000000"
                        + CRLF
                        + "END:VEVENT"
                        + CRLF;
        assertEquals(
                "BEGIN:VEVENT"
                        + CRLF
                        + "SUMMARY:"
                        + ascii(67)
                        + CRLF
                        + " xxx"
                        + CRLF
                        + "UID:0a6a4a3e-0000-3000-8000-000000000000"
                        + CRLF
                        + "END:VEVENT"
                        + CRLF,
                folded(unfolded));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "🦀 7/27(목) T-RUST Meetup 🦀 (+ 현직자 네트워킹 세션)",
                "Rust Berlin on location 🏳️\u200d🌈 - Edition 016",
                "GDPS语音AI agent WorkShop+Meetup",
                "\u200bRust Mumbai — July Meetup 🦀",
                "Month-end Rusting—Fun with 🍌 and 🔎!",
            })
    void shouldFoldTwirTitlesAtEveryOffsetIntoValidLinesThatUnfoldToTheOriginal(String title)
            throws CharacterCodingException {
        for (int pad = 0; pad < 80; pad++) {
            String line = "SUMMARY:" + ascii(pad) + title.repeat(3);
            byte[] out = OctetFolding.fold(line + CRLF);
            List<byte[]> lines = physicalLines(out);
            for (int i = 0; i < lines.size(); i++) {
                byte[] l = lines.get(i);
                assertTrue(
                        l.length <= OctetFolding.MAX_OCTETS,
                        "pad " + pad + ", line " + i + ": " + l.length + " octets");
                if (i > 0) {
                    assertEquals(' ', l[0], "pad " + pad + ": a continuation starts with a space");
                }
                // Each physical line is valid UTF-8 on its own: no sequence is cut.
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(l));
            }
            // RFC 5545 §3.1: unfolding removes CRLF + one space and gives the line back.
            byte[] unfolded =
                    new String(out, StandardCharsets.UTF_8)
                            .replace(CRLF + " ", "")
                            .getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(utf8(line + CRLF), unfolded, "pad " + pad);
        }
    }

    @Test
    void shouldFoldOnlyWhereTheOctetsRequireIt() {
        // 75 octets in 27 chars (2 ASCII, 24 of a 3-octet script, 1 ASCII): no fold. Counting
        // chars, as ical4j's FoldingWriter does, would have let 75 such chars (225 octets) through.
        String line = "X:" + "语".repeat(24) + "A";
        assertEquals(75, utf8(line).length);
        assertEquals(line + CRLF, folded(line + CRLF));
        // 25 such characters (77 octets) need one fold, before the last one.
        String longer = "X:" + "语".repeat(25);
        assertEquals("X:" + "语".repeat(24) + CRLF + " 语" + CRLF, folded(longer + CRLF));
    }
}
