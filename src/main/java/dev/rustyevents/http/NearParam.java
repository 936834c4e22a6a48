package dev.rustyevents.http;

import dev.rustyevents.event.EventFilter;
import dev.rustyevents.place.GazetteerPlace;
import dev.rustyevents.place.GeoPoint;
import dev.rustyevents.place.PlaceResolver;
import java.util.List;
import java.util.Locale;

/**
 * The {@code near} and {@code radius} parameters: the centre and radius of a distance filter, the
 * same on the API, the feeds and the page.
 */
public final class NearParam {

    /** The smallest and largest radius, kilometres. */
    public static final int MIN_RADIUS_KM = 1;

    public static final int MAX_RADIUS_KM = 5000;

    private NearParam() {}

    /**
     * @param near {@code lat,lon} in decimal degrees (WGS 84), or a place name the gazetteer knows
     *     ({@code Berlin}, {@code Portland,US-OR}, {@code London,CA}); null or blank for none
     * @param radius the radius parameter, checked here too (it needs {@code near})
     * @return the centre, or null without {@code near}
     * @throws ProblemException 400 naming {@code near} for coordinates out of range, an unknown
     *     place (listing close spellings) or an ambiguous one (listing the places, to add a country
     *     or ISO 3166-2 code); naming {@code radius} when it is given without {@code near}
     */
    public static GeoPoint point(String near, String radius) {
        if (near == null || near.isBlank()) {
            if (radius != null && !radius.isBlank()) {
                throw ProblemException.badParameter(
                        "radius", "'radius' needs 'near' (a place name or lat,lon)");
            }
            return null;
        }
        String text = near.strip();
        if (text.length() > FilterParams.MAX_TEXT) {
            throw ProblemException.badParameter(
                    "near", "longer than " + FilterParams.MAX_TEXT + " characters");
        }
        if (text.matches("[-+]?[0-9.]+\\s*,\\s*[-+]?[0-9.]+")) {
            return GeoPoint.parse(text)
                    .orElseThrow(
                            () ->
                                    ProblemException.badParameter(
                                            "near",
                                            "'"
                                                    + ProblemException.echo(text)
                                                    + "' is not lat,lon in decimal degrees (latitude -90..90, longitude -180..180)"));
        }
        PlaceResolver.Named named = PlaceResolver.standard().named(text);
        if (named instanceof PlaceResolver.Named.One one) {
            return one.place().point();
        }
        if (named instanceof PlaceResolver.Named.Several several) {
            throw ProblemException.badParameter(
                    "near",
                    "'"
                            + ProblemException.echo(text)
                            + "' names several places; add a country or subdivision code",
                    labels(several.places()));
        }
        List<GazetteerPlace> close = ((PlaceResolver.Named.Unknown) named).closeSpellings();
        throw ProblemException.badParameter(
                "near",
                "no place '"
                        + ProblemException.echo(text)
                        + "' is known (GeoNames places of at least 1,000 inhabitants)"
                        + (close.isEmpty() ? "" : "; close spellings are listed"),
                labels(close));
    }

    /**
     * @return the radius in kilometres ({@link EventFilter#DEFAULT_RADIUS_KM} when not given)
     * @throws ProblemException 400 naming {@code radius} for a value that is not a number from
     *     {@value #MIN_RADIUS_KM} to {@value #MAX_RADIUS_KM}
     */
    public static double radiusKm(String near, String radius) {
        if (radius == null || radius.isBlank()) {
            return EventFilter.DEFAULT_RADIUS_KM;
        }
        double km;
        try {
            km = Double.parseDouble(radius.strip());
        } catch (NumberFormatException e) {
            km = Double.NaN;
        }
        if (!(km >= MIN_RADIUS_KM && km <= MAX_RADIUS_KM)) {
            throw ProblemException.badParameter(
                    "radius",
                    "'"
                            + ProblemException.echo(radius)
                            + "' is not a radius in kilometres from "
                            + MIN_RADIUS_KM
                            + " to "
                            + MAX_RADIUS_KM);
        }
        return km;
    }

    /**
     * @return how a place is offered back to a person: {@code near} values that name it ({@code
     *     Portland,US-OR}, or {@code Portland,US} where GeoNames has no subdivision code)
     */
    public static String label(GazetteerPlace p) {
        return p.name()
                + ","
                + (p.subdivision() != null
                        ? p.subdivision()
                        : p.country().toUpperCase(Locale.ROOT));
    }

    /**
     * @return the list form for tests and messages
     */
    static List<String> labels(List<GazetteerPlace> places) {
        return places.stream().map(NearParam::label).toList();
    }
}
