package dev.rustyevents;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rustyevents.support.ApiHistory;
import dev.rustyevents.support.ApiHistoryProfile;
import dev.rustyevents.support.TestOrigin;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every link the service writes works on the origin it was asked on, with no {@code
 * rusty-events.feeds.public-url} (a random test port): the pages, the embed snippet, subscribe
 * links ({@code webcal://}, Google Calendar's {@code cid}), JSON-LD, {@code /api/feeds} and the
 * feeds' SOURCE and URL are collected and every same-origin one is followed. Behind a proxy ({@code
 * Forwarded}, {@code X-Forwarded-*}) the links are on the proxy's address, and one origin's cached
 * bodies are never served to another.
 */
@QuarkusTest
@TestProfile(ApiHistoryProfile.class)
class LinksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** RFC 5545 §3.1: a CRLF followed by one space or tab continues the line. */
    private static final Pattern FOLD = Pattern.compile("\r?\n[ \t]");

    /** SOURCE (RFC 7986 §5.8) and URL (RFC 5545 §3.8.4.6, RFC 7986 §5.7) of a calendar or event. */
    private static final Pattern ICS_LINK =
            Pattern.compile("(?m)^(SOURCE|URL)(?:;[^:\r\n]*)?:(.*?)\r?$");

    private static final String PROXY = "https://events.example.org";

    @Inject ApiHistory history;

    @BeforeEach
    void load() {
        history.load();
    }

    @Test
    void shouldFollowEveryLinkOfThePagesTheApiAndTheFeedsOnTheRequestsOwnOrigin() throws Exception {
        String origin = TestOrigin.url();
        JsonNode event =
                JSON.readTree(
                                given().get("/api/events?status=confirmed&size=1")
                                        .then()
                                        .statusCode(200)
                                        .extract()
                                        .asString())
                        .path("items")
                        .path(0);
        String id = event.path("id").asText();
        String slug = event.path("groupSlug").asText();
        assertFalse(id.isEmpty() || slug.isEmpty(), event.toString());

        Map<String, String> found = new LinkedHashMap<>(); // link → where it was found
        for (String page : List.of("/", "/events/" + id, "/groups/" + slug, "/stats", "/embed")) {
            Response r = given().get(page).then().statusCode(200).extract().response();
            pageLinks(origin + page, r.asString()).forEach(l -> found.putIfAbsent(l, page));
        }
        JsonNode feeds =
                JSON.readTree(
                        given().get("/api/feeds").then().statusCode(200).extract().asString());
        assertTrue(feeds.size() > 3, feeds.toString());
        for (JsonNode feed : feeds) {
            for (String field : List.of("url", "webcal", "google")) {
                found.putIfAbsent(feed.path(field).asText(), "/api/feeds " + field);
            }
        }
        JsonNode ld =
                JSON.readTree(
                        given().accept("application/ld+json")
                                .get("/api/events/" + id)
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString());
        jsonLdLinks(ld).forEach(l -> found.putIfAbsent(l, "/api/events/" + id + " (JSON-LD)"));

        Set<String> followed = new LinkedHashSet<>();
        List<String> feedsFollowed = new ArrayList<>();
        Map<String, String> external = new TreeMap<>();
        for (Map.Entry<String, String> link : new ArrayList<>(found.entrySet())) {
            String url = normalise(link.getKey(), origin);
            if (url == null) {
                continue; // a fragment of the same page, mailto:
            }
            if (!url.startsWith(origin + "/") && !url.equals(origin)) {
                external.put(url, link.getValue());
                continue;
            }
            if (!followed.add(url)) {
                continue;
            }
            Response r = noRedirects().get(url.substring(origin.length())).andReturn();
            if (url.equals(origin + "/q/swagger-ui")) {
                // Quarkus redirects to the directory: 302 to /q/swagger-ui/, which answers 200.
                assertEquals(302, r.statusCode(), url);
                String location = URI.create(url).resolve(r.header("Location")).toString();
                assertTrue(location.startsWith(origin + "/"), location);
                r = noRedirects().get(location.substring(origin.length())).andReturn();
            }
            assertEquals(200, r.statusCode(), url + " (linked from " + link.getValue() + ")");
            if (r.contentType().startsWith("text/calendar")) {
                feedsFollowed.add(url);
                String ics = FOLD.matcher(r.asString()).replaceAll("");
                Matcher m = ICS_LINK.matcher(ics);
                assertTrue(m.find(), url + " has a SOURCE or URL");
                assertTrue(
                        ics.contains("\nSOURCE;VALUE=URI:" + url + "\r")
                                || ics.contains("\nSOURCE:" + url + "\r"),
                        url + " names itself as its SOURCE");
                m.reset();
                while (m.find()) {
                    String value = normalise(m.group(2), origin);
                    if (value.startsWith(origin)) {
                        assertEquals(
                                200,
                                noRedirects().get(value.substring(origin.length())).statusCode(),
                                value + " (" + m.group(1) + " of " + url + ")");
                    } else {
                        external.put(value, m.group(1) + " of " + url);
                    }
                }
            }
        }
        assertTrue(followed.size() > 30, "followed " + followed);
        assertTrue(feedsFollowed.size() > 3, "feeds followed: " + feedsFollowed);
        assertTrue(
                followed.contains(origin + "/api/events/" + id),
                "the JSON-LD @id is followed: " + followed);
        assertTrue(
                followed.stream().anyMatch(u -> u.startsWith(origin + "/embed")),
                "the embed snippet's iframe is followed");
        external.forEach(
                (url, where) ->
                        assertTrue(
                                URI.create(url).isAbsolute()
                                        && url.startsWith("https://")
                                        && URI.create(url).getHost() != null,
                                url + " (" + where + ") is an absolute https address"));
        assertTrue(
                external.keySet().stream()
                        .anyMatch(u -> u.startsWith("https://this-week-in-rust.org/")),
                "TWiR is linked: " + external.keySet());
    }

    @Test
    void shouldBuildLinksOnTheProxysAddressFromXForwardedHeaders() throws Exception {
        JsonNode feeds =
                JSON.readTree(
                        given().header("X-Forwarded-Proto", "https")
                                .header("X-Forwarded-Host", "events.example.org")
                                .get("/api/feeds")
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString());
        for (JsonNode feed : feeds) {
            assertTrue(feed.path("url").asText().startsWith(PROXY + "/"), feed.toString());
            assertTrue(
                    feed.path("webcal").asText().startsWith("webcal://events.example.org/"),
                    feed.toString());
            assertTrue(
                    URLDecoder.decode(feed.path("google").asText(), StandardCharsets.UTF_8)
                            .contains("cid=webcal://events.example.org/"),
                    feed.toString());
        }
        String ics =
                given().header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-Host", "events.example.org")
                        .get("/calendars/europe.ics")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        assertTrue(
                FOLD.matcher(ics).replaceAll("").contains(":" + PROXY + "/calendars/europe.ics\r"),
                "the feed's SOURCE is on the proxy's address");
    }

    @Test
    void shouldBuildLinksOnTheProxysAddressFromTheForwardedHeader() {
        Document doc =
                Jsoup.parse(
                        given().header(
                                        "Forwarded",
                                        "for=192.0.2.60;proto=https;host=events.example.org")
                                .get("/")
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString());
        assertEquals(PROXY + "/calendar.ics", doc.getElementById("feed-url").val());
        assertTrue(
                doc.getElementById("embed-code").val().contains("src=\"" + PROXY + "/embed\""),
                doc.getElementById("embed-code").val());
    }

    @Test
    void shouldKeepOneCachedBodyPerOrigin() {
        String plainFirst = page("/groups/rust-berlin", Map.of()).asString();
        Response proxied =
                page(
                        "/groups/rust-berlin",
                        Map.of(
                                "X-Forwarded-Proto",
                                "https",
                                "X-Forwarded-Host",
                                "events.example.org"));
        Response otherHost = page("/groups/rust-berlin", Map.of("Host", "other.example:8443"));
        Response plain = page("/groups/rust-berlin", Map.of());
        assertEquals(plainFirst, plain.asString(), "the same origin gets the same bytes");
        assertTrue(
                plain.asString()
                        .contains(TestOrigin.webcal() + "/groups/rust-berlin/calendar.ics"));
        assertFalse(plain.asString().contains("events.example.org"));
        assertFalse(plain.asString().contains("other.example"));
        assertTrue(
                proxied.asString()
                        .contains("webcal://events.example.org/groups/rust-berlin/calendar.ics"));
        assertFalse(proxied.asString().contains("localhost"));
        assertTrue(
                otherHost
                        .asString()
                        .contains("webcal://other.example:8443/groups/rust-berlin/calendar.ics"));
        assertNotEquals(plain.header("ETag"), proxied.header("ETag"));
        assertNotEquals(plain.header("ETag"), otherHost.header("ETag"));
        assertNotEquals(proxied.header("ETag"), otherHost.header("ETag"));

        String feedPlain = given().get("/api/feeds").asString();
        String feedProxied =
                given().header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-Host", "events.example.org")
                        .get("/api/feeds")
                        .asString();
        assertNotEquals(feedPlain, feedProxied);
        assertEquals(feedPlain, given().get("/api/feeds").asString());
        assertFalse(feedPlain.contains("events.example.org"));
    }

    @Test
    void shouldAnswerAnUnusableHostWith400AndNoMarkup() {
        String[][] cases = {
            {"X-Forwarded-Host", "evil.example\"><script>alert(1)</script>"},
            {"X-Forwarded-Host", "user@evil.example"},
            {"X-Forwarded-Proto", "javascript"},
            {"Forwarded", "host=\"evil.example'onload=x\""},
        };
        for (String path : List.of("/", "/api/feeds", "/calendar.ics", "/groups/rust-berlin")) {
            for (String[] header : cases) {
                // Refused before any operation, on every path, like Quarkus' own 413: not in the
                // contract, so no contract check on these calls.
                Response r = given().noFilters().header(header[0], header[1]).get(path).andReturn();
                assertEquals(400, r.statusCode(), path + " with " + header[0] + ": " + header[1]);
                assertFalse(r.asString().contains("<script>alert"), r.asString());
                assertFalse(r.asString().contains("onload=x"), r.asString());
                assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
            }
        }
        Response badHost =
                given().noFilters().header("Host", "evil.example/<x>").get("/").andReturn();
        assertEquals(400, badHost.statusCode());
        assertFalse(badHost.asString().contains("<x>"));
    }

    private static Response page(String path, Map<String, String> headers) {
        return given().headers(headers).get(path).then().statusCode(200).extract().response();
    }

    private static RequestSpecification noRedirects() {
        return given().config(
                        RestAssuredConfig.config()
                                .redirect(RedirectConfig.redirectConfig().followRedirects(false)));
    }

    /**
     * @return every address in the page: href, src, action, the URL inputs, the embed snippet's
     *     iframe src and the JSON-LD's {@code @id} and {@code url}, resolved against the page
     */
    private static List<String> pageLinks(String pageUrl, String html) throws Exception {
        Document doc = Jsoup.parse(html, pageUrl);
        List<String> links = new ArrayList<>();
        for (Element e : doc.select("[href]")) {
            links.add(e.absUrl("href"));
        }
        for (Element e : doc.select("[src]")) {
            links.add(e.absUrl("src"));
        }
        for (Element e : doc.select("form")) {
            links.add(e.hasAttr("action") ? e.absUrl("action") : pageUrl);
        }
        for (Element e : doc.select("input[type=url][value]")) {
            links.add(e.attr("value"));
        }
        for (Element e : doc.select("textarea")) {
            for (Element frame : Jsoup.parse(e.val(), pageUrl).select("iframe[src]")) {
                links.add(frame.absUrl("src"));
            }
        }
        for (Element e : doc.select("script[type=application/ld+json]")) {
            links.addAll(jsonLdLinks(JSON.readTree(e.data())));
        }
        return links;
    }

    private static List<String> jsonLdLinks(JsonNode node) {
        List<String> links = new ArrayList<>();
        if (node.isObject()) {
            node.fields()
                    .forEachRemaining(
                            f -> {
                                if ((f.getKey().equals("@id") || f.getKey().equals("url"))
                                        && f.getValue().isTextual()) {
                                    links.add(f.getValue().asText());
                                } else {
                                    links.addAll(jsonLdLinks(f.getValue()));
                                }
                            });
        } else if (node.isArray()) {
            node.forEach(n -> links.addAll(jsonLdLinks(n)));
        }
        return links;
    }

    /**
     * @return the address to check: {@code webcal://} as the origin's scheme, Google Calendar's
     *     {@code cid} decoded, without a fragment; null for a same-page fragment or {@code mailto:}
     */
    private static String normalise(String link, String origin) {
        String url = link.strip();
        if (url.isEmpty() || url.startsWith("#") || url.startsWith("mailto:")) {
            return null;
        }
        if (url.startsWith("https://calendar.google.com/calendar/render?cid=")) {
            url = URLDecoder.decode(url.substring(url.indexOf("cid=") + 4), StandardCharsets.UTF_8);
        }
        if (url.startsWith("webcal://")) {
            url = origin.substring(0, origin.indexOf("://")) + url.substring("webcal".length());
        }
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }
}
