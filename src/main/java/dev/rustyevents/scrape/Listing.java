package dev.rustyevents.scrape;

import dev.rustyevents.vocabulary.Mode;
import java.time.LocalDate;

/**
 * One entry of a TWiR "Upcoming Events" section, as the page says it: the fields are the text's
 * own, normalised only where the rule is certain (TWiR's {@code UK} becomes ISO {@code GB}). A
 * field the text does not give is null, never guessed.
 *
 * @param position 0-based position of the entry in the section, in page order
 * @param regionHeading the region heading the entry stood under, as printed ({@code Virtual},
 *     {@code North America}); null when the section has none
 * @param raw the entry's visible text (date line and title lines), whitespace collapsed
 * @param startDate first day (ISO 8601 calendar date, no time zone: TWiR dates are local); null
 *     when the entry gives no date (prose bullets of 2013-15)
 * @param endDate last day, inclusive, for multi-day entries; null for one-day entries
 * @param mode in-person, virtual or hybrid as the location column says (before 2022: as the region
 *     heading or an IRC/webcast mention says); null if not said
 * @param locationRaw the location column as written ({@code Hybrid (Seattle, WA, US)})
 * @param city city as written, null when absent or ambiguous (several places)
 * @param subdivision ISO 3166-2 subdivision code without country prefix ({@code WA}), or null
 * @param country ISO 3166-1 alpha-2 code ({@code GB} for TWiR's {@code UK}), or null
 * @param groupName the (first) group's name, or null
 * @param groupUrl the (first) group's link as an absolute URL, or null
 * @param title the (first) event title, visible text, or null
 * @param eventUrl the (first) title's link as an absolute URL, or null
 * @param yearInferred true when the text gives no year (issues before 2021-05 write {@code Nov 17},
 *     {@code 6/23}): the year of {@link #startDate} is the one that puts the date nearest after the
 *     issue date (-60 .. +300 days, so a December issue's {@code Jan 5} is next year's), inferred,
 *     not read; false when the year is written (and when there is no date)
 */
public record Listing(
        int position,
        String regionHeading,
        String raw,
        LocalDate startDate,
        LocalDate endDate,
        Mode mode,
        String locationRaw,
        String city,
        String subdivision,
        String country,
        String groupName,
        String groupUrl,
        String title,
        String eventUrl,
        boolean yearInferred) {

    /**
     * @return a builder with every field unset (null, 0, false)
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return a builder holding this listing's fields, to change some
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.position = position;
        b.regionHeading = regionHeading;
        b.raw = raw;
        b.startDate = startDate;
        b.endDate = endDate;
        b.mode = mode;
        b.locationRaw = locationRaw;
        b.city = city;
        b.subdivision = subdivision;
        b.country = country;
        b.groupName = groupName;
        b.groupUrl = groupUrl;
        b.title = title;
        b.eventUrl = eventUrl;
        b.yearInferred = yearInferred;
        return b;
    }

    /**
     * Named construction of a {@link Listing}: fifteen fields, eight of them strings in a row, are
     * too many to pass by position ({@code city} and {@code subdivision} would swap silently). Each
     * setter is the component of the same name.
     */
    public static final class Builder {
        private int position;
        private String regionHeading;
        private String raw;
        private LocalDate startDate;
        private LocalDate endDate;
        private Mode mode;
        private String locationRaw;
        private String city;
        private String subdivision;
        private String country;
        private String groupName;
        private String groupUrl;
        private String title;
        private String eventUrl;
        private boolean yearInferred;

        private Builder() {}

        public Builder position(int value) {
            this.position = value;
            return this;
        }

        public Builder regionHeading(String value) {
            this.regionHeading = value;
            return this;
        }

        public Builder raw(String value) {
            this.raw = value;
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

        public Builder mode(Mode value) {
            this.mode = value;
            return this;
        }

        public Builder locationRaw(String value) {
            this.locationRaw = value;
            return this;
        }

        public Builder city(String value) {
            this.city = value;
            return this;
        }

        public Builder subdivision(String value) {
            this.subdivision = value;
            return this;
        }

        public Builder country(String value) {
            this.country = value;
            return this;
        }

        public Builder groupName(String value) {
            this.groupName = value;
            return this;
        }

        public Builder groupUrl(String value) {
            this.groupUrl = value;
            return this;
        }

        public Builder title(String value) {
            this.title = value;
            return this;
        }

        public Builder eventUrl(String value) {
            this.eventUrl = value;
            return this;
        }

        public Builder yearInferred(boolean value) {
            this.yearInferred = value;
            return this;
        }

        /**
         * @return the listing
         */
        public Listing build() {
            return new Listing(
                    position,
                    regionHeading,
                    raw,
                    startDate,
                    endDate,
                    mode,
                    locationRaw,
                    city,
                    subdivision,
                    country,
                    groupName,
                    groupUrl,
                    title,
                    eventUrl,
                    yearInferred);
        }
    }
}
