package dev.rustyevents.scrape;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TWiR issue as addressed on the site: its number, publication date and canonical URL ({@code
 * https://this-week-in-rust.org/blog/YYYY/MM/DD/this-week-in-rust-NNN/}).
 *
 * @param number the issue number (from the URL slug, else from the title "This Week in Rust NNN")
 * @param published the date in the URL path
 * @param url canonical live URL
 * @param title the issue's title, or null
 */
public record IssueRef(int number, LocalDate published, String url, String title) {

    private static final Pattern URL =
            Pattern.compile("/blog/(\\d{4})/(\\d{2})/(\\d{2})/([^/]+)/?$");

    /**
     * Up to 9 digits: any such number is an {@code int} (a longer one is no issue's, not an
     * overflow).
     */
    private static final Pattern NUMBER_IN_SLUG = Pattern.compile("this-week-in-rust-(\\d{1,9})$");

    private static final Pattern NUMBER_IN_TITLE =
            Pattern.compile("This Week in Rust (\\d{1,9})\\b", Pattern.CASE_INSENSITIVE);

    /**
     * @param url a canonical issue URL
     * @param title the issue title, or null
     * @return the reference, or empty when the URL is not an issue page or carries no number
     */
    public static Optional<IssueRef> of(String url, String title) {
        Matcher m = URL.matcher(url);
        if (!m.find()) {
            return Optional.empty();
        }
        LocalDate date;
        try {
            date =
                    LocalDate.of(
                            Integer.parseInt(m.group(1)),
                            Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        Matcher n = NUMBER_IN_SLUG.matcher(m.group(4));
        if (!n.find() && (title == null || !(n = NUMBER_IN_TITLE.matcher(title)).find())) {
            return Optional.empty();
        }
        return Optional.of(new IssueRef(Integer.parseInt(n.group(1)), date, url, title));
    }
}
