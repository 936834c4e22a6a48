-- What replicas sharing this database coordinate through. Portable SQL: H2 and PostgreSQL.

-- The data version: one row, raised in the same transaction as every change that an ingest or a
-- correction makes to what the API and the feeds serve (cluster.DataVersion). Each replica reads
-- it every rusty-events.cluster.version-check and drops its rendered answers when it moved.
CREATE TABLE data_version (
    id              INTEGER       NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    CONSTRAINT ck_data_version_one_row CHECK (id = 1)
);
INSERT INTO data_version (id, version) VALUES (1, 0);

-- The feed scrape across replicas, one row: when the last scrape started (a scheduled tick skips
-- when another replica's scrape started less than three quarters of an interval ago) and when a
-- scrape last read the whole feed (readiness reports its age). Times are the database's.
CREATE TABLE scrape_state (
    id              INTEGER       NOT NULL PRIMARY KEY,
    last_started_at TIMESTAMP WITH TIME ZONE,
    last_success_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_scrape_state_one_row CHECK (id = 1)
);
INSERT INTO scrape_state (id) VALUES (1);
