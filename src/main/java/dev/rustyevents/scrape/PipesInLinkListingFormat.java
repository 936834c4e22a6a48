package dev.rustyevents.scrape;

import java.time.LocalDate;
import org.jsoup.nodes.Element;

/**
 * Era E8 (ground-truth format {@code monthdate-pipes-in-link}): the whole entry is one link, its
 * fields separated by pipes, the title in bold: {@code [November 25, 2021 | Cardiff, WLS |
 * **Title** | Group](u)}. The group is the field after the title (also when joined by a dash, flag
 * {@code group_separated_by_dash_not_pipe}); the bold element is the title even when it contains a
 * pipe.
 */
final class PipesInLinkListingFormat extends OneLineListingFormat {

    @Override
    public Listing read(Entry entry, LocalDate issueDate) throws UnreadableEntryException {
        LeadingDate lead = leadingDate(entry, issueDate);
        String text = lead.rest().replaceFirst("^[\\s,.]*\\|?\\s*", "");
        Element bold = lead.link() == null ? null : lead.link().selectFirst("strong, b");
        String location;
        String title;
        String group;
        String boldText = bold == null ? null : SourceLine.collapse(bold.text());
        int at = boldText == null || boldText.isEmpty() ? -1 : text.indexOf(boldText);
        if (at >= 0) {
            location = text.substring(0, at).replaceFirst("\\s*\\|\\s*$", "").strip();
            title = boldText;
            group =
                    text.substring(at + boldText.length())
                            .replaceFirst("^\\s*[|–-]\\s*", "")
                            .strip();
        } else {
            String[] fields = text.split("\\s*\\|\\s*", 3);
            location = fields[0].strip();
            title = fields.length > 1 ? fields[1] : null;
            group = fields.length > 2 ? fields[2] : null;
        }
        location = location.isEmpty() ? null : location;
        LocationParser.Place where = LocationParser.parse(location);
        return listing(entry, lead.when(), lead.link())
                .locationRaw(location)
                .city(where.city())
                .subdivision(where.subdivision())
                .country(where.country())
                .groupName(VisibleText.clean(group))
                .title(VisibleText.clean(title))
                .build();
    }
}
