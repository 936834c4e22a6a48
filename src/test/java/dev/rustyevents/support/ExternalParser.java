package dev.rustyevents.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a parser script of another ecosystem on a calendar or feed file and reads the JSON it
 * prints.
 */
final class ExternalParser {

    private ExternalParser() {}

    /**
     * @param name the parser's name, for failure messages
     * @param ics the calendar's bytes
     * @param command the command; the file's path is appended
     * @return the script's JSON output
     * @throws AssertionError when the script exits non-zero (the parser rejected the file) or hangs
     */
    static JsonNode run(String name, byte[] ics, List<String> command)
            throws IOException, InterruptedException {
        Path file = Files.createTempFile("rusty-events", ".ics");
        Path err = Files.createTempFile("rusty-events", ".err");
        try {
            Files.write(file, ics);
            List<String> args = new ArrayList<>(command);
            args.add(file.toString());
            Process process = new ProcessBuilder(args).redirectError(err.toFile()).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(
                        name + " failed: " + Files.readString(err, StandardCharsets.UTF_8));
            }
            return new ObjectMapper().readTree(out);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(err);
        }
    }
}
