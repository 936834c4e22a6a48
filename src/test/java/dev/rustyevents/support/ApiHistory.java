package dev.rustyevents.support;

import dev.rustyevents.ingest.IngestService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Real TWiR issues spread over 2024-2026 (committed pages), ingested oldest first through the real
 * ingest: events of many groups, countries, months and years, some delisted on the way. Idempotent:
 * a second load finds every page unchanged.
 */
@ApplicationScoped
public class ApiHistory {

    /** Issue number → publication date, in ingest order. */
    public static final Map<Integer, String> ISSUES = new LinkedHashMap<>();

    static {
        ISSUES.put(543, "2024-04-17");
        ISSUES.put(557, "2024-07-24");
        ISSUES.put(567, "2024-10-02");
        ISSUES.put(581, "2025-01-08");
        ISSUES.put(611, "2025-08-06");
        ISSUES.put(629, "2025-12-10");
        ISSUES.put(631, "2025-12-24");
        ISSUES.put(645, "2026-04-01");
        ISSUES.put(649, "2026-04-29");
        ISSUES.put(663, "2026-08-05");
        ISSUES.put(665, "2026-08-19");
    }

    @Inject IngestService ingest;

    /** Ingests every issue of {@link #ISSUES} not read yet. */
    public void load() {
        ISSUES.forEach(
                (number, date) ->
                        ingest.ingest(CorpusPages.ref(number, date), CorpusPages.page(number)));
    }
}
