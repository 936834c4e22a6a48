package dev.rustyevents.place;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * The lines of a gzip'd UTF-8 TSV resource of the gazetteer, read as bytes: a field is copied or
 * parsed where it lies, with no {@code String} per line or per field unless asked for ({@link
 * #text}). Why not a {@code BufferedReader}: the gazetteer's ~390,000 lines would each leave a line
 * string and a split array behind, garbage the native executable's collector grows its heap for,
 * and the RSS keeps ({@code docs/benchmarks.md}, "Places: gazetteer cost").
 *
 * <p>Format: lines end with LF; fields are separated by TAB; a line starting with {@code #} is a
 * comment; empty lines are skipped. Not thread-safe.
 */
final class TsvLines implements Closeable {

    /** Receives a row number the caller must act on. */
    interface RowConsumer {
        void accept(int row) throws IOException;
    }

    private final InputStream in;
    private final String resource;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[1024];
    private int length;
    private int[] tabs = new int[16]; // tabs[i]: the end of field i (exclusive)
    private int fields;
    private int lineNumber;

    /**
     * @param gzip the resource's bytes; every byte read is also added to {@code sha}
     * @param sha the digest of the resource version
     * @param resource its name, for errors
     */
    TsvLines(InputStream gzip, MessageDigest sha, String resource) throws IOException {
        this.in = new GZIPInputStream(new DigestInputStream(gzip, sha), 1 << 16);
        this.resource = resource;
    }

    /**
     * @return whether a line was read (comments included, empty lines skipped); false at the end
     * @throws IOException on a read error
     */
    boolean next() throws IOException {
        do {
            if (!readLine()) {
                return false;
            }
            lineNumber++;
        } while (length == 0);
        fields = 1;
        for (int i = 0; i < length; i++) {
            if (line[i] == '\t') {
                if (fields == tabs.length) {
                    tabs = Arrays.copyOf(tabs, fields * 2);
                }
                tabs[fields++ - 1] = i;
            }
        }
        tabs[fields - 1] = length;
        return true;
    }

    private boolean readLine() throws IOException {
        length = 0;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any;
                }
            }
            any = true;
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            append(end - position);
            boolean newline = end < limit;
            position = newline ? end + 1 : end;
            if (newline) {
                return true;
            }
        }
    }

    private void append(int count) {
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
        }
        System.arraycopy(buffer, position, line, length, count);
        length += count;
    }

    /** Whether the line is a comment. */
    boolean isComment() {
        return line[0] == '#';
    }

    /** The number of fields of the line. */
    int fields() {
        return fields;
    }

    private int start(int field) {
        return field == 0 ? 0 : tabs[field - 1] + 1;
    }

    private int end(int field) {
        return tabs[field];
    }

    /** A field as text (UTF-8). */
    String text(int field) {
        return new String(line, start(field), end(field) - start(field), StandardCharsets.UTF_8);
    }

    /**
     * @return a field read as a non-negative decimal integer
     * @throws IOException when it is not one
     */
    int integer(int field) throws IOException {
        return integer(start(field), end(field));
    }

    private int integer(int from, int to) throws IOException {
        if (from == to || to - from > 10) {
            throw error("a number expected");
        }
        long n = 0;
        for (int i = from; i < to; i++) {
            int digit = line[i] - '0';
            if (digit < 0 || digit > 9) {
                throw error("a number expected");
            }
            n = n * 10 + digit;
        }
        if (n > Integer.MAX_VALUE) {
            throw error("a number out of range");
        }
        return (int) n;
    }

    /**
     * Copies a field's bytes into {@code dest} at {@code offset}.
     *
     * @return the offset after them
     * @throws IOException when they do not fit (the size comment was wrong)
     */
    int copy(int field, byte[] dest, int offset) throws IOException {
        int count = end(field) - start(field);
        if (offset + count > dest.length) {
            throw error("more bytes than the size comment gives");
        }
        System.arraycopy(line, start(field), dest, offset, count);
        return offset + count;
    }

    /**
     * Reads a list of row numbers ({@code "12,345*"}: a {@code *} marks an alternate name) into
     * {@code dest} at {@code offset}, the marked ones with {@code alternateBit} set; each unmarked
     * one is also given to {@code canonical}.
     *
     * @param rows how many rows there are: a number must be below it
     * @return the offset after them
     * @throws IOException on a malformed list, a row out of range, or more than {@code dest} holds
     */
    int places(int field, int[] dest, int offset, int rows, int alternateBit, RowConsumer canonical)
            throws IOException {
        int from = start(field);
        int to = end(field);
        int n = offset;
        while (from < to) {
            int comma = from;
            while (comma < to && line[comma] != ',') {
                comma++;
            }
            boolean alternate = comma > from && line[comma - 1] == '*';
            int row = integer(from, alternate ? comma - 1 : comma);
            if (row >= rows) {
                throw error("row " + row + " of " + rows);
            }
            if (n == dest.length) {
                throw error("more entries than the size comment gives");
            }
            dest[n++] = alternate ? row | alternateBit : row;
            if (!alternate) {
                canonical.accept(row);
            }
            from = comma + 1;
        }
        if (n == offset) {
            throw error("no place");
        }
        return n;
    }

    /**
     * Reads a size comment: {@code # LABEL N LABEL N …} with these labels in this order.
     *
     * @return the numbers, or null when the comment is another one
     * @throws IOException when it starts with the first label but is malformed
     */
    long[] sizes(String... labels) throws IOException {
        String comment = new String(line, 0, length, StandardCharsets.UTF_8);
        if (!comment.startsWith("# " + labels[0] + " ")) {
            return null;
        }
        String[] words = comment.substring(2).split(" ");
        if (words.length != labels.length * 2) {
            throw error("a size comment \"# " + String.join(" N ", labels) + " N\" expected");
        }
        long[] numbers = new long[labels.length];
        for (int i = 0; i < labels.length; i++) {
            if (!words[2 * i].equals(labels[i]) || !words[2 * i + 1].matches("[0-9]{1,9}")) {
                throw error("a size comment \"# " + String.join(" N ", labels) + " N\" expected");
            }
            numbers[i] = Long.parseLong(words[2 * i + 1]);
        }
        return numbers;
    }

    /** An error naming the resource and the line. */
    IOException error(String message) {
        return new IOException(resource + " line " + lineNumber + ": " + message);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
