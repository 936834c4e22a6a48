package dev.rustyevents.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustyevents.support.ApiHistory;
import dev.rustyevents.support.ApiHistoryProfile;
import dev.rustyevents.support.TestOrigin;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * {@code /robots.txt} and {@code /sitemap.xml}: what crawlers read ({@link Sitemap}), on real
 * issues ({@link ApiHistory}).
 */
@QuarkusTest
@TestProfile(ApiHistoryProfile.class)
class SitemapTest {

    @Inject ApiHistory history;

    @BeforeEach
    void load() {
        history.load();
    }

    @Test
    void shouldAllowThePagesDisallowTheAdminApiAndNameTheSitemap() {
        String robots =
                given().get("/robots.txt")
                        .then()
                        .statusCode(200)
                        .contentType(startsWith("text/plain"))
                        .header("ETag", not(""))
                        .extract()
                        .asString();
        List<String> lines = robots.lines().toList();
        assertTrue(lines.contains("User-agent: *"), robots);
        assertTrue(lines.contains("Allow: /"), robots);
        assertTrue(lines.contains("Disallow: /api/admin"), robots);
        assertTrue(lines.contains("Sitemap: " + TestOrigin.url() + "/sitemap.xml"), robots);
    }

    @Test
    void shouldListTheHomeStatsGroupAndEventPagesWithAbsoluteUrls() throws Exception {
        var answer =
                given().get("/sitemap.xml")
                        .then()
                        .statusCode(200)
                        .contentType(startsWith("application/xml"))
                        .extract();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml =
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(answer.asByteArray()));
        assertEquals("urlset", xml.getDocumentElement().getLocalName());
        assertEquals(
                "http://www.sitemaps.org/schemas/sitemap/0.9",
                xml.getDocumentElement().getNamespaceURI());
        NodeList locs = xml.getElementsByTagNameNS("*", "loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent());
        }
        assertTrue(urls.size() <= Sitemap.MAX_URLS);
        assertEquals(TestOrigin.url() + "/", urls.get(0));
        assertTrue(urls.contains(TestOrigin.url() + "/stats"), urls.toString());
        for (String url : urls) {
            assertTrue(url.startsWith(TestOrigin.url() + "/"), url);
        }
        var event = given().get("/api/events?size=1&from=2024-01-01").jsonPath();
        String uid = event.getString("items[0].id");
        String slug = event.getString("items[0].groupSlug");
        assertTrue(urls.contains(TestOrigin.url() + "/events/" + uid), uid + " in " + urls);
        assertTrue(urls.contains(TestOrigin.url() + "/groups/" + slug), slug + " in " + urls);
        long total = given().get("/api/events?size=1&from=1970-01-01").jsonPath().getLong("total");
        long groups = given().get("/api/groups?size=1").jsonPath().getLong("total");
        assertEquals(2 + groups + total, urls.size(), "home, stats, every group and event page");
        given().header("If-None-Match", answer.header("ETag"))
                .get("/sitemap.xml")
                .then()
                .statusCode(304);
    }

    @Test
    void shouldNotListTheAdminApi() {
        given().get("/sitemap.xml").then().statusCode(200).body(not(containsString("/api/")));
    }
}
