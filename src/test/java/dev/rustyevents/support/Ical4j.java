package dev.rustyevents.support;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarParserFactory;
import net.fortuna.ical4j.data.ContentHandlerContext;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;

/**
 * Parses feeds with ical4j as a Java client would. Its registry does not register the VTIMEZONEs it
 * reads: ical4j registers each with the JVM under a per-class-loader counter, so the second class
 * loader of a test JVM (Quarkus tests beside plain ones) fails on the same name.
 */
public final class Ical4j {

    private Ical4j() {}

    /**
     * @return the calendar ical4j reads from {@code ics}
     */
    public static Calendar parse(byte[] ics) throws Exception {
        return new CalendarBuilder(
                        CalendarParserFactory.getInstance().get(),
                        new ContentHandlerContext(),
                        new NonRegistering())
                .build(new ByteArrayInputStream(ics));
    }

    private static final class NonRegistering implements TimeZoneRegistry {
        private final TimeZoneRegistry zones =
                TimeZoneRegistryFactory.getInstance().createRegistry();

        @Override
        public void register(TimeZone timezone) {
            // read, not registered: see the class comment
        }

        @Override
        public void register(TimeZone timezone, boolean update) {
            // read, not registered
        }

        @Override
        public void clear() {
            zones.clear();
        }

        @Override
        public TimeZone getTimeZone(String id) {
            return zones.getTimeZone(id);
        }

        @Override
        public Map<String, ZoneRules> getZoneRules() {
            return zones.getZoneRules();
        }

        @Override
        public ZoneId getZoneId(String tzId) {
            return zones.getZoneId(tzId);
        }

        @Override
        public String getTzId(String zoneId) {
            return zones.getTzId(zoneId);
        }
    }
}
