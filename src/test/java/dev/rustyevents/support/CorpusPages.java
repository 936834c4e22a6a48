package dev.rustyevents.support;

import dev.rustyevents.scrape.IssueRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Real TWiR pages and aggregator copies committed under {@code src/test/resources}. */
public final class CorpusPages {

    private CorpusPages() {
    }

    /** @return the published HTML of issue {@code number} ({@code twir/pages/twir-N.html}). */
    public static String page(int number) {
        return read(Path.of("src/test/resources/twir/pages/twir-" + number + ".html"));
    }

    /** @return a Planet Mozilla text copy ({@code seeds/NAME}). */
    public static String seed(String name) {
        return read(Path.of("src/test/resources/seeds/" + name));
    }

    /** @return the reference of issue {@code number} published on {@code date}. */
    public static IssueRef ref(int number, String date) {
        LocalDate d = LocalDate.parse(date);
        return new IssueRef(number, d, String.format("https://this-week-in-rust.org/blog/%d/%02d/%02d/this-week-in-rust-%d/",
                d.getYear(), d.getMonthValue(), d.getDayOfMonth(), number), "This Week in Rust " + number);
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
