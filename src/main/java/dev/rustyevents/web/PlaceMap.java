package dev.rustyevents.web;

import dev.rustyevents.event.PointCount;
import dev.rustyevents.place.GeoPoint;
import dev.rustyevents.vocabulary.Countries;
import dev.rustyevents.vocabulary.Mode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A map of where events are, drawn on the server as inline SVG: the land and borders are one cached
 * asset ({@code /assets/…/world.svg}, Natural Earth 1:110m, built by {@code
 * tools/worldmap/build.mjs}), the places are one {@code <circle>} each inside a link to the list of
 * that place's events. No tiles, no script, no request to anyone else.
 *
 * <p>Projection: equirectangular, {@value #UNITS_PER_DEGREE} units per degree: {@code x = (lon +
 * 180) · 10 · k}, {@code y = (90 − lat) · 10}, the asset's own coordinates stretched by {@code k}
 * across. A map of the whole world has {@code k = 1} (plate carrée) and leaves out Antarctica
 * (north of {@value #WORLD_NORTH}° to {@value #WORLD_SOUTH}°). A map of a region (every place
 * within {@value #REGION_MAX_LON}° of longitude and {@value #REGION_MAX_LAT}° of latitude) has
 * {@code k = cos(middle latitude)}, so a country keeps its shape at its own latitude (Germany is
 * not drawn 1.6 times too tall), and its view is the places' box with a margin, at least {@value
 * #MIN_HEIGHT_DEGREES}° tall and between {@value #MIN_ASPECT} and {@value #MAX_ASPECT} times as
 * wide as tall.
 *
 * <p>A dot's radius grows with the square root of its count (its area with the count), from a least
 * size for one event to a greatest for the place with most events, both shares of the view's width
 * ({@link Dots}), so dots look the same on a world map and a region's.
 */
public final class PlaceMap {

    /** Units per degree of the asset's projection: {@code SCALE} in tools/worldmap/build.mjs. */
    static final int UNITS_PER_DEGREE = 10;

    /** The world map's northern edge, degrees. */
    static final double WORLD_NORTH = 84;

    /** The world map's southern edge, degrees: Antarctica, which has no events, is left out. */
    static final double WORLD_SOUTH = -58;

    /** Places spread over more degrees of longitude than this are shown on the world map. */
    static final double REGION_MAX_LON = 100;

    /** Places spread over more degrees of latitude than this are shown on the world map. */
    static final double REGION_MAX_LAT = 50;

    /** The least height of a region's view, degrees of latitude (about 900 km). */
    static final double MIN_HEIGHT_DEGREES = 8;

    /** The view's width over its height, at least. */
    static final double MIN_ASPECT = 1.5;

    /** The view's width over its height, at most. */
    static final double MAX_ASPECT = 2.6;

    /**
     * How big the dots are, as shares of the view's width, for the width the map is shown at: on
     * screen the same at every zoom.
     */
    enum Dots {
        /**
         * In the main page's side column, about 340 px wide on a phone and a desktop alike: radii
         * of 3 to 10 px.
         */
        COLUMN(0.009, 0.03),
        /** Across a page ({@code /stats}): 340 px on a phone, about 1,100 px on a desktop. */
        WIDE(0.004, 0.018);

        /** The smallest dot's radius, as a share of the view's width. */
        final double min;

        /** The largest dot's radius, as a share of the view's width. */
        final double max;

        Dots(double min, double max) {
            this.min = min;
            this.max = max;
        }
    }

    /** The radius of a dot's link, km: the smallest {@code radius} the filter takes. */
    static final int LINK_RADIUS_KM = 1;

    private PlaceMap() {}

    /**
     * One place to draw.
     *
     * @param latitude degrees north
     * @param longitude degrees east
     * @param count its events, at least 1
     * @param label what its tooltip and accessible name say ("Berlin, Germany: 3 events")
     * @param href the list of its events
     */
    public record Dot(double latitude, double longitude, long count, String label, String href) {}

    /**
     * One dot as the template writes it, numbers in view units with at most one decimal.
     *
     * @param cx centre, across
     * @param cy centre, down
     * @param r radius
     * @param href the link around it
     * @param title its {@code <title>}
     */
    public record Circle(String cx, String cy, String r, String href, String title) {}

    /**
     * The map as the template draws it.
     *
     * @param viewBox the SVG {@code viewBox}: {@code "x y width height"} in view units
     * @param width the view's width (for the aspect ratio of the element)
     * @param height the view's height
     * @param image the outline asset's versioned path
     * @param imageWidth the outline's width in view units ({@code 3600 · k}); its height is {@code
     *     1800}
     * @param world whether this is the world map (else a region's)
     * @param circles the dots, largest first so smaller ones stay on top and can be clicked
     * @param events the events on the map (the sum of the dots' counts)
     * @param caption what the map shows, in a sentence (its {@code <figcaption>})
     */
    public record View(
            String viewBox,
            String width,
            String height,
            String image,
            String imageWidth,
            boolean world,
            List<Circle> circles,
            long events,
            String caption) {}

    /**
     * The map of a page's selection.
     *
     * @param points where the selection's events are ({@code EventAggregates.points})
     * @param total every event of the selection, those without coordinates included
     * @param query the page's canonical query ({@link PageQuery#encoded()}); each dot links to it
     *     with {@code near} the dot and {@code radius} {@value #LINK_RADIUS_KM}
     * @return the map, or null when no event of the selection has coordinates
     */
    static View ofSelection(List<PointCount> points, long total, String query) {
        List<Dot> dots = dots(points, query);
        long on = dots.stream().mapToLong(Dot::count).sum();
        return of(
                dots,
                caption(on, dots.size(), total - on, "of this selection")
                        + " Select a place for its events.",
                Dots.COLUMN);
    }

    /**
     * The map of every event listed.
     *
     * @param points where they are
     * @param total every confirmed event, those without coordinates included
     * @param from the first day of the history ({@code YYYY-MM-DD}): the dots' links list from it
     * @return the map, or null when no event has coordinates
     */
    static View ofHistory(List<PointCount> points, long total, String from) {
        List<Dot> dots = dots(points, "from=" + from);
        long on = dots.stream().mapToLong(Dot::count).sum();
        return of(
                dots,
                caption(on, dots.size(), total - on, "listed since " + from.substring(0, 4))
                        + " Select a place for its events.",
                Dots.WIDE);
    }

    private static String caption(long on, int places, long off, String which) {
        String text =
                "Where the "
                        + events(on)
                        + " "
                        + which
                        + " take place: "
                        + places
                        + (places == 1 ? " place" : " places")
                        + ", each dot sized by its number of events.";
        if (off > 0) {
            text += " " + events(off) + " online or without a known place are not on the map.";
        }
        return text;
    }

    private static String events(long n) {
        return n + (n == 1 ? " event" : " events");
    }

    /**
     * @param all where events are
     * @param query the canonical query each link keeps ({@code ""} for none)
     * @return one dot per point ({@link #merged}: points closer than a dot's link radius are one),
     *     labelled "City, Country: N events" (with the subdivision where two places share a name
     *     and country: Portland, US-OR and Portland, US-ME)
     */
    static List<Dot> dots(List<PointCount> all, String query) {
        List<PointCount> points = merged(all);
        Map<String, Long> sameName =
                points.stream()
                        .collect(
                                Collectors.groupingBy(
                                        p -> p.name() + "|" + p.country(), Collectors.counting()));
        List<Dot> dots = new ArrayList<>();
        for (PointCount p : points) {
            List<String> parts = new ArrayList<>();
            parts.add(p.name() == null ? "Unnamed place" : p.name());
            if (p.subdivision() != null && sameName.get(p.name() + "|" + p.country()) > 1) {
                parts.add(p.subdivision());
            }
            if (p.country() != null) {
                parts.add(Countries.name(p.country()));
            }
            String label = String.join(", ", parts) + ": " + events(p.count());
            dots.add(
                    new Dot(
                            p.latitude(),
                            p.longitude(),
                            p.count(),
                            label,
                            link(query, p.latitude(), p.longitude())));
        }
        return dots;
    }

    /**
     * Points within {@value #LINK_RADIUS_KM} km of a point with more events are counted with it: a
     * dot's link lists every event within that distance, so two gazetteer places that close (a city
     * and one of its districts) are one dot whose count is what its link lists.
     *
     * @param points where events are, any order
     * @return the points, most events first, each holding the events of the points merged into it
     *     (its own name and place); great-circle distance ({@link GeoPoint#distanceKm})
     */
    static List<PointCount> merged(List<PointCount> points) {
        List<PointCount> byCount =
                points.stream()
                        .sorted(
                                Comparator.comparingLong(PointCount::count)
                                        .reversed()
                                        .thenComparing(
                                                Comparator.comparingDouble(PointCount::latitude)
                                                        .reversed())
                                        .thenComparingDouble(PointCount::longitude))
                        .toList();
        // a degree of latitude is at least 110.5 km: a cheap test before the distance
        double band = LINK_RADIUS_KM / 110.0;
        boolean[] taken = new boolean[byCount.size()];
        List<PointCount> merged = new ArrayList<>();
        for (int i = 0; i < byCount.size(); i++) {
            if (taken[i]) {
                continue;
            }
            PointCount centre = byCount.get(i);
            long count = centre.count();
            for (int j = i + 1; j < byCount.size(); j++) {
                PointCount other = byCount.get(j);
                if (!taken[j]
                        && Math.abs(other.latitude() - centre.latitude()) <= band
                        && GeoPoint.distanceKm(
                                        centre.latitude(),
                                        centre.longitude(),
                                        other.latitude(),
                                        other.longitude())
                                <= LINK_RADIUS_KM) {
                    taken[j] = true;
                    count += other.count();
                }
            }
            merged.add(
                    new PointCount(
                            centre.latitude(),
                            centre.longitude(),
                            centre.name(),
                            centre.subdivision(),
                            centre.country(),
                            count));
        }
        return merged;
    }

    /**
     * @param query a canonical page query ({@code region=europe&mode=in-person%2Cvirtual}), or
     *     {@code ""}
     * @return {@code /?<query>&near=<lat>,<lon>&radius=1} (commas as they are, RFC 3986 §3.4 lets a
     *     query hold them): the same filter around the point, its own {@code near} and {@code
     *     radius} replaced, and {@code virtual} taken out of {@code mode} (with {@code near}, a
     *     mode that includes virtual events keeps them all, and none of them is on the map); so the
     *     list has exactly the dot's events ({@link #merged})
     */
    static String link(String query, double latitude, double longitude) {
        List<String> pairs = new ArrayList<>();
        for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
            String name = pair.substring(0, Math.max(0, pair.indexOf('=')));
            if (name.equals("near") || name.equals("radius")) {
                continue;
            }
            if (name.equals("mode")) {
                String modes =
                        Arrays.stream(
                                        URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8)
                                                .split(","))
                                .map(String::strip)
                                .filter(m -> !m.equalsIgnoreCase(Mode.VIRTUAL.code()))
                                .collect(Collectors.joining(","));
                if (modes.isEmpty()) {
                    continue;
                }
                pair = "mode=" + modes;
            }
            pairs.add(pair);
        }
        pairs.add("near=" + new GeoPoint(latitude, longitude));
        pairs.add("radius=" + LINK_RADIUS_KM);
        return "/?" + String.join("&", pairs);
    }

    /**
     * @param dots the places, any order
     * @param caption what the map shows
     * @param size how big the dots are drawn
     * @return the map, or null for no dots
     */
    static View of(List<Dot> dots, String caption, Dots size) {
        if (dots.isEmpty()) {
            return null;
        }
        double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
        for (Dot d : dots) {
            minLat = Math.min(minLat, d.latitude());
            maxLat = Math.max(maxLat, d.latitude());
            minLon = Math.min(minLon, d.longitude());
            maxLon = Math.max(maxLon, d.longitude());
        }
        double[] box = null;
        double k = 1;
        if (maxLon - minLon <= REGION_MAX_LON && maxLat - minLat <= REGION_MAX_LAT) {
            k = Math.max(0.35, Math.cos(Math.toRadians((minLat + maxLat) / 2)));
            box = region(minLat, maxLat, minLon, maxLon, k);
        }
        boolean world = box == null;
        if (world) {
            k = 1;
            box =
                    new double[] {
                        0,
                        (90 - WORLD_NORTH) * UNITS_PER_DEGREE,
                        360 * UNITS_PER_DEGREE,
                        (WORLD_NORTH - WORLD_SOUTH) * UNITS_PER_DEGREE
                    };
        }
        long max = dots.stream().mapToLong(Dot::count).max().orElse(1);
        double width = box[2];
        List<Dot> ordered =
                dots.stream()
                        .sorted(
                                Comparator.comparingLong(Dot::count)
                                        .reversed()
                                        .thenComparing(
                                                Comparator.comparingDouble(Dot::latitude)
                                                        .reversed())
                                        .thenComparingDouble(Dot::longitude))
                        .toList();
        List<Circle> circles = new ArrayList<>();
        for (Dot d : ordered) {
            circles.add(
                    new Circle(
                            number(x(d.longitude(), k)),
                            number(y(d.latitude())),
                            number(radius(d.count(), max, width, size)),
                            d.href(),
                            d.label()));
        }
        return new View(
                number(box[0]) + " " + number(box[1]) + " " + number(box[2]) + " " + number(box[3]),
                number(box[2]),
                number(box[3]),
                Assets.url("world.svg"),
                number(360 * UNITS_PER_DEGREE * k),
                world,
                circles,
                dots.stream().mapToLong(Dot::count).sum(),
                caption);
    }

    /**
     * @return the region's view {@code {x, y, width, height}} in units, or null when it does not
     *     fit the map (the world map is used then)
     */
    private static double[] region(
            double minLat, double maxLat, double minLon, double maxLon, double k) {
        double x0 = x(minLon, k), x1 = x(maxLon, k);
        double y0 = y(maxLat), y1 = y(minLat);
        double w = x1 - x0, h = y1 - y0;
        double margin = Math.max(0.15 * Math.max(w, h), 1.5 * UNITS_PER_DEGREE);
        w += 2 * margin;
        h += 2 * margin;
        h = Math.max(h, MIN_HEIGHT_DEGREES * UNITS_PER_DEGREE);
        if (w / h < MIN_ASPECT) {
            w = h * MIN_ASPECT;
        } else if (w / h > MAX_ASPECT) {
            h = w / MAX_ASPECT;
        }
        double mapWidth = 360 * UNITS_PER_DEGREE * k;
        double mapHeight = 180 * UNITS_PER_DEGREE;
        if (w > mapWidth / 2 || h > mapHeight / 2) {
            return null;
        }
        double left = clamp((x0 + x1 - w) / 2, 0, mapWidth - w);
        double top = clamp((y0 + y1 - h) / 2, 0, mapHeight - h);
        return new double[] {left, top, w, h};
    }

    /**
     * @return the dot's radius in view units: {@code width · (min + (max − min) · √(count / most))}
     *     with {@code size}'s shares, growing with the count, between them
     */
    static double radius(long count, long most, double width, Dots size) {
        double share = Math.sqrt((double) Math.max(1, count) / Math.max(1, most));
        return width * (size.min + (size.max - size.min) * Math.min(1, share));
    }

    /**
     * @return {@code (lon + 180) · 10 · k}: across, in units
     */
    static double x(double longitude, double k) {
        return (longitude + 180) * UNITS_PER_DEGREE * k;
    }

    /**
     * @return {@code (90 − lat) · 10}: down, in units
     */
    static double y(double latitude) {
        return (90 - latitude) * UNITS_PER_DEGREE;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    /** At most one decimal, none when whole: {@code 1234.5}, {@code 60}. */
    private static String number(double v) {
        long tenths = Math.round(v * 10);
        return tenths % 10 == 0
                ? Long.toString(tenths / 10)
                : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }
}
