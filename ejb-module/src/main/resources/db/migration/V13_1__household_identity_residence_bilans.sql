-- A household's identity in the console: residence status by nationality category with the
-- récépissé of a renewal request, members leaving the household (recorded, not deleted), the
-- address and resources over time, who recorded a derogation, and when a bilan was sent.

ALTER TABLE household
    ADD COLUMN nationality                   varchar(16) CHECK (nationality IN ('FRENCH', 'EU_EEA_SWISS', 'OTHER')),
    ADD COLUMN residence_receipt_valid_until date;

ALTER TABLE person
    ADD COLUMN left_on date;

-- Each address and resources of a household from a date (none for what was known before the first
-- change); the household row holds the latest.
CREATE SEQUENCE household_situation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE household_situation (
    id                 bigint PRIMARY KEY,
    household_id       bigint       NOT NULL REFERENCES household (id) ON DELETE CASCADE,
    since              date,
    address            varchar(240),
    composition        varchar(24),
    main_resource      varchar(24),
    monthly_resources  numeric(12, 2),
    recorded_by        varchar(64),
    recorded_at        timestamp with time zone NOT NULL DEFAULT now()
);
CREATE INDEX household_situation_household_idx ON household_situation (household_id);

ALTER TABLE measure_period
    ADD COLUMN derogation_recorded_by varchar(64);

ALTER TABLE evaluation
    ADD COLUMN sent_on date;
