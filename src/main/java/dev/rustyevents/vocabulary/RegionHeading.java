package dev.rustyevents.vocabulary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A region heading of TWiR's events section, and what it says: the one rule for "is this a region
 * heading" and "is it the online section", which the section walker, the reader of text copies, the
 * mode rules and {@link Region#fromHeading} all ask. TWiR's headings (every issue of the corpus,
 * 2018-06 on): the continents as {@link Region#heading()} names them; the online section, {@code
 * Online} (2018-06 .. 2022-02) and {@code Virtual} (since 2022-03); and {@code Asia Pacific} /
 * {@code Asia-Pacific} (2018 .. 2021), which spans two continents and so names no {@link Region}.
 * Case, white space and a trailing colon ({@code Oceania:}) do not matter.
 *
 * @param region the continent the heading names, or null (the online section, Asia Pacific)
 * @param online true for the online section, whose events are virtual
 */
public record RegionHeading(Region region, boolean online) {

    private static final Set<String> ONLINE = Set.of("online", "virtual");
    private static final Set<String> NO_ONE_REGION = Set.of("asia pacific", "asia-pacific");

    /**
     * @param printed a heading as printed ({@code North America}, {@code Oceania:}, {@code
     *     Virtual}), or null
     * @return what it says; empty when it is no region heading of TWiR's ({@code Jobs}, null)
     */
    public static Optional<RegionHeading> of(String printed) {
        if (printed == null) {
            return Optional.empty();
        }
        String h =
                printed.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ")
                        .strip()
                        .replaceFirst(":$", "")
                        .strip()
                        .toLowerCase(Locale.ROOT);
        if (ONLINE.contains(h)) {
            return Optional.of(new RegionHeading(null, true));
        }
        if (NO_ONE_REGION.contains(h)) {
            return Optional.of(new RegionHeading(null, false));
        }
        return Arrays.stream(Region.values())
                .filter(r -> r.heading().toLowerCase(Locale.ROOT).equals(h))
                .findFirst()
                .map(r -> new RegionHeading(r, false));
    }

    /**
     * @param printed a heading as printed, or null
     * @return true when it is a region heading of TWiR's (see the class comment)
     */
    public static boolean isHeading(String printed) {
        return of(printed).isPresent();
    }

    /**
     * @param printed a heading as printed, or null
     * @return true when it is TWiR's online section ({@code Virtual}, {@code Online}), whose events
     *     are virtual
     */
    public static boolean isOnline(String printed) {
        return of(printed).map(RegionHeading::online).orElse(false);
    }
}
