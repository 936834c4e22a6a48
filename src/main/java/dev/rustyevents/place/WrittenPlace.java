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
 * @param title the event's title (the place of the 2013–2018 listings stands only there; a later
 *     line's title may name the city its place column does not), or null
 * @param groupSlug the listing's group, by slug, or null
 * @param groupLink the listing's group by its Meetup address ({@link #groupLinkOf}), or null: the
 *     2018–2020 lines often name no group, but link its Meetup page
 */
public record WrittenPlace(
        String city,
        String subdivision,
        String country,
        Region region,
        String title,
        String groupSlug,
        String groupLink) {

    private static final java.util.regex.Pattern MEETUP_GROUP =
            java.util.regex.Pattern.compile(
                    "(?i)^https?://(?:www\\.)?meetup\\.com/([A-Za-z0-9_-]+)(?:[/?#].*)?$");

    /**
     * A group as its Meetup address names it: Meetup gives each group one address, {@code
     * https://www.meetup.com/<group>/}, under which its events stand ({@code
     * …/<group>/events/<id>/}).
     *
     * @param urls a group's or an event's addresses, in order of preference; nulls skipped
     * @return {@code meetup.com/<group>} in lower case from the first Meetup address, or null
     */
    public static String groupLinkOf(String... urls) {
        for (String url : urls) {
            if (url == null) {
                continue;
            }
            java.util.regex.Matcher m = MEETUP_GROUP.matcher(url.strip());
            if (m.matches() && !m.group(1).equalsIgnoreCase("events")) {
                return "meetup.com/" + m.group(1).toLowerCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }

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
        private String groupLink;

        private Builder() {}

        public Builder groupLink(String groupLink) {
            this.groupLink = groupLink;
            return this;
        }

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
            return new WrittenPlace(
                    city, subdivision, country, region, title, groupSlug, groupLink);
        }
    }
}
