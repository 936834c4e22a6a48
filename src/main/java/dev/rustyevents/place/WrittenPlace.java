package dev.rustyevents.place;

import dev.rustyevents.vocabulary.Region;

/**
 * What TWiR wrote of an event's place, as the parser read it: the input of {@link PlaceResolver}.
 * Built by name ({@link #builder()}), so a city and a subdivision cannot be swapped silently.
 *
 * @param city the city as written ("Saarbücken", "München/Munich", "Brisbane City"), or null
 * @param subdivision the subdivision as written, without country ("WA", "QLD"), or null
 * @param country the country column: an ISO 3166-1 alpha-2 code when the parser read one, else what
 *     stood there ("QL", "SP", "WLS"), or null
 * @param region the region heading the listing stood under, or null
 * @param title the event's title (the place of the 2013–2018 listings stands only there), or null
 * @param groupSlug the listing's group, by slug, or null
 */
public record WrittenPlace(
        String city,
        String subdivision,
        String country,
        Region region,
        String title,
        String groupSlug) {

    /**
     * @return a builder with every field null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Named construction of a {@link WrittenPlace}. */
    public static final class Builder {
        private String city;
        private String subdivision;
        private String country;
        private Region region;
        private String title;
        private String groupSlug;

        private Builder() {}

        public Builder groupSlug(String groupSlug) {
            this.groupSlug = groupSlug;
            return this;
        }

        public Builder city(String city) {
            this.city = city;
            return this;
        }

        public Builder subdivision(String subdivision) {
            this.subdivision = subdivision;
            return this;
        }

        public Builder country(String country) {
            this.country = country;
            return this;
        }

        public Builder region(Region region) {
            this.region = region;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public WrittenPlace build() {
            return new WrittenPlace(city, subdivision, country, region, title, groupSlug);
        }
    }
}
