package dev.rustyevents.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The gazetteer answers lookups, and {@code rusty_events_places_gazetteer_load_seconds} says how it
 * came to be there: read from its resources on a JVM (a load time above 0), built into the image
 * heap in the native executable (0: {@code application.properties} initializes {@code
 * Gazetteer$Holder} at image build time, and the executable carries no gazetteer resource, so a
 * lookup there fails unless it is built in). Run against the executable by {@link
 * GazetteerBuiltInIT}.
 */
@QuarkusTest
class GazetteerBuiltInTest {

    @Test
    void shouldLookUpPlacesFromTheGazetteerTheBuildCarries() {
        given().get("/api/places?q=Berl")
                .then()
                .statusCode(200)
                .body("[0].name", equalTo("Berlin"))
                .body("[0].country", equalTo("DE"));
        // close spellings: a scan over the places of 50,000+ inhabitants
        given().get("/api/events?near=Brelin")
                .then()
                .statusCode(400)
                .body("detail", containsString("Brelin"))
                .body("allowed", hasItem("Berlin,DE-BE"));
        double load = loadSeconds();
        if (System.getProperty("native.image.path") != null) {
            assertEquals(0.0, load, "the native executable loads no gazetteer: it is built in");
        } else {
            assertTrue(load > 0, "a JVM loads the gazetteer from its resources: " + load);
        }
    }

    private static double loadSeconds() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(l -> l.startsWith("rusty_events_places_gazetteer_load_seconds "))
                .map(l -> Double.parseDouble(l.substring(l.indexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no gazetteer load time in /q/metrics"));
    }
}
