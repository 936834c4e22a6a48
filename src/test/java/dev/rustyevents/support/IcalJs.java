package dev.rustyevents.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;

/**
 * Parses iCalendar bytes with Mozilla's ical.js (the parser Thunderbird uses) through Node.js:
 * {@code src/test/js/parse-ics.mjs}, installed by the build's {@code npm ci}.
 */
public final class IcalJs {

    private IcalJs() {}

    /**
     * @param ics the calendar's bytes
     * @return what ical.js read: {@code {calname, events: [{uid, summary, start, end, isDate,
     *     status, …}]}}
     * @throws AssertionError when ical.js rejects the calendar or cannot be run
     */
    public static JsonNode parse(byte[] ics) throws IOException, InterruptedException {
        return ExternalParser.run("ical.js", ics, List.of("node", "src/test/js/parse-ics.mjs"));
    }
}
