package dev.rustyevents.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustyevents.event.EventStats;
import dev.rustyevents.event.PeriodCount;
import dev.rustyevents.vocabulary.Mode;
import dev.rustyevents.vocabulary.Region;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class StatsChartTest {

    /** Jan-Mar 2013, nothing in February; Europe split over two modes; one online row. */
    private static final List<PeriodCount> SHORT =
            List.of(
                    new PeriodCount(2013, 1, Region.EUROPE, Mode.IN_PERSON, 3),
                    new PeriodCount(2013, 1, Region.EUROPE, Mode.HYBRID, 1),
                    new PeriodCount(2013, 1, null, Mode.VIRTUAL, 2),
                    new PeriodCount(2013, 3, Region.NORTH_AMERICA, null, 5),
                    new PeriodCount(2013, 3, Region.ASIA, Mode.IN_PERSON, 0));

    @Test
    void isOneWellFormedSvgElementWithAccessibleName() throws Exception {
        String svg = svg(SHORT);
        assertTrue(svg.startsWith("<svg "), "no XML prolog");
        Element root = parse(svg).getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("img", root.getAttribute("role"));
        assertEquals(StatsChart.TITLE, root.getAttribute("aria-label"));
        Element first = firstElementChild(root);
        assertEquals("title", first.getLocalName());
        assertEquals(StatsChart.TITLE, first.getTextContent());
        assertEquals(StatsChart.WIDTH, Double.parseDouble(root.getAttribute("width")));
        assertEquals(StatsChart.HEIGHT, Double.parseDouble(root.getAttribute("height")));
        assertEquals("0 0 960 420", root.getAttribute("viewBox"), "scales to the image's size");
        assertTrue(texts(root).contains("Events per month"), "y axis title");
    }

    @Test
    void eachFormHasItsSizeAndFontSizeAndFewerTicksWhenNarrow() throws Exception {
        List<PeriodCount> years = new ArrayList<>();
        for (int y = 2013; y <= 2026; y++) {
            years.add(new PeriodCount(y, 6, Region.EUROPE, Mode.IN_PERSON, y - 2000));
        }
        List<Integer> ticks = new ArrayList<>();
        for (StatsChart.Form form : StatsChart.Form.ALL) {
            String svg = StatsChart.svg(EventStats.of(years, false), form);
            Element root = parse(svg).getDocumentElement();
            assertEquals(form.width(), Double.parseDouble(root.getAttribute("width")), form.path());
            assertEquals("0 0 " + form.width() + " " + form.height(), root.getAttribute("viewBox"));
            for (String cssClass : List.of("axis-text-x", "axis-text-y", "legend-item")) {
                Matcher size =
                        Pattern.compile("\\." + cssClass + " \\{[^}]*font-size: ([0-9.]+)px")
                                .matcher(svg);
                assertTrue(size.find(), cssClass);
                assertEquals(form.fontSize(), Double.parseDouble(size.group(1)), cssClass);
            }
            ticks.add(textsOfClass(root, "axis-text-x").size());
            assertEquals(
                    Set.of("Europe"),
                    new TreeSet<>(textsOfClass(root, "legend-item")),
                    form.path());
        }
        // 13 Januaries (2014-2026): a label each only in the wide form
        assertEquals(List.of(13, 7, 5), ticks, "tick labels, wide to narrow");
        assertEquals(
                List.of("2014", "2017", "2020", "2023", "2026"),
                textsOfClass(
                        parse(StatsChart.svg(EventStats.of(years, false), StatsChart.Form.NARROW))
                                .getDocumentElement(),
                        "axis-text-x"));
    }

    @Test
    void theDarkStylesSelectorsMatchWhatLetsPlotDraws() throws Exception {
        String svg = svg(SHORT);
        assertTrue(svg.contains("<style>" + StatsChart.DARK_STYLE + "</style>"));
        Element root = parse(svg).getDocumentElement();
        // each [attr="value"] selector of the dark style names a colour Lets-Plot used
        Matcher selector =
                Pattern.compile("(\\w*)\\[(fill|stroke)=\"([^\"]+)\"\\]")
                        .matcher(StatsChart.DARK_STYLE);
        int selectors = 0;
        while (selector.find()) {
            selectors++;
            String element = selector.group(1).isEmpty() ? "*" : selector.group(1);
            NodeList candidates = root.getElementsByTagNameNS("*", element);
            boolean matched = false;
            for (int i = 0; i < candidates.getLength() && !matched; i++) {
                matched =
                        ((Element) candidates.item(i))
                                .getAttribute(selector.group(2))
                                .equals(selector.group(3));
            }
            assertTrue(matched, "nothing in Lets-Plot's output matches " + selector.group());
        }
        assertEquals(3, selectors);
        assertTrue(StatsChart.DARK_STYLE.startsWith("@media (prefers-color-scheme: dark)"));
    }

    @Test
    void legendHasOneEntryPerRegionPresent() throws Exception {
        Element root = parse(svg(SHORT)).getDocumentElement();
        // Asia's only row has a count of zero: not present
        assertEquals(
                Set.of("Europe", "North America", StatsChart.NO_REGION_LABEL),
                new TreeSet<>(textsOfClass(root, "legend-item")));
    }

    @Test
    void oneBarPerNonZeroMonthAndRegionCell() throws Exception {
        // cells: 2013-01 Europe (3+1 over two modes), 2013-01 Online, 2013-03 North America
        assertEquals(3, bars(parse(svg(SHORT)).getDocumentElement()).size());

        List<PeriodCount> many = new ArrayList<>();
        int cells = 0;
        for (int m = 1; m <= 12; m++) {
            for (Region r : Region.values()) {
                if ((m + r.ordinal()) % 3 != 0) {
                    many.add(new PeriodCount(2020, m, r, Mode.IN_PERSON, m));
                    many.add(new PeriodCount(2020, m, r, Mode.VIRTUAL, 1));
                    cells++;
                }
            }
        }
        assertEquals(cells, bars(parse(svg(many)).getDocumentElement()).size());
    }

    @Test
    void aMonthWithoutEventsKeepsItsPlaceOnTheAxis() throws Exception {
        Element root = parse(svg(SHORT)).getDocumentElement();
        assertEquals(List.of("2013-01", "2013-02", "2013-03"), textsOfClass(root, "axis-text-x"));

        // The ticks are evenly spaced and the bars of January and March stand on the first and
        // third: February has its slot in the range
        List<Double> ticks = tickXs(root);
        assertEquals(3, ticks.size());
        double slot = ticks.get(1) - ticks.get(0);
        assertTrue(slot > 0);
        assertEquals(slot, ticks.get(2) - ticks.get(1), 1e-6);
        Set<Double> centres = new TreeSet<>();
        for (Element bar : bars(root)) {
            centres.add(
                    Math.round(
                                    (Double.parseDouble(bar.getAttribute("x"))
                                                    + Double.parseDouble(bar.getAttribute("width"))
                                                            / 2)
                                            * 1000)
                            / 1000.0);
        }
        assertEquals(List.of(round(ticks.get(0)), round(ticks.get(2))), new ArrayList<>(centres));

        // Long ranges: tick labels at every January, even of a year without events at all
        List<PeriodCount> years =
                List.of(
                        new PeriodCount(2013, 5, Region.EUROPE, Mode.IN_PERSON, 1),
                        new PeriodCount(2016, 2, Region.EUROPE, Mode.IN_PERSON, 1));
        Element longRoot = parse(svg(years)).getDocumentElement();
        assertEquals(List.of("2014", "2015", "2016"), textsOfClass(longRoot, "axis-text-x"));
        assertEquals(2, bars(longRoot).size());
    }

    @Test
    void sameInputSameOutput() {
        String a = svg(SHORT);
        List<PeriodCount> shuffled = new ArrayList<>(SHORT);
        java.util.Collections.reverse(shuffled);
        assertEquals(a, svg(SHORT));
        assertEquals(a, svg(shuffled), "row order does not matter");
    }

    @Test
    void noScriptsHandlersOrExternalReferences() throws Exception {
        String svg = svg(SHORT);
        assertFalse(svg.toLowerCase().contains("<script"));
        Matcher urls = Pattern.compile("https?://[^\"'\\s)]*").matcher(svg);
        while (urls.find()) {
            assertTrue(
                    Set.of("http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink")
                            .contains(urls.group()),
                    "unexpected reference " + urls.group());
        }
        assertFalse(
                Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(svg).find(),
                "event handler");
        NodeList all = parse(svg).getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String href =
                    e.getAttributeNS("http://www.w3.org/1999/xlink", "href")
                            + e.getAttribute("href");
            assertTrue(href.isEmpty() || href.startsWith("#"), "external href " + href);
            assertFalse(e.hasAttribute("style"), "inline style on " + e.getTagName());
        }
    }

    @Test
    void noEventsGiveEmptyAxes() throws Exception {
        Element root = parse(svg(List.of())).getDocumentElement();
        assertEquals(0, bars(root).size());
        assertTrue(textsOfClass(root, "legend-item").isEmpty());
    }

    // --- helpers

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    /**
     * The data layer: rects of the plot panel, which Lets-Plot clips (not legend keys, not the clip
     * rect).
     */
    private static List<Element> bars(Element root) {
        List<Element> bars = new ArrayList<>();
        NodeList groups = root.getElementsByTagNameNS("*", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.hasAttribute("clip-path")) {
                for (Node n = g.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element e && e.getLocalName().equals("rect")) {
                        bars.add(e);
                    }
                }
            }
        }
        return bars;
    }

    private static List<String> textsOfClass(Element root, String cssClass) {
        List<String> out = new ArrayList<>();
        NodeList texts = root.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            if (t.getAttribute("class").equals(cssClass)) {
                out.add(t.getTextContent().strip());
            }
        }
        return out;
    }

    /** The x offsets of the x axis ticks: text in g translate(0 7) in g translate(X 0). */
    private static List<Double> tickXs(Element root) {
        List<Double> out = new ArrayList<>();
        NodeList texts = root.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            if (t.getAttribute("class").equals("axis-text-x")) {
                String transform =
                        ((Element) t.getParentNode().getParentNode()).getAttribute("transform");
                Matcher m = Pattern.compile("translate\\(\\s*([-0-9.eE]+)").matcher(transform);
                assertTrue(m.find(), transform);
                out.add(Double.parseDouble(m.group(1)));
            }
        }
        return out;
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }

    private static List<String> texts(Element root) {
        List<String> out = new ArrayList<>();
        NodeList texts = root.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            out.add(texts.item(i).getTextContent().strip());
        }
        return out;
    }

    private static Element firstElementChild(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                return child;
            }
        }
        throw new AssertionError("no child element");
    }

    /** The chart of some rows, summed as the page sums them ({@link EventStats#of}). */
    private static String svg(List<PeriodCount> rows) {
        return StatsChart.svg(EventStats.of(rows, false));
    }
}
