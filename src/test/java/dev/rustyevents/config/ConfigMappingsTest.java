package dev.rustyevents.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The property names are public: README's configuration table and the deploy files use them. Each
 * {@code rusty-events.*} row of that table must be a key of one of the mappings, with the default
 * the table gives, and its environment variable spelled by the rule the README states.
 */
class ConfigMappingsTest {

    private static final List<Class<?>> MAPPINGS =
            List.of(
                    TwirSourceConfig.class,
                    ScrapeConfig.class,
                    FetchConfig.class,
                    BackfillConfig.class,
                    AdminConfig.class,
                    ClusterConfig.class,
                    FeedConfig.class,
                    ApiConfig.class);

    /** {@code | `key` | `ENV` | default | meaning |} */
    private static final Pattern ROW =
            Pattern.compile(
                    "^\\| `(rusty-events\\.[^`]+)` \\| `([A-Z_]+)` \\| ([^|]+?) \\|",
                    Pattern.MULTILINE);

    private record Row(String key, String env, String defaultValue) {}

    private static List<Row> documented() throws IOException {
        Matcher m = ROW.matcher(Files.readString(Path.of("README.md")));
        List<Row> rows = new ArrayList<>();
        while (m.find()) {
            rows.add(new Row(m.group(1), m.group(2), m.group(3).strip().replace("`", "")));
        }
        return rows;
    }

    private static SmallRyeConfig mapped(Map<String, String> values) {
        SmallRyeConfigBuilder builder =
                new SmallRyeConfigBuilder()
                        .withConverter(Duration.class, 200, new DurationConverter())
                        .withSources(new PropertiesConfigSource(values, "test", 100));
        MAPPINGS.forEach(builder::withMapping);
        return builder.build();
    }

    @Test
    void shouldMapEveryDocumentedKeyWithItsDocumentedDefault() throws IOException {
        List<Row> rows = documented();
        assertTrue(rows.size() >= 20, "README's table was read: " + rows);
        SmallRyeConfig config = mapped(Map.of());
        for (Row row : rows) {
            assertEquals(
                    row.key().toUpperCase(Locale.ROOT).replaceAll("[.-]", "_"),
                    row.env(),
                    row.key());
            String value = config.getRawValue(row.key());
            if (row.defaultValue().equals("none")) {
                assertEquals(null, value, row.key() + " has no default");
            } else if (row.defaultValue().contains("…")) {
                assertTrue(
                        value != null
                                && value.startsWith(
                                        row.defaultValue()
                                                .substring(0, row.defaultValue().indexOf('…'))),
                        row.key() + " = " + value);
            } else {
                assertEquals(row.defaultValue(), value, row.key());
            }
        }
    }

    @Test
    void shouldReadTheKeysWithoutDefaultWhenSet() {
        SmallRyeConfig config =
                mapped(
                        Map.of(
                                "rusty-events.admin.token",
                                "0123456789abcdef",
                                "rusty-events.admin.import-dir",
                                "target/import",
                                "rusty-events.backfill.delay",
                                "250ms",
                                "rusty-events.backfill-on-start",
                                "true"));
        AdminConfig admin = config.getConfigMapping(AdminConfig.class);
        assertEquals("0123456789abcdef", admin.token().orElseThrow());
        assertEquals(Path.of("target/import"), admin.importDir().orElseThrow());
        BackfillConfig backfill = config.getConfigMapping(BackfillConfig.class);
        assertEquals(Duration.ofMillis(250), backfill.delay());
        assertTrue(backfill.onStart());
        assertFalse(mapped(Map.of()).getConfigMapping(AdminConfig.class).token().isPresent());
    }

    @Test
    void shouldLeaveThePublicUrlUnsetByDefault() {
        assertFalse(mapped(Map.of()).getConfigMapping(FeedConfig.class).publicUrl().isPresent());
        assertEquals(
                "https://events.example.org/",
                mapped(Map.of("rusty-events.feeds.public-url", "https://events.example.org/"))
                        .getConfigMapping(FeedConfig.class)
                        .publicUrl()
                        .orElseThrow()
                        .toString());
        assertFalse(
                mapped(Map.of("rusty-events.feeds.public-url", ""))
                        .getConfigMapping(FeedConfig.class)
                        .publicUrl()
                        .isPresent(),
                "an empty value (compose's ${RUSTY_EVENTS_FEEDS_PUBLIC_URL:-}) is no value");
    }
}
