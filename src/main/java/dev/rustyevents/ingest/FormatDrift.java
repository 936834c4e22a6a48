package dev.rustyevents.ingest;

import dev.rustyevents.event.TwirIssue;
import dev.rustyevents.scrape.ParseProblem;
import dev.rustyevents.scrape.ParseResult;
import java.util.Optional;

/**
 * The one rule of format drift: TWiR changed how it writes its entries and no era reads them. An
 * <em>unreadable entry</em> is a {@link ParseProblem} that carries an entry's text (a problem of
 * the whole page or section, {@code raw} null, is no entry). The <em>readable share</em> of an
 * issue is its listings over listings plus unreadable entries. An issue drifts when it has at least
 * {@value #MIN_UNREADABLE} unreadable entries and its readable share is more than {@value
 * #MAX_SHARE_DROP} below the share of the last issue read before it, as stored (its listing and
 * problem counts), so the baseline is what the service itself read, not a constant fitted to the
 * corpus; with no earlier issue the baseline is 1 (every entry read). The threshold of 3 entries
 * keeps one odd line (a typo TWiR fixes next week) from being called drift; the 0.2 drop is well
 * above the week-to-week change of a sound parse (the corpus' issues read 100 %) and well below
 * what a new format does (close to 1).
 */
final class FormatDrift {

    /** What the issue's status detail starts with when it drifted; readiness looks for it. */
    static final String PREFIX = "format-drift: ";

    /** Fewest unreadable entries that can be drift. */
    static final int MIN_UNREADABLE = 3;

    /** Largest drop of the readable share (0–1) below the previous issue's that is not drift. */
    static final double MAX_SHARE_DROP = 0.2;

    private FormatDrift() {}

    /**
     * @param problem a parse problem
     * @return whether it is an unreadable entry (it carries the entry's text)
     */
    static boolean isUnreadableEntry(ParseProblem problem) {
        return problem.raw() != null && !problem.raw().isBlank();
    }

    /**
     * @param parsed what the parser read of the new issue
     * @param previous the last issue read before it, or null
     * @return the reason, starting with {@link #PREFIX}, or empty when the issue did not drift
     */
    static Optional<String> check(ParseResult parsed, TwirIssue previous) {
        long unreadable = parsed.problems().stream().filter(FormatDrift::isUnreadableEntry).count();
        if (unreadable < MIN_UNREADABLE) {
            return Optional.empty();
        }
        int readable = parsed.listings().size();
        double share = readable / (double) (readable + unreadable);
        double baseline =
                previous == null || previous.listingCount + previous.problemCount == 0
                        ? 1.0
                        : previous.listingCount
                                / (double) (previous.listingCount + previous.problemCount);
        if (baseline - share <= MAX_SHARE_DROP) {
            return Optional.empty();
        }
        return Optional.of(
                PREFIX
                        + unreadable
                        + " entries no era reads, "
                        + readable
                        + " of "
                        + (readable + unreadable)
                        + " read ("
                        + Math.round(share * 100)
                        + " % against "
                        + Math.round(baseline * 100)
                        + " %"
                        + (previous == null ? "" : " in issue " + previous.number)
                        + ")");
    }
}
