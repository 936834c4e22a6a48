package dev.rustyevents.scrape;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the whole-corpus tests find the TWiR corpus: the directory that system property {@value
 * #PROPERTY} names (the pom sets it for surefire), holding {@code pages/} and {@code truth/}.
 * Without it a test is skipped on a laptop (a fresh clone has no corpus), but fails when the
 * environment variable {@code CI} is {@code true}: a CI run must compare the parser with the
 * corpus, not pass by skipping the comparison.
 */
final class CorpusGate {

    static final String PROPERTY = "rusty.corpus";

    private CorpusGate() {}

    /**
     * @return the corpus directory; skips the calling test when there is none, fails it under
     *     {@code CI=true}
     */
    static Path corpus() {
        return corpus(System.getProperty(PROPERTY), System.getenv("CI"));
    }

    /**
     * @param dir the value of {@value #PROPERTY}, or null
     * @param ci the value of the environment variable {@code CI}, or null
     * @return {@code dir} when it holds {@code pages/} and {@code truth/}
     */
    static Path corpus(String dir, String ci) {
        if (dir != null
                && !dir.isBlank()
                && Files.isDirectory(Path.of(dir, "pages"))
                && Files.isDirectory(Path.of(dir, "truth"))) {
            return Path.of(dir);
        }
        String missing =
                "no TWiR corpus (a directory with pages/ and truth/) at " + PROPERTY + "=" + dir;
        if ("true".equals(ci)) {
            fail(
                    missing
                            + ". CI=true: the corpus comparison must run, not be skipped; point the build at the corpus with "
                            + "-D"
                            + PROPERTY
                            + "=/path/to/twir-corpus");
        }
        return abort(
                missing
                        + " (skipped; run with -D"
                        + PROPERTY
                        + "=/path/to/twir-corpus to compare)");
    }
}
