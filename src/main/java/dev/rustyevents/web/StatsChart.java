package dev.rustyevents.web;

import dev.rustyevents.event.EventStats;
import dev.rustyevents.vocabulary.Region;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jetbrains.letsPlot.core.plot.base.render.svg.SvgUID;
import org.jetbrains.letsPlot.core.util.PlotSvgExportCommon;

/**
 * The "events per month by region" chart of the {@code /stats} page: a stacked bar chart drawn
 * server-side as SVG by JetBrains Lets-Plot (pure Kotlin, no AWT, so it also runs in the native
 * image).
 *
 * <p>The SVG carries one {@code <style>} element (Lets-Plot's text classes, scoped by element id)
 * and no {@code style="…"} attributes, scripts, event handlers or external references.
 */
public final class StatsChart {

    /** Width and height of the SVG, in CSS pixels. */
    static final int WIDTH = 960;

    static final int HEIGHT = 400;

    /**
     * The label of events without a region ({@link EventStats#NO_REGION} in {@link
     * EventStats.Period#byRegion()}): online events, and listings that gave no place apart from
     * their title (TWiR's listings before 2018: "Neues Rust Meetup in Dresden").
     */
    static final String NO_REGION_LABEL = "Online or no place given";

    static final String TITLE = "Rust events per month by region";

    /**
     * Fixed colour per series, from the Okabe-Ito colour-blind-safe palette (yellow #F0E442 left
     * out: too pale on white), so that a region keeps its colour whatever else is present.
     */
    private static final Map<Region, String> COLOURS =
            new EnumMap<>(
                    Map.of(
                            Region.AFRICA, "#D55E00",
                            Region.ASIA, "#009E73",
                            Region.EUROPE, "#0072B2",
                            Region.NORTH_AMERICA, "#E69F00",
                            Region.OCEANIA, "#56B4E9",
                            Region.SOUTH_AMERICA, "#CC79A7"));

    private static final String NO_REGION_COLOUR = "#999999";

    /** Up to this many months every month gets a tick label; beyond, only Januaries do. */
    private static final int ALL_MONTH_TICKS = 24;

    /** Guards Lets-Plot's process-wide SVG id generator (see {@link #svg}). */
    private static final Object LOCK = new Object();

    private StatsChart() {}

    /**
     * Draws the chart.
     *
     * @param stats events per month ({@link EventStats#of}, by month: every month of the range,
     *     counts by region code); cells with a count of zero are left out, the {@link
     *     EventStats#NO_REGION} key is drawn as {@link #NO_REGION_LABEL}
     * @return one standalone {@code <svg>} element (no XML prolog), {@value #WIDTH}x{@value
     *     #HEIGHT}: x = every month from the first to the last month with events (months without
     *     events take their place as empty slots), y = events per month, one stacked bar segment
     *     per non-empty (month, region) cell, one legend entry per region present. The same input
     *     gives the same bytes. No rows with events give empty axes.
     */
    public static String svg(EventStats stats) {
        List<String> month = new ArrayList<>();
        List<String> series = new ArrayList<>();
        List<Long> events = new ArrayList<>();
        TreeMap<String, String> present = new TreeMap<>(StatsChart::seriesOrder);
        for (EventStats.Period p : Objects.requireNonNull(stats, "stats").periods()) {
            TreeMap<String, Long> bySeries = new TreeMap<>(StatsChart::seriesOrder);
            p.byRegion().forEach((code, n) -> bySeries.merge(label(code), n, Long::sum));
            bySeries.forEach(
                    (s, n) -> {
                        if (n > 0) {
                            month.add(p.period());
                            series.add(s);
                            events.add(n);
                            present.put(s, colour(s));
                        }
                    });
        }
        List<YearMonth> range =
                stats.periods().stream()
                        .filter(p -> p.count() > 0)
                        .map(p -> YearMonth.parse(p.period()))
                        .toList();
        YearMonth first = range.isEmpty() ? null : range.get(0);
        YearMonth last = range.isEmpty() ? null : range.get(range.size() - 1);

        List<String> months = new ArrayList<>();
        List<String> breaks = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        if (first == null) {
            // Lets-Plot cannot draw an empty domain: one unlabelled slot and a 0-1 y range
            months.add("");
        } else {
            long span = first.until(last, ChronoUnit.MONTHS) + 1;
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                months.add(m.toString());
                if (span <= ALL_MONTH_TICKS) {
                    breaks.add(m.toString());
                    labels.add(m.toString());
                } else if (m.getMonthValue() == 1) {
                    breaks.add(m.toString());
                    labels.add(Integer.toString(m.getYear()));
                }
            }
        }

        Map<String, Object> data = new LinkedHashMap<>();
        data.put("month", month);
        data.put("region", series);
        data.put("events", events);

        Map<String, Object> x = new LinkedHashMap<>();
        x.put("aesthetic", "x");
        x.put("discrete", true);
        x.put("name", "");
        // discrete limits = every month of the range, so months without events keep their slot
        x.put("limits", months);
        x.put("breaks", breaks);
        x.put("labels", labels);
        Map<String, Object> fill = new LinkedHashMap<>();
        fill.put("aesthetic", "fill");
        fill.put("name", "");
        fill.put("limits", new ArrayList<>(present.keySet()));
        fill.put("values", new ArrayList<>(present.values()));

        Map<String, Object> layer = new LinkedHashMap<>();
        layer.put("geom", "bar");
        layer.put("stat", "identity");
        layer.put("position", "stack");
        layer.put("size", 0.0); // no outline: ~160 monthly bars are only a few pixels wide

        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("kind", "plot");
        spec.put("data", data);
        spec.put("mapping", ordered("x", "month", "y", "events", "fill", "region"));
        spec.put("layers", List.of(layer));
        Map<String, Object> y = new LinkedHashMap<>();
        y.put("aesthetic", "y");
        y.put("name", "Events per month");
        if (first == null) {
            y.put("limits", List.of(0, 1));
        }
        spec.put("scales", List.of(x, y, fill));
        spec.put("ggsize", ordered("width", WIDTH, "height", HEIGHT));
        spec.put(
                "theme",
                ordered("legend_position", "bottom", "axis_title_x", ordered("blank", true)));

        String svg;
        synchronized (LOCK) {
            // Lets-Plot names its element ids (scoping of its <style> rules, clip paths) with
            // random suffixes; its incremental generator, reset before each drawing, makes the
            // output deterministic. It is a process-wide setting, hence the lock.
            SvgUID.INSTANCE.setUpForTest();
            svg =
                    PlotSvgExportCommon.INSTANCE.buildSvgImageFromRawSpecs(
                            spec,
                            null,
                            (w, h, argb) -> {
                                throw new UnsupportedOperationException(
                                        "a bar chart has no raster image");
                            },
                            false);
        }
        return accessible(svg);
    }

    /**
     * The only post-processing: Lets-Plot has no option for accessibility attributes, so {@code
     * role="img"} and {@code aria-label} are inserted into the root start tag and a {@code <title>}
     * becomes its first child. The root start tag is Lets-Plot's fixed {@code <svg xmlns=… width=…
     * height=…>} (no '>' inside its attribute values).
     */
    private static String accessible(String svg) {
        if (!svg.startsWith("<svg ")) {
            throw new IllegalStateException(
                    "Lets-Plot output does not start with <svg: "
                            + svg.substring(0, Math.min(40, svg.length())));
        }
        int end = svg.indexOf('>');
        return "<svg role=\"img\" aria-label=\""
                + TITLE
                + "\" "
                + svg.substring(5, end + 1)
                + "\n  <title>"
                + TITLE
                + "</title>"
                + svg.substring(end + 1);
    }

    /** A map in the given key order (Map.of's order changes from one JVM run to the next). */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /**
     * @return the series of a {@link EventStats.Period#byRegion()} key: the region's heading, or
     *     {@link #NO_REGION_LABEL}
     */
    private static String label(String regionCode) {
        return Region.fromCode(regionCode).map(Region::heading).orElse(NO_REGION_LABEL);
    }

    private static String colour(String label) {
        for (Region r : Region.values()) {
            if (r.heading().equals(label)) {
                return COLOURS.get(r);
            }
        }
        return NO_REGION_COLOUR;
    }

    /** Regions in declaration order, Online last. */
    private static int seriesOrder(String a, String b) {
        return Integer.compare(rank(a), rank(b));
    }

    private static int rank(String label) {
        for (Region r : Region.values()) {
            if (r.heading().equals(label)) {
                return r.ordinal();
            }
        }
        return Region.values().length;
    }
}
