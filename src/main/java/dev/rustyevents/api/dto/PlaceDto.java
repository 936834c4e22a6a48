package dev.rustyevents.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A region or country with its event counts, for filter menus.
 *
 * @param code the region code ({@code europe}) or ISO 3166-1 alpha-2 country code ({@code DE})
 * @param name its English name as TWiR's headings or ISO 3166 name it
 * @param region the country's region code (countries only)
 * @param upcoming confirmed events that have not ended before today (UTC)
 * @param total confirmed events over the whole history
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlaceDto(String code, String name, String region, long upcoming, long total) {}
