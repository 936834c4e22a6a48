package dev.rustyevents.web;

import dev.rustyevents.event.EventFilter;
import java.util.ArrayList;
import java.util.List;

/**
 * The main page's distance filter as its form shows it: the "Near" box ({@code near}: a place name
 * or {@code lat,lon}, checked by {@code http.NearParam}) and the radius menu ({@code radius}).
 *
 * <p>The menu's default entry has the empty value, so a form sent without a place sends no {@code
 * radius} either (a {@code radius} without {@code near} is refused with a 400).
 *
 * @param value the {@code near} parameter as given, or {@code ""}
 * @param radii the radius menu: {@link #RADII_KM}, the default ({@link
 *     EventFilter#DEFAULT_RADIUS_KM}, 100 km) as the empty value, and a radius the URL gives that
 *     the menu does not hold, so the form keeps it
 */
public record NearField(String value, List<Views.Option> radii) {

    /** The radii the menu offers, kilometres, in order. */
    static final List<Integer> RADII_KM = List.of(10, 25, 50, 100, 250, 500);

    /**
     * @param query the page's filter
     * @return the field's state for the form
     */
    static NearField of(PageQuery query) {
        String radius = query.first("radius");
        boolean isDefault = radius.isEmpty() || km(radius) == EventFilter.DEFAULT_RADIUS_KM;
        List<Views.Option> radii = new ArrayList<>();
        boolean listed = isDefault;
        for (int km : RADII_KM) {
            if (km == EventFilter.DEFAULT_RADIUS_KM) {
                radii.add(new Views.Option("", km + " km", isDefault));
            } else {
                boolean selected = !isDefault && km(radius) == km;
                listed |= selected;
                radii.add(new Views.Option(Integer.toString(km), km + " km", selected));
            }
        }
        if (!listed) {
            radii.add(new Views.Option(radius, radius + " km", true));
        }
        return new NearField(query.first("near"), radii);
    }

    /**
     * @param query the page's filter
     * @return the distance filter for people ("near Berlin, 50 km"; the default radius when none is
     *     given), or {@code ""} without {@code near}
     */
    static String summary(PageQuery query) {
        if (query.first("near").isEmpty()) {
            return "";
        }
        String radius = query.first("radius");
        return "near "
                + query.first("near")
                + ", "
                + (radius.isEmpty()
                        ? Integer.toString((int) EventFilter.DEFAULT_RADIUS_KM)
                        : radius)
                + " km";
    }

    /** A radius as a number, or NaN when it is none. */
    private static double km(String radius) {
        try {
            return Double.parseDouble(radius);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
