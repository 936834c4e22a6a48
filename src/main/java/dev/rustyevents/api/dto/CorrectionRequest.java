package dev.rustyevents.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rustyevents.event.EventCorrection;
import dev.rustyevents.http.ProblemException;
import dev.rustyevents.vocabulary.Countries;
import dev.rustyevents.vocabulary.Mode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * An event's correction as an operator writes it: the document that a JSON merge patch ({@code
 * PATCH /api/admin/events/{id}/correction}, RFC 7396) applies to. A member that is absent or null
 * is not corrected (TWiR's value stands). Strings are stripped of surrounding white space. Shape is
 * checked by Bean Validation ({@link jakarta.validation.Validator}); the vocabulary by {@link
 * #toCorrection()}.
 *
 * @param title the event's title
 * @param startDate first day (ISO 8601 date); without {@code endDate}, the event keeps its length
 * @param endDate last day, inclusive; not before the first
 * @param mode {@code in-person}, {@code virtual} or {@code hybrid}
 * @param city the city
 * @param subdivision ISO 3166-2 subdivision code without the country prefix ({@code WA})
 * @param country ISO 3166-1 alpha-2 code, any case; the region follows from it
 * @param groupName the organising group's name (its slug and feed follow)
 * @param groupUrl the group's page, an absolute http(s) URL
 * @param eventUrl the event's page, an absolute http(s) URL
 * @param hidden true to leave the event out of every read; null is false
 * @param note why, in the operator's words; required
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CorrectionRequest(
        @Size(min = 1, max = 1000) String title,
        LocalDate startDate,
        LocalDate endDate,
        String mode,
        @Size(min = 1, max = 200) String city,
        @Pattern(
                        regexp = "[A-Za-z0-9]{1,3}",
                        message =
                                "must be an ISO 3166-2 subdivision code without the country prefix (WA, BC)")
                String subdivision,
        @Pattern(
                        regexp = "[A-Za-z]{2}",
                        message = "must be an ISO 3166-1 alpha-2 country code (GB, DE)")
                String country,
        @Size(min = 1, max = 300) String groupName,
        @Size(max = 1000)
                @Pattern(regexp = "https?://\\S+", message = "must be an absolute http(s) URL")
                String groupUrl,
        @Size(max = 1000)
                @Pattern(regexp = "https?://\\S+", message = "must be an absolute http(s) URL")
                String eventUrl,
        Boolean hidden,
        @NotBlank @Size(max = 1000) String note) {

    /** Strips the strings. */
    public CorrectionRequest {
        title = strip(title);
        mode = strip(mode);
        city = strip(city);
        subdivision = strip(subdivision);
        country = strip(country);
        groupName = strip(groupName);
        groupUrl = strip(groupUrl);
        eventUrl = strip(eventUrl);
        note = strip(note);
    }

    /**
     * @return the document of a stored correction; of none, the empty document
     */
    public static CorrectionRequest of(EventCorrection c) {
        if (c == null) {
            return new CorrectionRequest(
                    null, null, null, null, null, null, null, null, null, null, null, null);
        }
        return new CorrectionRequest(
                c.title,
                c.startDate,
                c.endDate,
                c.mode == null ? null : c.mode.code(),
                c.city,
                c.subdivision,
                c.country,
                c.groupName,
                c.groupUrl,
                c.eventUrl,
                c.hidden,
                c.note);
    }

    /**
     * @return the correction these values make (not stored); codes upper-cased
     * @throws ProblemException 400 naming {@code mode} (with the modes) or {@code country} for an
     *     unknown code; 400 when it neither corrects nor hides anything
     */
    public EventCorrection toCorrection() {
        EventCorrection c = new EventCorrection();
        c.title = title;
        c.startDate = startDate;
        c.endDate = endDate;
        if (mode != null) {
            c.mode =
                    Mode.fromCode(mode)
                            .orElseThrow(
                                    () ->
                                            ProblemException.badParameter(
                                                    "mode",
                                                    "unknown mode '" + mode + "'",
                                                    Arrays.stream(Mode.values())
                                                            .map(Mode::code)
                                                            .toList()));
        }
        c.city = city;
        c.subdivision = subdivision == null ? null : subdivision.toUpperCase(Locale.ROOT);
        if (country != null && !Countries.isCode(country)) {
            throw ProblemException.badParameter(
                    "country", "'" + country + "' is not an assigned ISO 3166-1 alpha-2 code");
        }
        c.country = country == null ? null : country.toUpperCase(Locale.ROOT);
        c.groupName = groupName;
        c.groupUrl = groupUrl;
        c.eventUrl = eventUrl;
        c.hidden = Boolean.TRUE.equals(hidden);
        c.note = note;
        if (!c.hidden
                && title == null
                && startDate == null
                && endDate == null
                && mode == null
                && city == null
                && subdivision == null
                && country == null
                && groupName == null
                && groupUrl == null
                && eventUrl == null) {
            throw ProblemException.badParameter(
                    null,
                    "the correction neither corrects a field nor hides the event; "
                            + "DELETE removes a correction");
        }
        return c;
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
