-- The support contract's objectives and their progress, and suspensions of a measure.

ALTER TABLE measure ADD COLUMN contract_signed_on date;

CREATE SEQUENCE objective_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE objective (
    id           bigint PRIMARY KEY,
    measure_id   bigint        NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    domain       varchar(32)   NOT NULL,
    description  varchar(1000) NOT NULL,
    progress     varchar(16)   NOT NULL,
    progress_on  date
);
CREATE INDEX objective_measure_idx ON objective (measure_id);

CREATE SEQUENCE measure_suspension_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE measure_suspension (
    id          bigint PRIMARY KEY,
    measure_id  bigint NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    from_date   date   NOT NULL,
    to_date     date   NOT NULL,
    reason      varchar(500),
    CHECK (to_date >= from_date)
);
CREATE INDEX measure_suspension_measure_idx ON measure_suspension (measure_id);
