package dev.rustyevents.scrape;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The line shape of one or more eras of TWiR's events list: how an entry is read, not when ({@link
 * Era#TABLE} says which era, so which issue dates, each format reads). The section walker ({@link
 * UpcomingEventsParser}) cuts the section into {@link SourceLine}s and asks the format which lines
 * start an entry; it hands each entry (its first line and the lines up to the next entry) to {@link
 * #read}.
 */
interface ListingFormat {

    /**
     * @param line a line of the section
     * @return true when the line begins a new entry (for the ISO era: it starts with a date)
     */
    boolean startsEntry(SourceLine line);

    /**
     * @param entry the entry's lines, heading and position
     * @param issueDate the issue's date (for formats whose dates have no year)
     * @return the listing
     * @throws UnreadableEntryException with a one-sentence reason when the entry cannot be read
     */
    Listing read(Entry entry, LocalDate issueDate) throws UnreadableEntryException;

    /**
     * The inverse of {@link #read}: a listing written back in this format's Markdown.
     *
     * @param listing a listing's parsed fields (position, heading and raw text are not used)
     * @return the entry's Markdown lines, joined by {@code \n} without a final one; empty for a
     *     format that has no writer (only the current era's has one: {@link Era#current()})
     */
    default Optional<String> write(Listing listing) {
        return Optional.empty();
    }

    /**
     * One entry of the section.
     *
     * @param position 0-based index among the section's entries (readable or not), page order
     * @param heading the region heading above it as printed, or null
     * @param lines its first line (the one {@link #startsEntry} accepted) and the lines after it
     */
    record Entry(int position, String heading, List<SourceLine> lines) {

        /**
         * @return the entry's visible text, lines joined by a space
         */
        String raw() {
            return SourceLine.collapse(
                    String.join(" ", lines.stream().map(SourceLine::text).toList()));
        }

        /**
         * @return a builder of the entry's listing with its position, heading and {@link #raw} text
         *     set
         */
        Listing.Builder listing() {
            return Listing.builder().position(position).regionHeading(heading).raw(raw());
        }
    }
}
