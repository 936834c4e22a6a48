package dev.rustyevents.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rustyevents.scrape.IssueRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Real TWiR pages and aggregator copies committed under {@code src/test/resources}, and the whole
 * corpus checkout when it is there.
 */
public final class CorpusPages {

    private CorpusPages() {}

    /**
     * @return the published HTML of issue {@code number} ({@code twir/pages/twir-N.html}).
     */
    public static String page(int number) {
        return read(Path.of("src/test/resources/twir/pages/twir-" + number + ".html"));
    }

    /**
     * @return a Planet Mozilla text copy ({@code seeds/NAME}).
     */
    public static String seed(String name) {
        return read(Path.of("src/test/resources/seeds/" + name));
    }

    /**
     * @return the reference of issue {@code number} published on {@code date}.
     */
    public static IssueRef ref(int number, String date) {
        LocalDate d = LocalDate.parse(date);
        return new IssueRef(
                number,
                d,
                String.format(
                        "https://this-week-in-rust.org/blog/%d/%02d/%02d/this-week-in-rust-%d/",
                        d.getYear(), d.getMonthValue(), d.getDayOfMonth(), number),
                "This Week in Rust " + number);
    }

    /** An issue of the corpus checkout: its reference and its page file. */
    public record CorpusIssue(IssueRef ref, Path page) {}

    /**
     * @return the TWiR corpus checkout (system property {@code rusty.corpus}; the pom passes {@code
     *     ../shared/twir}) when it holds {@code truth/index.json}; empty in a fresh clone
     */
    public static Optional<Path> corpus() {
        String dir = System.getProperty("rusty.corpus");
        return dir != null && Files.isRegularFile(Path.of(dir, "truth", "index.json"))
                ? Optional.of(Path.of(dir))
                : Optional.empty();
    }

    /**
     * @param corpus the checkout ({@link #corpus()})
     * @return its numbered issues in issue order, as {@code truth/index.json} lists them
     */
    public static List<CorpusIssue> issues(Path corpus) {
        try {
            List<CorpusIssue> out = new ArrayList<>();
            for (JsonNode row :
                    new ObjectMapper().readTree(corpus.resolve("truth/index.json").toFile())) {
                if (row.path("kind").asText().equals("issue") && row.hasNonNull("number")) {
                    out.add(
                            new CorpusIssue(
                                    new IssueRef(
                                            row.get("number").asInt(),
                                            LocalDate.parse(row.get("date").asText()),
                                            row.get("url").asText(),
                                            row.path("title").asText()),
                                    corpus.resolve(row.get("file").asText())));
                }
            }
            out.sort(java.util.Comparator.comparingInt(i -> i.ref().number()));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return the page of a corpus issue
     */
    public static String read(CorpusIssue issue) {
        return read(issue.page());
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
