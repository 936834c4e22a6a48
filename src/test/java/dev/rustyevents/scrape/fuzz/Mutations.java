package dev.rustyevents.scrape.fuzz;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Mutations of a real page, as jqwik generators: what a broken mirror, a half-written upload, a
 * wrong charset or a hostile page could make of an issue. Each mutation has a name that says what
 * it did (jqwik prints it with a failing sample), and is a pure function of its parameters, so a
 * fixed seed replays the same cases.
 *
 * <p>Kinds: truncation (anywhere, or inside the events section), a span or the whole events section
 * duplicated, a span or the section's lists removed, a date replaced by a garbage date, random bit
 * flips in the UTF-8 bytes, wrong encodings (UTF-8 read as ISO-8859-1, UTF-16 read as UTF-8 or
 * ISO-8859-1, byte order marks), a huge line, control characters and lone surrogates, deeply nested
 * lists.
 */
public final class Mutations {

    /** One change to a page. */
    public record Mutation(String name, UnaryOperator<String> apply) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Dates no calendar has, or that no TWiR issue would list, in every shape the formats read. */
    public static final List<String> GARBAGE_DATES =
            List.of(
                    "Feb 30",
                    "February 30th",
                    "Feb 29",
                    "Oct 0",
                    "Oct 99",
                    "Dec 31 - Jan 1",
                    "Jan 31 - 30",
                    "Sept 31st, 9999",
                    "Mar 1, 0000",
                    "13/45",
                    "0/0",
                    "99/99",
                    "1/1/1/1",
                    "2/30 & 31",
                    "2026-13-45",
                    "2026-02-30",
                    "2025-02-29",
                    "0000-00-00",
                    "0000-01-01",
                    "9999-12-31",
                    "99999-01-01",
                    "2147483648-01-01",
                    "2026-1-1",
                    "2026-01-07 - 2025-01-07",
                    "2026-01-31 - 01-30",
                    "2026-01-07 to 2026-01-06",
                    "2026-01-07-08-09-10",
                    "2026-01-07 & & &",
                    "-2026-01-07",
                    "2026-01-07T25:61",
                    "2024-01-01-",
                    "２０２６-０１-０７",
                    "٢٠٢٦-٠١-٠٧",
                    "२०२६-०१-०७",
                    "2026‐01‐07",
                    "");

    /** Linear on any text: no {@code \\b}, which scans back over every combining mark before it. */
    private static final Pattern DATE_LIKE =
            Pattern.compile(
                    "\\d{4}-\\d{1,2}-\\d{1,2}|(?<![A-Za-z])(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}"
                            + "|(?<!\\d)\\d{1,2}/\\d{1,2}(?!\\d)");

    private static final Pattern SECTION =
            Pattern.compile("(?i)>\\s*Upcoming (?:Events|Meetups)\\s*<|>\\s*Meetups\\s*<");
    private static final Pattern NEXT_SECTION = Pattern.compile("(?i)<h[12][\\s>]");
    private static final Pattern LIST = Pattern.compile("(?s)<ul>.*?</ul>");

    private Mutations() {}

    /**
     * @return one mutation of any kind, its parameters random
     */
    public static Arbitrary<Mutation> any() {
        return Arbitraries.oneOf(
                truncation(),
                duplication(),
                removal(),
                garbageDate(),
                byteFlips(),
                wrongEncoding(),
                hugeLine(),
                controlChars(),
                nestedLists());
    }

    /**
     * @return a page cut at a random offset, or at a random offset inside its events section
     */
    public static Arbitrary<Mutation> truncation() {
        return Combinators.combine(fraction(), Arbitraries.of(true, false))
                .as(
                        (f, inSection) ->
                                new Mutation(
                                        "truncate "
                                                + (inSection ? "section " : "")
                                                + "at "
                                                + percent(f),
                                        page -> {
                                            int[] span =
                                                    inSection
                                                            ? section(page)
                                                            : new int[] {0, page.length()};
                                            return page.substring(0, at(span, f));
                                        }));
    }

    /**
     * @return a random span, or the whole events section, written twice
     */
    public static Arbitrary<Mutation> duplication() {
        Arbitrary<Mutation> span =
                Combinators.combine(fraction(), Arbitraries.integers().between(1, 20_000))
                        .as(
                                (f, len) ->
                                        new Mutation(
                                                "duplicate " + len + " chars at " + percent(f),
                                                page -> {
                                                    int from = at(new int[] {0, page.length()}, f);
                                                    int to = Math.min(page.length(), from + len);
                                                    return page.substring(0, to)
                                                            + page.substring(from, to)
                                                            + page.substring(to);
                                                }));
        Arbitrary<Mutation> section =
                Arbitraries.integers()
                        .between(2, 5)
                        .map(
                                times ->
                                        new Mutation(
                                                "events section " + times + " times",
                                                page -> {
                                                    int[] s = section(page);
                                                    return page.substring(0, s[1])
                                                            + page.substring(s[0], s[1])
                                                                    .repeat(times - 1)
                                                            + page.substring(s[1]);
                                                }));
        return Arbitraries.oneOf(span, section);
    }

    /**
     * @return a random span removed, or every list of the events section removed
     */
    public static Arbitrary<Mutation> removal() {
        Arbitrary<Mutation> span =
                Combinators.combine(fraction(), Arbitraries.integers().between(1, 20_000))
                        .as(
                                (f, len) ->
                                        new Mutation(
                                                "remove " + len + " chars at " + percent(f),
                                                page -> {
                                                    int from = at(new int[] {0, page.length()}, f);
                                                    return page.substring(0, from)
                                                            + page.substring(
                                                                    Math.min(
                                                                            page.length(),
                                                                            from + len));
                                                }));
        Arbitrary<Mutation> lists =
                Arbitraries.just(
                        new Mutation(
                                "events section without its lists",
                                page -> {
                                    int[] s = section(page);
                                    return page.substring(0, s[0])
                                            + LIST.matcher(page.substring(s[0], s[1]))
                                                    .replaceAll("")
                                            + page.substring(s[1]);
                                }));
        return Arbitraries.oneOf(span, lists);
    }

    /**
     * @return the n-th date-like text of the page (or every one) replaced by a garbage date
     */
    public static Arbitrary<Mutation> garbageDate() {
        Arbitrary<String> garbage =
                Arbitraries.oneOf(
                        Arbitraries.of(GARBAGE_DATES),
                        Arbitraries.strings()
                                .withChars("0123456789-/&, ")
                                .ofMinLength(1)
                                .ofMaxLength(24));
        return Combinators.combine(garbage, Arbitraries.integers().between(-1, 80))
                .as(
                        (g, n) ->
                                new Mutation(
                                        (n < 0 ? "every date" : "date #" + n) + " → '" + g + "'",
                                        page -> {
                                            Matcher m = DATE_LIKE.matcher(page);
                                            StringBuilder out = new StringBuilder();
                                            int i = 0;
                                            while (m.find()) {
                                                m.appendReplacement(
                                                        out,
                                                        n < 0 || i == n
                                                                ? Matcher.quoteReplacement(g)
                                                                : "$0");
                                                i++;
                                            }
                                            m.appendTail(out);
                                            return out.toString();
                                        }));
    }

    /**
     * @return 1 .. 64 random bits of the page's UTF-8 bytes flipped, read back as UTF-8
     */
    public static Arbitrary<Mutation> byteFlips() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(1, 64))
                .as(
                        (seed, n) ->
                                new Mutation(
                                        n + " bit flips (seed " + seed + ")",
                                        page -> {
                                            byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
                                            java.util.SplittableRandom random =
                                                    new java.util.SplittableRandom(seed);
                                            for (int i = 0; i < n && bytes.length > 0; i++) {
                                                bytes[random.nextInt(bytes.length)] ^=
                                                        (byte) (1 << random.nextInt(8));
                                            }
                                            return new String(bytes, StandardCharsets.UTF_8);
                                        }));
    }

    /**
     * @return the page's bytes in one charset read in another, or with byte order marks
     */
    public static Arbitrary<Mutation> wrongEncoding() {
        return Arbitraries.of(
                recode(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1),
                recode(StandardCharsets.UTF_16BE, StandardCharsets.UTF_8),
                recode(StandardCharsets.UTF_16LE, StandardCharsets.ISO_8859_1),
                recode(StandardCharsets.UTF_16, StandardCharsets.UTF_8),
                recode(StandardCharsets.ISO_8859_1, StandardCharsets.UTF_8),
                new Mutation("UTF-8 byte order mark", page -> "\uFEFF" + page),
                new Mutation("UTF-16 byte order mark read as ISO-8859-1", page -> "þÿ" + page),
                new Mutation("byte order marks everywhere", page -> page.replace(">", ">\uFEFF")));
    }

    private static Mutation recode(Charset written, Charset read) {
        return new Mutation(
                written + " read as " + read, page -> new String(page.getBytes(written), read));
    }

    /**
     * @return a line of 10 k .. 300 k characters inserted at a random offset (or in the events
     *     section)
     */
    public static Arbitrary<Mutation> hugeLine() {
        Arbitrary<String> unit =
                Arbitraries.of(
                        "a",
                        " ",
                        "- ",
                        ", ",
                        "|",
                        "( ",
                        "[x](",
                        "2026-01-07 | ",
                        "Virtual + ",
                        "<b>",
                        "<a href=x>",
                        "&amp;",
                        "\u00A0",
                        "Oct 26 & ",
                        "\u0301");
        return Combinators.combine(
                        fraction(),
                        Arbitraries.of(true, false),
                        unit,
                        Arbitraries.integers().between(10_000, 300_000))
                .as(
                        (f, inSection, u, len) ->
                                new Mutation(
                                        "line of "
                                                + len
                                                + " × '"
                                                + u
                                                + "' at "
                                                + (inSection ? "section " : "")
                                                + percent(f),
                                        page ->
                                                insert(
                                                        page,
                                                        f,
                                                        inSection,
                                                        u.repeat(Math.max(1, len / u.length())))));
    }

    /**
     * @return 1 .. 50 control characters, separators or lone surrogates at random offsets
     */
    public static Arbitrary<Mutation> controlChars() {
        Arbitrary<Character> ch =
                Arbitraries.oneOf(
                        Arbitraries.chars().range('\u0000', '\u001F'),
                        Arbitraries.of(
                                '\u007F', '\u0085', '\u2028', '\u2029', '\uFFFE', '\uFFFF',
                                '\uD800', '\uDFFF', '\u200B', '\u202E'));
        return Combinators.combine(Arbitraries.longs(), ch.list().ofMinSize(1).ofMaxSize(50))
                .as(
                        (seed, chars) ->
                                new Mutation(
                                        chars.size() + " control chars (seed " + seed + ")",
                                        page -> {
                                            StringBuilder out = new StringBuilder(page);
                                            java.util.SplittableRandom random =
                                                    new java.util.SplittableRandom(seed);
                                            for (char c : chars) {
                                                out.insert(random.nextInt(out.length() + 1), c);
                                            }
                                            return out.toString();
                                        }));
    }

    /**
     * @return 50 .. 3000 nested {@code <ul><li>} inserted in the events section or anywhere
     */
    public static Arbitrary<Mutation> nestedLists() {
        return Combinators.combine(
                        fraction(),
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(50, 3000))
                .as(
                        (f, inSection, depth) ->
                                new Mutation(
                                        depth
                                                + " nested lists at "
                                                + (inSection ? "section " : "")
                                                + percent(f),
                                        page ->
                                                insert(
                                                        page,
                                                        f,
                                                        inSection,
                                                        nested(
                                                                depth,
                                                                "2026-01-07 | Virtual | x"))));
    }

    /**
     * @param depth how many lists deep
     * @param text the text of each item
     * @return {@code depth} nested {@code <ul><li>}, unclosed (as a truncated page leaves them)
     */
    public static String nested(int depth, String text) {
        return ("<ul><li>" + text).repeat(depth);
    }

    /**
     * @return the offsets of the events section: its heading's text to the next h1/h2, or the whole
     *     page
     */
    static int[] section(String page) {
        Matcher start = SECTION.matcher(page);
        if (!start.find()) {
            return new int[] {0, page.length()};
        }
        Matcher end = NEXT_SECTION.matcher(page);
        int to = end.find(start.end()) ? end.start() : page.length();
        return new int[] {start.start() + 1, to};
    }

    private static String insert(String page, double f, boolean inSection, String text) {
        int at = at(inSection ? section(page) : new int[] {0, page.length()}, f);
        return page.substring(0, at) + text + page.substring(at);
    }

    private static int at(int[] span, double f) {
        return span[0] + (int) Math.floor((span[1] - span[0]) * f);
    }

    private static Arbitrary<Double> fraction() {
        return Arbitraries.doubles().between(0, 1).ofScale(4);
    }

    private static String percent(double f) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", f * 100);
    }
}
