package dev.rustyevents.support;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Where each test application keeps its data: an in-memory H2 database of its own by default, or,
 * when the suite runs against PostgreSQL ({@code -Ppostgresql -Drusty.test.pg=HOST:PORT}, as {@code
 * .ci/run} does with a throwaway cluster holding the databases {@link #NAMES}), a PostgreSQL
 * database of the same name. As a config source (META-INF/services) it points the default test
 * profile at {@code rusty_test}; the other profiles ask {@link #url(String)}.
 */
public class TestDatabase implements ConfigSource {

    /** The databases the suite uses, one per test profile; .ci/run creates them. */
    public static final Set<String> NAMES =
            Set.of(
                    "rusty_test",
                    "rusty_change_tracking",
                    "rusty_backfill",
                    "rusty_api_history",
                    "rusty_golden");

    /**
     * @return host:port of the PostgreSQL cluster the suite runs against, or null for H2
     */
    private static String postgres() {
        String pg = System.getProperty("rusty.test.pg");
        return pg == null || pg.isBlank() ? null : pg.strip();
    }

    /**
     * @param name one of {@link #NAMES}
     * @return its JDBC URL: {@code jdbc:postgresql://HOST:PORT/name} when the suite runs against
     *     PostgreSQL, else an in-memory H2 database kept for the JVM's life
     */
    public static String url(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException(
                    "unknown test database " + name + "; add it to TestDatabase.NAMES and .ci/run");
        }
        String pg = postgres();
        return pg == null
                ? "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1"
                : "jdbc:postgresql://" + pg + "/" + name;
    }

    @Override
    public Map<String, String> getProperties() {
        return postgres() == null
                ? Map.of()
                : Map.of("%test.quarkus.datasource.jdbc.url", url("rusty_test"));
    }

    @Override
    public Set<String> getPropertyNames() {
        return getProperties().keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return getProperties().get(propertyName);
    }

    @Override
    public String getName() {
        return "rusty-events test database";
    }

    /** Above application.properties (250), below system properties (400). */
    @Override
    public int getOrdinal() {
        return 290;
    }
}
