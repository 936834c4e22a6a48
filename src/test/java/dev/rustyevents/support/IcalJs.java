package dev.rustyevents.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Parses iCalendar bytes with Mozilla's ical.js (the parser Thunderbird uses) through Node.js:
 * {@code src/test/js/parse-ics.mjs}, installed by the build's {@code npm ci}.
 */
public final class IcalJs {

    private IcalJs() {
    }

    /**
     * @param ics the calendar's bytes
     * @return what ical.js read: {@code {calname, events: [{uid, summary, start, end, isDate, status, …}]}}
     * @throws AssertionError when ical.js rejects the calendar or cannot be run
     */
    public static JsonNode parse(byte[] ics) throws IOException, InterruptedException {
        Path file = Files.createTempFile("rusty-events", ".ics");
        try {
            Files.write(file, ics);
            Process node = new ProcessBuilder("node", "src/test/js/parse-ics.mjs", file.toString())
                    .redirectErrorStream(false).start();
            byte[] out = node.getInputStream().readAllBytes();
            byte[] err = node.getErrorStream().readAllBytes();
            if (!node.waitFor(60, TimeUnit.SECONDS) || node.exitValue() != 0) {
                throw new AssertionError("ical.js failed: " + new String(err, StandardCharsets.UTF_8));
            }
            return new ObjectMapper().readTree(out);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
