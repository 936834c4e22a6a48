package dev.rustyevents.scrape;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Group and title in the one-line entries of 2017-02 .. 2021-11 ({@code Rust Toronto - Game
 * Development in Rust}, also with an en or em dash, {@code Monthly meetup - Seattle Rust Meetup}):
 * before 2021-11 TWiR never marks which part is the group, and both conventions (group first, group
 * last) are broken often. So a group is split off only when an end segment is, letter for letter,
 * the name of a group that the issues from 2022-03 write as a group link (ground truth {@code
 * group_title_basis} {@code known_group_name(...)}); when both ends or neither are, there is no
 * group and the title is the whole text ({@code unsplit(group_not_determinable)}).
 *
 * <p>The names are the resource {@value #RESOURCE}, generated once by {@code tools/known-groups.py}
 * from the {@code group_name}s of the 2022+ (E9) ground truth of the corpus; regenerate it when the
 * corpus grows.
 */
final class KnownGroups {

    static final String RESOURCE = "/twir-known-groups.txt";

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[-–—]\\s+");
    private static final Set<String> NAMES = load();

    /** Group (null when not determinable) and title (null only for an empty text). */
    record GroupAndTitle(String group, String title) {}

    private KnownGroups() {}

    /**
     * @return true when the 2022+ issues write a group of exactly this name
     */
    static boolean contains(String name) {
        return name != null && NAMES.contains(name.strip());
    }

    /**
     * @param text the text of an entry after its date and place, e.g. {@code Rust Toronto - Game
     *     Development}
     * @return the group when exactly one end segment is a known group, and the rest as the title;
     *     else no group and the whole text as the title
     */
    static GroupAndTitle split(String text) {
        String t = SourceLine.collapse(text == null ? "" : text);
        Matcher m = SEPARATOR.matcher(t);
        int firstStart = -1;
        int firstEnd = -1;
        int lastStart = -1;
        int lastEnd = -1;
        while (m.find()) {
            if (firstStart < 0) {
                firstStart = m.start();
                firstEnd = m.end();
            }
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (firstStart < 0) {
            return new GroupAndTitle(null, t.isEmpty() ? null : t);
        }
        boolean firstKnown = contains(t.substring(0, firstStart));
        boolean lastKnown = contains(t.substring(lastEnd));
        if (firstKnown && !lastKnown) {
            return new GroupAndTitle(
                    t.substring(0, firstStart).strip(), t.substring(firstEnd).strip());
        }
        if (lastKnown && !firstKnown) {
            return new GroupAndTitle(
                    t.substring(lastEnd).strip(), t.substring(0, lastStart).strip());
        }
        return new GroupAndTitle(null, t);
    }

    private static Set<String> load() {
        Set<String> names = new HashSet<>();
        try (InputStream in = KnownGroups.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " missing from the build");
            }
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(names);
    }
}
