package dev.rustyevents.scrape;

import java.time.LocalDate;

/**
 * Era E1: free-form link lists, the date anywhere — in the link text before or after the title
 * ({@code [Rust Paris, Nov 17](u)}, {@code [January 19 - Rust Paris](u)}, {@code [12/18 Bay Area
 * Rust: Crypto](u)}, {@code [Feb 3. Title][ref]}) or after the link ({@code [Rust Berlin Hack and
 * Learn](u): December 9th}, a wrapped item). The title is the link's text without the date and the
 * punctuation that joined it; no date ({@code Early 2015}) gives a listing without date.
 */
final class FreeFormListingFormat extends OneLineListingFormat {

    @Override
    public Listing read(Entry entry, LocalDate issueDate) throws UnreadableEntryException {
        Body body = body(entry);
        String linkText = body.link() == null ? null : SourceLine.collapse(body.link().text());
        String title = linkText != null ? linkText : body.text();
        WrittenDate date = WrittenDate.find(title).orElse(null);
        if (date != null) {
            title =
                    title.substring(0, date.start()).replaceFirst("[\\s,.:;–-]+$", "")
                            + " "
                            + title.substring(date.end()).replaceFirst("^[\\s,.:;–-]+", "");
        } else {
            date = WrittenDate.find(entry.raw()).orElse(null);
        }
        return listing(entry, date == null ? null : date.resolve(issueDate), body.link())
                .title(VisibleText.clean(title))
                .build();
    }
}
