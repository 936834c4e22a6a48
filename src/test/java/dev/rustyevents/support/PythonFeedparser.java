package dev.rustyevents.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;

/**
 * Parses a feed with feedparser, the parser behind many feed readers and chat bots' RSS/Atom
 * integrations, as Debian packages it ({@code python3-feedparser}, installed by {@code .ci/run})
 * through {@code src/test/python/parse_atom.py} and Debian's own {@code /usr/bin/python3}.
 */
public final class PythonFeedparser {

    private PythonFeedparser() {}

    /**
     * @param feed the feed's bytes
     * @return what feedparser read: {@code {version, title, subtitle, id, updated, links, entries:
     *     [{id, title, updated, published, link, links, author, summary}]}}
     * @throws AssertionError when feedparser finds the feed malformed (bozo) or cannot be run
     */
    public static JsonNode parse(byte[] feed) throws IOException, InterruptedException {
        return ExternalParser.run(
                "feedparser", feed, List.of("/usr/bin/python3", "src/test/python/parse_atom.py"));
    }
}
