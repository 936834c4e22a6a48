package dev.rustyevents.scrape;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * One line of the events section as the Markdown source had it, recovered from the HTML: the inline
 * nodes between two line boundaries. A boundary is the start or end of a list item, a nested list,
 * a paragraph, a {@code <br>}, or a newline inside a text node (Markdown keeps the source's soft
 * line breaks as {@code \n}; an event line that lost its bullet is merged into the previous {@code
 * <li>} after such a newline).
 *
 * @param nodes the line's inline nodes, in order (text nodes may be fragments of the page's)
 * @param text their visible text, whitespace collapsed and trimmed
 * @param inParagraph true when the line stood in a {@code <p>} rather than a list item
 * @param startsBlock true when the line is the first line of its list item or paragraph (the
 *     one-line eras before 2022 write one entry per list item, and an item may wrap onto further
 *     lines: {@code [Rust Seattle](u),\nJanuary 12th})
 */
record SourceLine(List<Node> nodes, String text, boolean inParagraph, boolean startsBlock) {

    private static final Set<String> BLOCKS =
            Set.of("p", "div", "blockquote", "li", "dl", "dd", "dt", "table");

    /**
     * @return the links of the line ({@code <a>} nodes, also those nested in emphasis), in order
     */
    List<Element> links() {
        List<Element> links = new ArrayList<>();
        for (Node node : nodes) {
            if (node instanceof Element element) {
                links.addAll(element.select("a"));
            }
        }
        return links;
    }

    /**
     * Splits a list or paragraph into lines, depth first in document order (a nested list's lines
     * follow the line of the item that holds it).
     *
     * @param block a {@code <ul>}, {@code <ol>}, {@code <p>} or other block element
     * @param inParagraph whether the block is prose rather than a list
     * @return its non-blank lines
     */
    static List<SourceLine> collect(Element block, boolean inParagraph) {
        List<SourceLine> out = new ArrayList<>();
        walk(block, inParagraph, out);
        return out;
    }

    private static void walk(Element block, boolean inParagraph, List<SourceLine> out) {
        List<Node> current = new ArrayList<>();
        int first = out.size();
        for (Node child : block.childNodes()) {
            if (child instanceof TextNode textNode) {
                String[] parts = textNode.getWholeText().split("\n", -1);
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) {
                        flush(current, inParagraph, first, out);
                    }
                    if (!parts[i].isEmpty()) {
                        current.add(new TextNode(parts[i]));
                    }
                }
            } else if (child instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("ul") || tag.equals("ol")) {
                    flush(current, inParagraph, first, out);
                    for (Element item : element.children()) {
                        walk(item, inParagraph, out);
                    }
                } else if (BLOCKS.contains(tag)) {
                    flush(current, inParagraph, first, out);
                    walk(element, inParagraph, out);
                } else if (tag.equals("br")) {
                    flush(current, inParagraph, first, out);
                } else {
                    current.add(element);
                }
            }
        }
        flush(current, inParagraph, first, out);
    }

    /**
     * @param first the index in {@code out} the block's first line gets
     */
    private static void flush(
            List<Node> current, boolean inParagraph, int first, List<SourceLine> out) {
        if (current.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (Node node : current) {
            text.append(node instanceof TextNode t ? t.getWholeText() : ((Element) node).text());
        }
        String collapsed = collapse(text.toString());
        if (!collapsed.isEmpty()) {
            out.add(
                    new SourceLine(
                            List.copyOf(current), collapsed, inParagraph, out.size() == first));
        }
        current.clear();
    }

    /**
     * @return the text with every run of white space (also no-break spaces) as one space, trimmed
     */
    static String collapse(String text) {
        return text.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
    }
}
