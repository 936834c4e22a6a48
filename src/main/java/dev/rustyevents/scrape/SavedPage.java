package dev.rustyevents.scrape;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Tells which issue a saved copy is, when it comes without its URL: a page saved from the site (its
 * {@code <title>} "This Week in Rust 633 · …" and {@code <time datetime>}), or a plain-text copy
 * (its "This Week in Rust 634" line and the first day of "Rusty Events between A - B", which is the
 * issue's date).
 */
public final class SavedPage {

    private static final Pattern NUMBER =
            Pattern.compile("This Week in Rust (\\d{1,5})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WINDOW =
            Pattern.compile("Rusty Events between (\\d{4}-\\d{2}-\\d{2})");

    private SavedPage() {}

    /**
     * @param page a saved issue page
     * @param canonical the live site root, e.g. {@code https://this-week-in-rust.org/}
     * @return the issue, with the canonical URL the site gives it; empty when the page does not say
     *     its number and date
     */
    public static Optional<IssueRef> issueOf(Document page, String canonical) {
        Matcher n = NUMBER.matcher(page.title());
        Element time = page.selectFirst("time[datetime]");
        if (!n.find() || time == null) {
            return Optional.empty();
        }
        try {
            LocalDate date = OffsetDateTime.parse(time.attr("datetime")).toLocalDate();
            return Optional.of(ref(Integer.parseInt(n.group(1)), date, canonical));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * @param text a plain-text copy of an issue
     * @param canonical the live site root
     * @return the issue; empty when the text does not give the number and the events window
     */
    public static Optional<IssueRef> issueOfText(String text, String canonical) {
        Matcher n = NUMBER.matcher(text);
        Matcher w = WINDOW.matcher(text);
        if (!n.find() || !w.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    ref(Integer.parseInt(n.group(1)), LocalDate.parse(w.group(1)), canonical));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The site's URL scheme for issues: {@code blog/YYYY/MM/DD/this-week-in-rust-N/}. */
    private static IssueRef ref(int number, LocalDate date, String canonical) {
        String root = canonical.endsWith("/") ? canonical : canonical + "/";
        String url =
                String.format(
                        "%sblog/%d/%02d/%02d/this-week-in-rust-%d/",
                        root, date.getYear(), date.getMonthValue(), date.getDayOfMonth(), number);
        return new IssueRef(number, date, url, "This Week in Rust " + number);
    }
}
