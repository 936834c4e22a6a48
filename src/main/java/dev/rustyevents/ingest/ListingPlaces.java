package dev.rustyevents.ingest;

import dev.rustyevents.place.PlaceContext;
import dev.rustyevents.place.PlaceResolution;
import dev.rustyevents.place.PlaceResolver;
import dev.rustyevents.place.ResolvedPlace;
import dev.rustyevents.place.WrittenPlace;
import dev.rustyevents.scrape.Listing;
import dev.rustyevents.vocabulary.Mode;
import dev.rustyevents.vocabulary.Region;
import dev.rustyevents.vocabulary.Slugs;

/**
 * What the resolver is told of a listing's place, and what its answer completes in the listing: one
 * rule for the ingest, the corpus report ({@code docs/places.md}) and the accuracy gate.
 */
public final class ListingPlaces {

    private ListingPlaces() {}

    /**
     * @param l a parsed listing
     * @return its place as written, or null for a virtual listing (an online event is nowhere)
     */
    public static WrittenPlace written(Listing l) {
        return l.mode() == Mode.VIRTUAL ? null : named(l);
    }

    /** The place a listing names, whatever its mode. */
    private static WrittenPlace named(Listing l) {
        return WrittenPlace.builder()
                .city(l.city())
                .subdivision(l.subdivision())
                .country(l.country())
                .region(Region.fromHeading(l.regionHeading()).orElse(null))
                .title(l.title())
                .groupSlug(Slugs.of(l.groupName()))
                .groupLink(WrittenPlace.groupLinkOf(l.groupUrl(), l.eventUrl()))
                .build();
    }

    /**
     * @param l a parsed listing
     * @return its place as the ingest resolves it (no store knowledge: titles and groups' homes
     *     wait for {@link PlaceRefresh}), or null for a virtual listing; the resolver's time is
     *     counted in {@link PlaceMetrics}
     */
    public static ResolvedPlace resolve(Listing l) {
        WrittenPlace written = written(l);
        if (written == null) {
            return null;
        }
        PlaceResolver resolver = PlaceResolver.standard(); // loads the gazetteer on first use
        long start = System.nanoTime();
        ResolvedPlace place = resolver.resolve(written, PlaceContext.NONE);
        PlaceMetrics.LISTING.since(start);
        return place;
    }

    /**
     * The country a listing is in, as the ingest stores it ({@link #country(Listing,
     * ResolvedPlace)} of {@link #resolve}).
     */
    public static String country(Listing l) {
        return country(l, resolve(l));
    }

    /**
     * The country a listing is in: TWiR's when it wrote one (an ISO 3166-1 code as the parser read
     * it), else the resolved place's ("Brisbane City, QL" → AU). A virtual listing has no place
     * stored, but the place it names with a subdivision and no country ("Vancouver, BC" under
     * Online: the group's city) gives its country all the same, by the same rules; no point is kept
     * for it.
     *
     * @param l the listing
     * @param resolved its place, or null for a virtual listing
     * @return an ISO 3166-1 alpha-2 code, or null
     */
    public static String country(Listing l, ResolvedPlace resolved) {
        if (resolved == null) {
            if (l.country() != null || l.city() == null || l.subdivision() == null) {
                return l.country();
            }
            resolved = PlaceResolver.standard().resolve(named(l), PlaceContext.NONE);
        }
        return country(l.country(), resolved);
    }

    /**
     * @param written the country a listing or a stored event gives, or null
     * @param resolved its place
     * @return {@code written}, else the resolved place's country unless only a title named it
     */
    static String country(String written, ResolvedPlace resolved) {
        if (written != null) {
            return written;
        }
        return resolved.resolved() && resolved.resolution() != PlaceResolution.FROM_TITLE
                ? resolved.place().country()
                : null;
    }

    /**
     * @param e a stored event
     * @return its place as written, for resolving it again ({@link PlaceRefresh}), or null for a
     *     virtual event
     */
    static WrittenPlace written(dev.rustyevents.event.Event e) {
        if (e.mode == Mode.VIRTUAL) {
            return null;
        }
        return WrittenPlace.builder()
                .city(e.city)
                .subdivision(e.subdivision)
                .country(e.country)
                .region(e.region)
                .title(e.title)
                .groupSlug(e.groupSlug)
                .groupLink(WrittenPlace.groupLinkOf(e.groupUrl, e.eventUrl))
                .build();
    }

    /**
     * The subdivision a listing names, without country: the resolved place's ISO 3166-2 code when
     * TWiR's column held a subdivision in the country's place ("QL" → "QLD"), else TWiR's.
     */
    public static String subdivision(Listing l, ResolvedPlace resolved) {
        if (resolved.resolution() == PlaceResolution.SUBDIVISION_HINT
                && resolved.place().subdivision() != null) {
            return resolved.place().subdivisionSuffix();
        }
        return l.subdivision();
    }
}
