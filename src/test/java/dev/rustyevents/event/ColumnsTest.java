package dev.rustyevents.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustyevents.ingest.FetchState;
import dev.rustyevents.ingest.ScrapeState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Column widths have one source ({@link Columns}) and it agrees with the schema: every text field
 * of every entity declares {@code @Column(length = Columns.…)}, equal to the {@code VARCHAR(n)} its
 * column has after all Flyway migrations.
 */
class ColumnsTest {

    private static final List<Class<?>> ENTITIES =
            List.of(
                    Event.class,
                    StoredListing.class,
                    TwirIssue.class,
                    CallForProposals.class,
                    EventCorrection.class,
                    FetchState.class,
                    ScrapeState.class);

    private static final Pattern CREATE =
            Pattern.compile("CREATE TABLE (\\w+) \\((.*?)\\n\\);", Pattern.DOTALL);
    private static final Pattern COLUMN =
            Pattern.compile("^\\s*(\\w+)\\s+VARCHAR\\((\\d+)\\)", Pattern.MULTILINE);
    private static final Pattern ADD =
            Pattern.compile("ALTER TABLE (\\w+) ADD COLUMN (\\w+) VARCHAR\\((\\d+)\\)");

    /**
     * @return table.column → VARCHAR width after every migration, in version order
     */
    static Map<String, Integer> schemaWidths() throws IOException {
        Map<String, Integer> widths = new TreeMap<>();
        List<Path> migrations;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            migrations =
                    files.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql"))
                            .sorted((a, b) -> Integer.compare(version(a), version(b)))
                            .toList();
        }
        for (Path migration : migrations) {
            String sql = Files.readString(migration).replaceAll("--[^\\n]*", "");
            Matcher create = CREATE.matcher(sql);
            while (create.find()) {
                Matcher column = COLUMN.matcher(create.group(2));
                while (column.find()) {
                    widths.put(
                            create.group(1) + "." + column.group(1).toLowerCase(Locale.ROOT),
                            Integer.parseInt(column.group(2)));
                }
            }
            Matcher add = ADD.matcher(sql);
            while (add.find()) {
                widths.put(add.group(1) + "." + add.group(2), Integer.parseInt(add.group(3)));
            }
        }
        return widths;
    }

    private static int version(Path migration) {
        return Integer.parseInt(
                migration.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"));
    }

    @Test
    void shouldDeclareEveryTextColumnWithTheWidthOfItsMigration() throws IOException {
        Map<String, Integer> schema = schemaWidths();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Class<?> entity : ENTITIES) {
            assertTrue(entity.isAnnotationPresent(Entity.class), entity + " is not an entity");
            String table = entity.getAnnotation(Table.class).name();
            for (Field field : entity.getDeclaredFields()) {
                if (field.getType() != String.class || Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                Column column = field.getAnnotation(Column.class);
                String name =
                        column == null || column.name().isEmpty() ? field.getName() : column.name();
                Integer width = schema.get(table + "." + name);
                int declared = column == null ? -1 : column.length();
                checked++;
                if (width == null || width != declared) {
                    wrong.add(
                            entity.getSimpleName()
                                    + "."
                                    + field.getName()
                                    + ": @Column(length) "
                                    + declared
                                    + ", migrations VARCHAR("
                                    + width
                                    + ") for "
                                    + table
                                    + "."
                                    + name);
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(checked >= 45, "only " + checked + " text fields checked");
    }

    @Test
    void shouldReadTheWidthsOfEveryMigration() throws IOException {
        Map<String, Integer> schema = schemaWidths();
        assertEquals(1000, schema.get("event.title"));
        assertEquals(
                2000,
                schema.get("scrape_state.last_failure"),
                "an ALTER TABLE ... ADD COLUMN is read too");
        assertEquals(Columns.GROUP_SLUG, schema.get("event.group_slug"));
    }

    @Test
    void shouldClipToTheWidth() {
        assertEquals("abc", Columns.clip("abcdef", 3));
        assertEquals("ab", Columns.clip("ab", 3));
        assertNull(Columns.clip(null, 3));
    }
}
