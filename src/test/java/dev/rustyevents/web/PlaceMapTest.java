package dev.rustyevents.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustyevents.event.PointCount;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PlaceMap}: projection, views, dot sizes and links, without a server. */
class PlaceMapTest {

    private static final PlaceMap.Dots SIZE = PlaceMap.Dots.COLUMN;

    private static PlaceMap.Dot dot(double lat, double lon, long count) {
        return new PlaceMap.Dot(lat, lon, count, String.valueOf(count), "/?near=x");
    }

    private static double[] box(PlaceMap.View view) {
        return Arrays.stream(view.viewBox().split(" ")).mapToDouble(Double::parseDouble).toArray();
    }

    @Test
    void shouldProjectLongitudeAndLatitudeAsTheWorldAssetDoes() {
        assertEquals(0, PlaceMap.x(-180, 1), 1e-9);
        assertEquals(1800, PlaceMap.x(0, 1), 1e-9);
        assertEquals(3600, PlaceMap.x(180, 1), 1e-9);
        assertEquals(0, PlaceMap.y(90), 1e-9);
        assertEquals(900, PlaceMap.y(0), 1e-9);
        assertEquals(1800, PlaceMap.y(-90), 1e-9);
        // Berlin 52.52437 N, 13.41053 E
        assertEquals(1934.1053, PlaceMap.x(13.41053, 1), 1e-6);
        assertEquals(374.7563, PlaceMap.y(52.52437), 1e-6);
        assertEquals(1934.1053 / 2, PlaceMap.x(13.41053, 0.5), 1e-6, "k stretches across only");
    }

    @Test
    void shouldGrowTheRadiusWithTheCountBetweenItsBounds() {
        double width = 3600;
        double previous = 0;
        for (long n = 1; n <= 400; n++) {
            double r = PlaceMap.radius(n, 400, width, SIZE);
            assertTrue(r > previous, n + " events: " + r + " after " + previous);
            previous = r;
        }
        assertEquals(SIZE.max * width, PlaceMap.radius(400, 400, width, SIZE), 1e-9);
        assertTrue(PlaceMap.radius(1, 400, width, SIZE) >= SIZE.min * width);
        double area1 = Math.pow(PlaceMap.radius(100, 400, width, SIZE) - SIZE.min * width, 2);
        double area4 = Math.pow(PlaceMap.radius(400, 400, width, SIZE) - SIZE.min * width, 2);
        assertEquals(4, area4 / area1, 1e-9, "beyond the least size, area grows with the count");
    }

    @Test
    void shouldShowTheWorldWhenPlacesAreSpreadOverContinents() {
        PlaceMap.View view =
                PlaceMap.of(
                        List.of(
                                dot(52.52, 13.41, 3),
                                dot(47.61, -122.33, 1),
                                dot(-33.87, 151.21, 2)),
                        "c",
                        SIZE);
        assertTrue(view.world());
        assertEquals("0 60 3600 1420", view.viewBox());
        assertEquals("3600", view.imageWidth());
        assertEquals(6, view.events());
        assertEquals(List.of("3", "2", "1"), radiiOrder(view), "largest first, drawn below");
        assertCovers(view);
    }

    @Test
    void shouldShowARegionWithItsOwnLatitudesScaleWhenPlacesAreClose() {
        // Berlin, Munich, Hamburg, Cologne
        PlaceMap.View view =
                PlaceMap.of(
                        List.of(
                                dot(52.52, 13.41, 4),
                                dot(48.14, 11.58, 2),
                                dot(53.55, 10.0, 1),
                                dot(50.94, 6.96, 1)),
                        "c",
                        SIZE);
        assertFalse(view.world());
        double[] b = box(view);
        double k = Math.cos(Math.toRadians((48.14 + 53.55) / 2));
        assertEquals(3600 * k, Double.parseDouble(view.imageWidth()), 0.1);
        assertTrue(b[2] < 3600 * k / 4 && b[3] < 1800 / 4.0, "a region: " + view.viewBox());
        double aspect = b[2] / b[3];
        assertTrue(
                aspect >= PlaceMap.MIN_ASPECT - 1e-6 && aspect <= PlaceMap.MAX_ASPECT + 1e-6,
                "aspect " + aspect);
        assertCovers(view);
    }

    @Test
    void shouldGiveOnePlaceItsSurroundings() {
        PlaceMap.View view = PlaceMap.of(List.of(dot(-41.29, 174.78, 1)), "c", SIZE); // Wellington
        assertFalse(view.world());
        double[] b = box(view);
        assertTrue(b[3] >= PlaceMap.MIN_HEIGHT_DEGREES * PlaceMap.UNITS_PER_DEGREE - 1e-6);
        assertTrue(b[0] + b[2] <= Double.parseDouble(view.imageWidth()) + 0.1, "inside the map");
        assertCovers(view);
    }

    @Test
    void shouldDrawNothingWithoutPlaces() {
        assertNull(PlaceMap.of(List.of(), "c", SIZE));
        assertNull(PlaceMap.ofSelection(List.of(), 5, ""));
    }

    @Test
    void shouldLinkEachDotToItsPlaceKeepingTheFilterButNotVirtualEvents() {
        assertEquals("/?near=52.52437,13.41053&radius=1", PlaceMap.link("", 52.52437, 13.41053));
        assertEquals(
                "/?region=europe&mode=in-person,hybrid&q=rust&near=52.52437,13.41053&radius=1",
                PlaceMap.link(
                        "region=europe&mode=in-person%2Cvirtual%2Chybrid&q=rust&near=Berlin&radius=50",
                        52.52437, 13.41053));
        assertEquals(
                "/?from=2024-01-01&near=-33.86785,151.20732&radius=1",
                PlaceMap.link("from=2024-01-01&mode=virtual", -33.86785, 151.20732));
    }

    @Test
    void shouldNameEachDotAndItsCountTellingNamesakesApart() {
        List<PlaceMap.Dot> dots =
                PlaceMap.dots(
                        List.of(
                                new PointCount(45.52, -122.68, "Portland", "US-OR", "US", 3),
                                new PointCount(43.66, -70.26, "Portland", "US-ME", "US", 1),
                                new PointCount(52.52, 13.41, "Berlin", "DE-BE", "DE", 1)),
                        "");
        assertEquals(
                List.of(
                        "Portland, US-OR, United States: 3 events",
                        "Berlin, Germany: 1 event",
                        "Portland, US-ME, United States: 1 event"),
                dots.stream().map(PlaceMap.Dot::label).toList());
        PlaceMap.View view =
                PlaceMap.ofSelection(
                        List.of(new PointCount(52.52, 13.41, "Berlin", "DE-BE", "DE", 2)), 5, "");
        assertTrue(
                view.caption()
                        .startsWith("Where the 2 events of this selection take place: 1 place"),
                view.caption());
        assertTrue(view.caption().contains("3 events online or without a known place"));
    }

    @Test
    void shouldCountPointsWithinTheLinksRadiusAsOneDot() {
        // Zürich and a point 550 m east of it: one dot, as its link (radius 1 km) lists both;
        // Oerlikon, 4.6 km north, stays a dot of its own
        List<PlaceMap.Dot> dots =
                PlaceMap.dots(
                        List.of(
                                new PointCount(47.36667, 8.55000, "Zürich", "CH-ZH", "CH", 5),
                                new PointCount(47.36667, 8.55730, "Hottingen", "CH-ZH", "CH", 2),
                                new PointCount(47.40800, 8.54600, "Oerlikon", "CH-ZH", "CH", 1)),
                        "");
        assertEquals(
                List.of("Zürich, Switzerland: 7 events", "Oerlikon, Switzerland: 1 event"),
                dots.stream().map(PlaceMap.Dot::label).toList());
        assertEquals("/?near=47.36667,8.55000&radius=1", dots.get(0).href());
    }

    /** The dots' titles (their counts, see {@link #dot}) in drawing order; radii never grow. */
    private static List<String> radiiOrder(PlaceMap.View view) {
        for (int i = 1; i < view.circles().size(); i++) {
            assertTrue(
                    Double.parseDouble(view.circles().get(i).r())
                            <= Double.parseDouble(view.circles().get(i - 1).r()),
                    view.circles().toString());
        }
        return view.circles().stream().map(PlaceMap.Circle::title).toList();
    }

    /** Every dot lies wholly inside the view. */
    private static void assertCovers(PlaceMap.View view) {
        double[] b = box(view);
        for (PlaceMap.Circle c : view.circles()) {
            double x = Double.parseDouble(c.cx()),
                    y = Double.parseDouble(c.cy()),
                    r = Double.parseDouble(c.r());
            assertTrue(
                    x - r >= b[0] - 0.1
                            && x + r <= b[0] + b[2] + 0.1
                            && y - r >= b[1] - 0.1
                            && y + r <= b[1] + b[3] + 0.1,
                    c + " inside " + view.viewBox());
        }
    }
}
