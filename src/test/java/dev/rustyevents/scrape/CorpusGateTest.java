package dev.rustyevents.scrape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * {@link CorpusGate}: without the corpus, skip on a laptop, fail on CI, and say how to point at it.
 */
class CorpusGateTest {

    @Test
    void shouldFailWithoutTheCorpusWhenCiIsTrue(@TempDir Path empty) {
        for (String dir :
                new String[] {null, "", empty.toString(), empty.resolve("nowhere").toString()}) {
            AssertionFailedError failed =
                    assertThrows(AssertionFailedError.class, () -> CorpusGate.corpus(dir, "true"));
            assertTrue(failed.getMessage().contains("-Drusty.corpus="), failed.getMessage());
        }
    }

    @Test
    void shouldSkipWithoutTheCorpusOutsideCi(@TempDir Path empty) {
        for (String ci : new String[] {null, "", "false", "1"}) {
            TestAbortedException skipped =
                    assertThrows(
                            TestAbortedException.class,
                            () -> CorpusGate.corpus(empty.toString(), ci));
            assertTrue(skipped.getMessage().contains("-Drusty.corpus="), skipped.getMessage());
        }
    }

    @Test
    void shouldTakeADirectoryWithPagesAndTruth(@TempDir Path corpus) throws IOException {
        Files.createDirectory(corpus.resolve("pages"));
        assertThrows(
                AssertionFailedError.class,
                () -> CorpusGate.corpus(corpus.toString(), "true"),
                "truth/ missing");
        Files.createDirectory(corpus.resolve("truth"));
        assertEquals(corpus, CorpusGate.corpus(corpus.toString(), "true"));
        assertEquals(corpus, CorpusGate.corpus(corpus.toString(), null));
    }
}
