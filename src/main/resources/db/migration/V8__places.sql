-- Where each event is (issue 17): the gazetteer place its TWiR place resolved to (place.PlaceResolver),
-- stored once and recomputed when the gazetteer resource changes (ingest.PlaceRefresh).
-- Portable SQL: H2 and PostgreSQL.
ALTER TABLE event ADD COLUMN place_name VARCHAR(200);          -- GeoNames name ("Munich")
ALTER TABLE event ADD COLUMN place_subdivision VARCHAR(6);     -- ISO 3166-2 ("DE-BY")
ALTER TABLE event ADD COLUMN latitude DOUBLE PRECISION;        -- WGS 84 degrees
ALTER TABLE event ADD COLUMN longitude DOUBLE PRECISION;
ALTER TABLE event ADD COLUMN time_zone VARCHAR(40);            -- IANA ("Europe/Berlin")
ALTER TABLE event ADD COLUMN geoname_id INTEGER;
ALTER TABLE event ADD COLUMN place_resolution VARCHAR(20);     -- exact, alternate-name, ... none
CREATE INDEX ix_events_latitude ON event (latitude);

-- The gazetteer the stored places were resolved with (Gazetteer.version()), one row.
CREATE TABLE place_state (
    id                 INTEGER      NOT NULL PRIMARY KEY,
    gazetteer_version  VARCHAR(64),
    CONSTRAINT ck_place_state_one_row CHECK (id = 1)
);
INSERT INTO place_state (id) VALUES (1);
