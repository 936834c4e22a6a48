package dev.rustyevents.api.dto;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items this page's items
 * @param page 1-based page number
 * @param size page size
 * @param total items over all pages
 * @param totalPages number of pages (at least 1)
 */
public record PageDto<T>(List<T> items, int page, int size, long total, int totalPages) {}
