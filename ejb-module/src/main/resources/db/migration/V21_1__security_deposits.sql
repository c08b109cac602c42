-- The security deposit (dépôt de garantie, law of 6 July 1989, art. 22) of an occupancy: received once, held
-- while the occupancy runs, returned after the keys are handed back, less deductions justified line by line.
CREATE SEQUENCE security_deposit_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE security_deposit (
    id                 bigint PRIMARY KEY,
    occupancy_id       bigint         NOT NULL REFERENCES occupancy (id) DEFERRABLE INITIALLY DEFERRED,
    household_id       bigint         NOT NULL REFERENCES household (id) DEFERRABLE INITIALLY DEFERRED,
    amount             numeric(12, 2) NOT NULL CHECK (amount > 0),
    received_on        date           NOT NULL,
    method             varchar(24)    NOT NULL,
    received_by        varchar(80)    NOT NULL,
    recorded_at        timestamp      NOT NULL,
    keys_returned_on   date,
    inspections_match  boolean,
    keys_recorded_by   varchar(80),
    returned_on        date,
    returned_amount    numeric(12, 2) CHECK (returned_amount >= 0),
    penalty            numeric(12, 2) CHECK (penalty >= 0),
    returned_by        varchar(80),
    version            bigint         NOT NULL DEFAULT 0,
    CONSTRAINT security_deposit_once_per_occupancy UNIQUE (occupancy_id),
    CONSTRAINT security_deposit_keys_before_return CHECK (returned_on IS NULL OR keys_returned_on IS NOT NULL),
    CONSTRAINT security_deposit_keys_with_inspections CHECK ((keys_returned_on IS NULL) = (inspections_match IS NULL))
);

-- A deduction from a deposit (positive, with its label and reason), or the entry cancelling one (negative, naming
-- it, with its reason), at most once per deduction. Never edited nor deleted.
CREATE SEQUENCE deposit_deduction_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE deposit_deduction (
    id                    bigint PRIMARY KEY,
    deposit_id            bigint         NOT NULL REFERENCES security_deposit (id) DEFERRABLE INITIALLY DEFERRED,
    household_id          bigint         NOT NULL REFERENCES household (id) DEFERRABLE INITIALLY DEFERRED,
    label                 varchar(200)   NOT NULL,
    amount                numeric(12, 2) NOT NULL,
    reason                varchar(500)   NOT NULL,
    cancels_deduction_id  bigint REFERENCES deposit_deduction (id) DEFERRABLE INITIALLY DEFERRED,
    recorded_by           varchar(80)    NOT NULL,
    recorded_at           timestamp      NOT NULL,
    CONSTRAINT deposit_deduction_sign CHECK ((cancels_deduction_id IS NULL AND amount > 0)
                                          OR (cancels_deduction_id IS NOT NULL AND amount < 0))
);
CREATE INDEX deposit_deduction_deposit_idx ON deposit_deduction (deposit_id);
CREATE UNIQUE INDEX deposit_deduction_cancelled_once ON deposit_deduction (cancels_deduction_id)
    WHERE cancels_deduction_id IS NOT NULL;
