-- The last scrape that failed, in any replica (readiness reports it next to the last success):
-- when, and why in a sentence (the feed unusable, an issue that failed or looked anomalous, a
-- feed that went back to older issues). Portable SQL: H2 and PostgreSQL.
ALTER TABLE scrape_state ADD COLUMN last_failure_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE scrape_state ADD COLUMN last_failure VARCHAR(2000);
