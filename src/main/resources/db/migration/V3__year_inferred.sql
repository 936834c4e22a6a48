-- Dates written without a year (2015-2021 issues): the year was inferred from the issue date.
ALTER TABLE listing ADD COLUMN year_inferred BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE event ADD COLUMN year_inferred BOOLEAN DEFAULT FALSE NOT NULL;
