package dev.rustyevents.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;

/**
 * Parses iCalendar bytes with python-icalendar, the library behind many Python calendar tools, as
 * Debian packages it ({@code python3-icalendar}, installed by {@code .ci/run}) through {@code
 * src/test/python/parse_ics.py} and Debian's own {@code /usr/bin/python3}.
 */
public final class PythonIcalendar {

    private PythonIcalendar() {}

    /**
     * @param ics the calendar's bytes
     * @return what python-icalendar read: {@code {calname, method, refresh, events: [{uid, summary,
     *     start, end, isDate, status, …, geo: [lat, lon] or null}]}}
     * @throws AssertionError when python-icalendar rejects the calendar or cannot be run
     */
    public static JsonNode parse(byte[] ics) throws IOException, InterruptedException {
        return ExternalParser.run(
                "python-icalendar",
                ics,
                List.of("/usr/bin/python3", "src/test/python/parse_ics.py"));
    }
}
