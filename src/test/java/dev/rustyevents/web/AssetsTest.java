package dev.rustyevents.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Versioned asset URLs ({@link Assets}, {@link AssetResource}): the pages link {@code
 * /assets/<sha256-prefix>/<name>}, kept a year and immutable; the unversioned paths briefly, so a
 * deploy never leaves a browser on old CSS. And the pages' {@code Permissions-Policy}.
 */
@QuarkusTest
class AssetsTest {

    private static final Pattern VERSIONED =
            Pattern.compile(
                    "\"(/assets/([0-9a-f]{12})/(site\\.css|site\\.js|icon\\.svg|world\\.svg))\"");

    @Test
    void shouldLinkEveryAssetOfThePagesByItsVersionedUrl() {
        String page = given().get("/stats").then().statusCode(200).extract().asString();
        assertFalse(page.contains("\"/assets/site.css\""), "no unversioned link");
        Matcher m = VERSIONED.matcher(page);
        int found = 0;
        while (m.find()) {
            found++;
            byte[] versioned =
                    given().get(m.group(1))
                            .then()
                            .statusCode(200)
                            .header("Cache-Control", "public, max-age=31536000, immutable")
                            .header("ETag", containsString(""))
                            .extract()
                            .asByteArray();
            byte[] plain = given().get("/assets/" + m.group(3)).asByteArray();
            assertArrayEquals(plain, versioned, m.group(1));
            assertEquals(
                    m.group(2),
                    dev.rustyevents.digest.Sha256.hex(plain).substring(0, 12),
                    "the version is the content's hash");
        }
        assertTrue(found >= 3, "site.css, site.js, icon.svg: " + found);
        String embed = given().get("/embed").then().statusCode(200).extract().asString();
        assertTrue(embed.matches("(?s).*\"/assets/[0-9a-f]{12}/embed\\.css\".*"), embed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"site.css", "site.js", "embed.css", "icon.svg", "world.svg"})
    void shouldKeepTheUnversionedPathOnlyBriefly(String name) {
        String cacheControl =
                given().get("/assets/" + name)
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("Cache-Control");
        assertEquals("public, max-age=300", cacheControl, name);
    }

    @Test
    void shouldServeAnOldVersionBrieflyAndAnUnknownNameNot() {
        given().get("/assets/000000000000/site.css")
                .then()
                .statusCode(200)
                .contentType(containsString("text/css"))
                .header("Cache-Control", "public, max-age=300");
        given().get("/assets/000000000000/secrets.txt").then().statusCode(404);
    }

    @Test
    void shouldCompressAndRevalidateTheVersionedFiles() {
        String url = Assets.url("site.css");
        String tag =
                given().header("Accept-Encoding", "gzip")
                        .get(url)
                        .then()
                        .statusCode(200)
                        .header("Content-Encoding", "gzip")
                        .extract()
                        .header("ETag");
        given().header("Accept-Encoding", "gzip")
                .header("If-None-Match", tag)
                .get(url)
                .then()
                .statusCode(304);
    }

    @Test
    void shouldLimitPowerfulFeaturesOnThePagesOnly() {
        for (String page : List.of("/", "/stats", "/embed")) {
            given().get(page)
                    .then()
                    .header(
                            "Permissions-Policy",
                            "geolocation=(self), camera=(), microphone=(), payment=(), usb=()");
        }
        given().get("/api/feeds").then().header("Permissions-Policy", nullValue());
    }
}
