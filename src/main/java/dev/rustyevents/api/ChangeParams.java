package dev.rustyevents.api;

import dev.rustyevents.event.EventSort;
import dev.rustyevents.event.EventStatus;
import dev.rustyevents.http.ProblemException;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The event lists' order and sync parameters: {@code sort}, {@code status} and {@code
 * updated_since}. Not taken by the feeds, which have their own window and status rule.
 */
public class ChangeParams {

    @QueryParam("sort")
    String sort;

    @QueryParam("status")
    List<String> status;

    @QueryParam("updated_since")
    String updatedSince;

    /**
     * @return the order, {@link EventSort#DATE} by default
     * @throws ProblemException 400 listing the orders for an unknown one
     */
    EventSort sort() {
        if (sort == null || sort.isBlank()) {
            return EventSort.DATE;
        }
        return EventSort.fromCode(sort.strip())
                .orElseThrow(
                        () ->
                                ProblemException.badParameter(
                                        "sort",
                                        "unknown order '" + ProblemException.echo(sort) + "'",
                                        EventSort.codes()));
    }

    /**
     * @return the statuses asked for (repeatable or comma-separated); empty for any
     * @throws ProblemException 400 listing the statuses for an unknown one
     */
    Set<EventStatus> statuses() {
        Set<EventStatus> result = new LinkedHashSet<>();
        if (status == null) {
            return result;
        }
        List<String> allowed = Arrays.stream(EventStatus.values()).map(EventStatus::code).toList();
        status.stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .forEach(
                        v ->
                                result.add(
                                        Arrays.stream(EventStatus.values())
                                                .filter(
                                                        s ->
                                                                s.code()
                                                                        .equals(
                                                                                v.toLowerCase(
                                                                                        Locale
                                                                                                .ROOT)))
                                                .findFirst()
                                                .orElseThrow(
                                                        () ->
                                                                ProblemException.badParameter(
                                                                        "status",
                                                                        "unknown status '"
                                                                                + ProblemException
                                                                                        .echo(v)
                                                                                + "'",
                                                                        allowed))));
        return result;
    }

    /**
     * @return true when the request asks for changes since an instant (then there is no default
     *     {@code from})
     */
    boolean hasUpdatedSince() {
        return updatedSince != null && !updatedSince.isBlank();
    }

    /**
     * @return the instant from {@code updated_since}: an ISO 8601 date-time with offset ({@code
     *     2026-08-01T12:00:00Z}) or a date (its start, UTC); null when absent
     * @throws ProblemException 400 when it is neither
     */
    Instant updatedSince() {
        if (!hasUpdatedSince()) {
            return null;
        }
        String value = updatedSince.strip();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e2) {
                throw ProblemException.badParameter(
                        "updated_since",
                        "'"
                                + ProblemException.echo(value)
                                + "' is not an ISO 8601 date-time with offset (2026-08-01T12:00:00Z) or date (2026-08-01)");
            }
        }
    }
}
