-- Statistics kept by the monthly job: one snapshot per programme, service (0: the whole
-- association) and year, replaced when computed again. The indicators are JSON (reporting.Indicators).
CREATE SEQUENCE statistics_snapshot_seq;
CREATE TABLE statistics_snapshot (
    id             bigint       PRIMARY KEY DEFAULT nextval('statistics_snapshot_seq'),
    programme_id   bigint       NOT NULL REFERENCES programme (id),
    service_scope  bigint       NOT NULL DEFAULT 0,
    year           integer      NOT NULL CHECK (year BETWEEN 1990 AND 2200),
    computed_at    timestamptz  NOT NULL DEFAULT now(),
    indicators     text         NOT NULL,
    CONSTRAINT statistics_snapshot_once UNIQUE (programme_id, service_scope, year)
);

-- The statistics read measures by programme over a period, and contacts by measure and date.
CREATE INDEX measure_programme_service_idx ON measure (programme_id, service_unit_id, start_date, end_date);
