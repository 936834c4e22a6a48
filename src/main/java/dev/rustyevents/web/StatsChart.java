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
 * image), in one of three {@link Form}s so that its text stays readable (at least 12 CSS px) from a
 * 320 px phone to a wide desktop: the page picks the form by its width ({@code <picture>}).
 *
 * <p>The SVG carries Lets-Plot's {@code <style>} element (its text classes, scoped by element id)
 * and one of its own, {@link #DARK_STYLE}, which recolours the background, grid, axes and text when
 * the viewer prefers a dark colour scheme (Media Queries Level 5 {@code prefers-color-scheme}; an
 * SVG shown by {@code <img>} follows the embedding page's setting). No {@code style="…"}
 * attributes, scripts, event handlers or external references.
 */
public final class StatsChart {

    /**
     * A size of the chart: the page shows the widest form its width can show with text of at least
     * 12 CSS px (the scale is the shown width over {@link #width}).
     *
     * @param path its address, under {@code /stats/} (one {@code WebResource} method each)
     * @param width its width in CSS px (the viewBox's too)
     * @param height its height in CSS px
     * @param fontSize every text's size in CSS px at scale 1
     * @param legendColumns the legend's entries per row (it wraps into as many rows as needed)
     * @param maxViewport the widest viewport (CSS px) that is shown this form, or 0 for any wider
     *     one: the {@code media} of its {@code <source>} on the page
     */
    public record Form(
            String path, int width, int height, int fontSize, int legendColumns, int maxViewport) {

        /** 960x420: shown from 900 px of viewport width on (at least 850 px wide: text ≥ 13 px). */
        public static final Form WIDE = new Form("chart.svg", 960, 420, 15, 4, 0);

        /** 600x420: shown from 576 to 899 px of viewport (526 to 849 px wide: text ≥ 12 px). */
        public static final Form MEDIUM = new Form("chart-medium.svg", 600, 420, 14, 3, 899);

        /**
         * 320x480: shown below 576 px of viewport (from 270 px wide at a 320 px viewport: text ≥
         * 12.6 px; at 375 px, 15 px).
         */
        public static final Form NARROW = new Form("chart-narrow.svg", 320, 480, 15, 1, 575);

        /**
         * @return the {@code media} of this form's {@code <source>} ({@code (max-width: 575px)}),
         *     or null for the widest, which is the {@code <img>} itself
         */
        public String media() {
            return maxViewport == 0 ? null : "(max-width: " + maxViewport + "px)";
        }

        /** Every form, widest first. */
        public static final List<Form> ALL = List.of(WIDE, MEDIUM, NARROW);
    }

    /** Width and height of the wide SVG, in CSS pixels. */
    static final int WIDTH = Form.WIDE.width();

    static final int HEIGHT = Form.WIDE.height();

    /**
     * The dark colour scheme: Lets-Plot's default theme paints the background and legend white
     * ({@code fill="rgb(255,255,255)"}), the grid {@code rgb(233,233,233)}, axes and ticks {@code
     * rgb(71,71,71)}, and text {@code #474747} in id-scoped class rules; presentation attributes
     * lose to any style rule, and {@code !important} beats the id-scoped text rules. The colours
     * are the site's dark {@code --panel}, {@code --line}, {@code --muted} and {@code --fg} (text
     * 14:1 on the background). {@code StatsChartTest} checks that each selector matches.
     */
    static final String DARK_STYLE =
            "@media (prefers-color-scheme: dark) {\n"
                    + "  [fill=\"rgb(255,255,255)\"] { fill: #221f1d; }\n"
                    + "  line[stroke=\"rgb(233,233,233)\"] { stroke: #3a3431; }\n"
                    + "  line[stroke=\"rgb(71,71,71)\"] { stroke: #bdb3ac; }\n"
                    + "  text { fill: #efeae6 !important; }\n"
                    + "}";

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

    /** Up to this many months every month can get a tick label; beyond, only Januaries can. */
    private static final int ALL_MONTH_TICKS = 24;

    /**
     * Room for one tick label: its characters at this width per font px, plus a gap (px). Tick
     * labels are thinned to every n-th (month or January) until they fit the form's width.
     */
    private static final double CHAR_WIDTH = 0.62;

    private static final int LABEL_GAP = 14;

    /** Guards Lets-Plot's process-wide SVG id generator (see {@link #svg}). */
    private static final Object LOCK = new Object();

    private StatsChart() {}

    /**
     * Draws the chart in its {@link Form#WIDE wide} form.
     *
     * @param stats as {@link #svg(EventStats, Form)}
     * @return as {@link #svg(EventStats, Form)}
     */
    public static String svg(EventStats stats) {
        return svg(stats, Form.WIDE);
    }

    /**
     * Draws the chart.
     *
     * @param stats events per month ({@link EventStats#of}, by month: every month of the range,
     *     counts by region code); cells with a count of zero are left out, the {@link
     *     EventStats#NO_REGION} key is drawn as {@link #NO_REGION_LABEL}
     * @param form its size and font size
     * @return one standalone {@code <svg>} element (no XML prolog) of the form's size, with a
     *     matching {@code viewBox} so that it scales: x = every month from the first to the last
     *     month with events (months without events take their place as empty slots; tick labels at
     *     every month up to {@value #ALL_MONTH_TICKS} months, else at Januaries, thinned to every
     *     n-th to fit), y = events per month, one stacked bar segment per non-empty (month, region)
     *     cell, one legend entry per region present. The same input gives the same bytes. No rows
     *     with events give empty axes.
     */
    public static String svg(EventStats stats, Form form) {
        Objects.requireNonNull(form, "form");
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
            boolean everyMonth = first.until(last, ChronoUnit.MONTHS) + 1 <= ALL_MONTH_TICKS;
            List<YearMonth> candidates = new ArrayList<>();
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                months.add(m.toString());
                if (everyMonth || m.getMonthValue() == 1) {
                    candidates.add(m);
                }
            }
            int chars = everyMonth ? "2013-01".length() : "2013".length();
            int fit =
                    Math.max(
                            1,
                            (int)
                                    ((form.width() - 60)
                                            / (chars * CHAR_WIDTH * form.fontSize() + LABEL_GAP)));
            int step = (candidates.size() + fit - 1) / fit;
            for (int i = 0; i < candidates.size(); i += Math.max(1, step)) {
                YearMonth m = candidates.get(i);
                breaks.add(m.toString());
                labels.add(everyMonth ? m.toString() : Integer.toString(m.getYear()));
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
        spec.put(
                "guides", ordered("fill", ordered("name", "legend", "ncol", form.legendColumns())));
        spec.put("ggsize", ordered("width", form.width(), "height", form.height()));
        Map<String, Object> text = ordered("name", "text", "size", form.fontSize());
        spec.put(
                "theme",
                ordered(
                        "legend_position",
                        "bottom",
                        "axis_title_x",
                        ordered("blank", true),
                        "text",
                        text,
                        "axis_text",
                        text,
                        "axis_title",
                        text,
                        "legend_text",
                        text));

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
        return accessible(svg, form);
    }

    /**
     * The only post-processing: Lets-Plot has no option for accessibility attributes, a viewBox or
     * a dark scheme, so {@code role="img"}, {@code aria-label} and {@code viewBox} are inserted
     * into the root start tag, and a {@code <title>} and the {@link #DARK_STYLE} become its first
     * children. The root start tag is Lets-Plot's fixed {@code <svg xmlns=… width=… height=…>} (no
     * '>' inside its attribute values).
     */
    private static String accessible(String svg, Form form) {
        if (!svg.startsWith("<svg ")) {
            throw new IllegalStateException(
                    "Lets-Plot output does not start with <svg: "
                            + svg.substring(0, Math.min(40, svg.length())));
        }
        int end = svg.indexOf('>');
        return "<svg role=\"img\" aria-label=\""
                + TITLE
                + "\" viewBox=\"0 0 "
                + form.width()
                + " "
                + form.height()
                + "\" "
                + svg.substring(5, end + 1)
                + "\n  <title>"
                + TITLE
                + "</title>\n  <style>"
                + DARK_STYLE
                + "</style>"
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
