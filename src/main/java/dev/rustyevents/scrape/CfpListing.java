package dev.rustyevents.scrape;

import dev.rustyevents.vocabulary.Mode;
import dev.rustyevents.vocabulary.Region;
import java.time.LocalDate;

/**
 * One entry of TWiR's "CFP - Events" section: a conference and the call for proposals (talks,
 * papers, speakers) it has open, as the entry says it. Dates are ISO 8601 calendar dates without a
 * time zone: TWiR writes them so (once with a time, {@code 2025-04-29 11:59 PM PDT}, whose time is
 * dropped).
 *
 * @param position 0-based position of the entry among the section's entries, in page order
 * @param raw the entry's visible text, whitespace collapsed
 * @param name the conference's name as written, emphasis removed, without a trailing {@code CFP} or
 *     {@code Call for Speakers/Papers/Proposals/Talks} (every entry of the section is a call, so
 *     the words say nothing: {@code Rustikon CFP} is {@code Rustikon})
 * @param cfpUrl where to submit: the link labelled {@code CFP} when the entry has one, else the
 *     name's link; absolute; null in a plain-text copy without links
 * @param eventUrl the conference's own site: a link labelled {@code Event Page} / {@code Event
 *     Website}, or the name's link when a separate {@code CFP} link is the call; null when the
 *     entry gives none (the call's link is not the event's page)
 * @param deadline the last day to submit, as written or as corrected (see {@code note})
 * @param startDate the conference's first day; null when the entry gives no readable, plausible
 *     event date (the {@code note} then says why)
 * @param endDate its last day, inclusive, for multi-day conferences; null for one day
 * @param mode in-person, virtual or hybrid ({@link LocationParser#parseConference}); null when the
 *     entry gives no place
 * @param locationRaw the place field as written ({@code Vienna, Austria & online}), or null
 * @param city city as written, or null
 * @param subdivision state or province code ({@code QC}), or null
 * @param country ISO 3166-1 alpha-2 code, or null
 * @param region the continent of the country, or null
 * @param note what the parser corrected or left out, in a sentence ("event start 2025-03-19 read as
 *     2026-03-19: …"); null when the entry was read as written
 */
public record CfpListing(
        int position,
        String raw,
        String name,
        String cfpUrl,
        String eventUrl,
        LocalDate deadline,
        LocalDate startDate,
        LocalDate endDate,
        Mode mode,
        String locationRaw,
        String city,
        String subdivision,
        String country,
        Region region,
        String note) {

    /**
     * @return a builder with every field unset (null, 0)
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Named construction of a {@link CfpListing}: fifteen fields, three dates and nine strings
     * among them, are too many to pass by position ({@code deadline} and {@code startDate}, or
     * {@code cfpUrl} and {@code eventUrl}, would swap silently). Each setter is the component of
     * the same name, but for {@link #place}, which sets the five fields of the place at once.
     */
    public static final class Builder {
        private int position;
        private String raw;
        private String name;
        private String cfpUrl;
        private String eventUrl;
        private LocalDate deadline;
        private LocalDate startDate;
        private LocalDate endDate;
        private Mode mode;
        private String locationRaw;
        private String city;
        private String subdivision;
        private String country;
        private Region region;
        private String note;

        private Builder() {}

        public Builder position(int value) {
            this.position = value;
            return this;
        }

        public Builder raw(String value) {
            this.raw = value;
            return this;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder cfpUrl(String value) {
            this.cfpUrl = value;
            return this;
        }

        public Builder eventUrl(String value) {
            this.eventUrl = value;
            return this;
        }

        public Builder deadline(LocalDate value) {
            this.deadline = value;
            return this;
        }

        public Builder startDate(LocalDate value) {
            this.startDate = value;
            return this;
        }

        public Builder endDate(LocalDate value) {
            this.endDate = value;
            return this;
        }

        /**
         * The place field and what {@link LocationParser#parseConference} read from it: sets {@code
         * locationRaw}, {@code mode}, {@code city}, {@code subdivision} and {@code country}
         * together, so they cannot come from two different places.
         *
         * @param locationRaw the place field as written, or null
         * @param where what was read from it
         */
        public Builder place(String locationRaw, LocationParser.Place where) {
            this.locationRaw = locationRaw;
            this.mode = where.mode();
            this.city = where.city();
            this.subdivision = where.subdivision();
            this.country = where.country();
            return this;
        }

        public Builder region(Region value) {
            this.region = value;
            return this;
        }

        public Builder note(String value) {
            this.note = value;
            return this;
        }

        /**
         * @return the listing
         */
        public CfpListing build() {
            return new CfpListing(
                    position,
                    raw,
                    name,
                    cfpUrl,
                    eventUrl,
                    deadline,
                    startDate,
                    endDate,
                    mode,
                    locationRaw,
                    city,
                    subdivision,
                    country,
                    region,
                    note);
        }
    }
}
