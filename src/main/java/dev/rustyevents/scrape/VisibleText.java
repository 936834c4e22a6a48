package dev.rustyevents.scrape;

import java.util.regex.Pattern;

/**
 * The text of a title or name as a reader of the page sees it: white space collapsed ({@link
 * SourceLine#collapse}), and without the literal asterisks that broken bold leaves at either end.
 * Markdown renders {@code [**Title **](u)} (a space before the closing bold; ground-truth flag
 * {@code space_before_closing_bold}) as the text {@code **Title **}, and {@code [**Title***](u)} as
 * {@code Title*}; the ground truth removes the emphasis markup, so the readers do too. The one rule
 * for the events formats and the CFP reader.
 */
final class VisibleText {

    private static final Pattern EDGE_ASTERISKS = Pattern.compile("^\\*+|\\*+$");

    private VisibleText() {}

    /**
     * @param text text as rendered, not null
     * @return it collapsed, without asterisks at either end (inner ones stay: {@code C*}-like
     *     names)
     */
    static String withoutEdgeAsterisks(String text) {
        return SourceLine.collapse(
                EDGE_ASTERISKS.matcher(SourceLine.collapse(text)).replaceAll(""));
    }

    /**
     * @param text text as rendered, or null
     * @return {@link #withoutEdgeAsterisks}, or null when that leaves nothing (and for null)
     */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = withoutEdgeAsterisks(text);
        return s.isEmpty() ? null : s;
    }
}
