-- Rent and housing records a rental manager can trust (issue 16): every figure explained line by line,
-- corrected only by entries that leave a trace.

-- A payment has its method; a payment recorded by mistake is cancelled by a reversing entry (negative,
-- pointing at it, with its reason), at most once.
ALTER TABLE payment ADD COLUMN method varchar(24);
UPDATE payment SET method = CASE payer WHEN 'CAF' THEN 'CAF_THIRD_PARTY' WHEN 'FSL' THEN 'FSL_GRANT' ELSE 'TRANSFER' END;
ALTER TABLE payment ALTER COLUMN method SET NOT NULL;
ALTER TABLE payment ADD COLUMN reverses_payment_id bigint REFERENCES payment (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE payment ADD COLUMN reason varchar(500);
ALTER TABLE payment DROP CONSTRAINT payment_amount_check;
ALTER TABLE payment ADD CONSTRAINT payment_sign CHECK (
    (reverses_payment_id IS NULL AND amount > 0)
    OR (reverses_payment_id IS NOT NULL AND amount < 0 AND reason IS NOT NULL));
CREATE UNIQUE INDEX payment_reversed_once ON payment (reverses_payment_id) WHERE reverses_payment_id IS NOT NULL;

-- A call of part of a month (placement or departure in its course): the days called out of the month's.
ALTER TABLE rent_call ADD COLUMN days_called integer;
ALTER TABLE rent_call ADD COLUMN days_in_month integer;
ALTER TABLE rent_call ADD CONSTRAINT rent_call_days CHECK (
    (days_called IS NULL AND days_in_month IS NULL)
    OR (days_called BETWEEN 1 AND days_in_month AND days_in_month BETWEEN 28 AND 31));

-- The rent of an occupancy from a date (yearly IRL revision): the calls after that date use it.
CREATE SEQUENCE rent_revision_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE rent_revision (
    id               bigint PRIMARY KEY,
    occupancy_id     bigint         NOT NULL REFERENCES occupancy (id) DEFERRABLE INITIALLY DEFERRED,
    household_id     bigint         NOT NULL REFERENCES household (id) DEFERRABLE INITIALLY DEFERRED,
    effective_from   date           NOT NULL,
    rent             numeric(12, 2) NOT NULL CHECK (rent >= 0),
    charges          numeric(12, 2) NOT NULL CHECK (charges >= 0),
    housing_benefit  numeric(12, 2) NOT NULL CHECK (housing_benefit >= 0),
    reason           varchar(500),
    recorded_at      timestamp      NOT NULL,
    CONSTRAINT rent_revision_once_a_day UNIQUE (occupancy_id, effective_from)
);

-- Entries of an account other than calls and payments: a yearly charges regularisation (either sign), a
-- write-off (créance irrécouvrable) proposed by a rental manager and counted once a director approves it.
CREATE SEQUENCE account_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE account_entry (
    id            bigint PRIMARY KEY,
    occupancy_id  bigint         NOT NULL REFERENCES occupancy (id) DEFERRABLE INITIALLY DEFERRED,
    household_id  bigint         NOT NULL REFERENCES household (id) DEFERRABLE INITIALLY DEFERRED,
    kind          varchar(24)    NOT NULL,
    entry_date    date           NOT NULL,
    amount        numeric(12, 2) NOT NULL CHECK (amount <> 0),
    period_year   integer,
    reason        varchar(500)   NOT NULL,
    recorded_at   timestamp      NOT NULL,
    proposed_by   varchar(80)    NOT NULL,
    approved_by   varchar(80),
    approved_at   timestamp,
    version       bigint         NOT NULL DEFAULT 0,
    CONSTRAINT account_entry_write_off_credit CHECK (kind <> 'WRITE_OFF' OR amount < 0),
    CONSTRAINT account_entry_four_eyes CHECK (approved_by IS NULL OR approved_by <> proposed_by)
);
CREATE INDEX account_entry_occupancy_idx ON account_entry (occupancy_id);
CREATE UNIQUE INDEX account_entry_regularisation_once_a_year ON account_entry (occupancy_id, period_year)
    WHERE kind = 'CHARGES_REGULARISATION';

-- A departure or a lease transfer dated in the future: scheduled, applied by the daily job on its date,
-- once (status moves from SCHEDULED to APPLIED or CANCELLED, at most one scheduled per occupancy).
CREATE SEQUENCE scheduled_departure_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE scheduled_departure (
    id            bigint PRIMARY KEY,
    occupancy_id  bigint         NOT NULL REFERENCES occupancy (id) DEFERRABLE INITIALLY DEFERRED,
    household_id  bigint         NOT NULL REFERENCES household (id) DEFERRABLE INITIALLY DEFERRED,
    kind          varchar(24)    NOT NULL,
    effective_on  date           NOT NULL,
    exit_state    varchar(2000),
    status        varchar(16)    NOT NULL,
    scheduled_at  timestamp      NOT NULL,
    settled_at    timestamp,
    version       bigint         NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX scheduled_departure_one_pending ON scheduled_departure (occupancy_id) WHERE status = 'SCHEDULED';
CREATE INDEX scheduled_departure_due_idx ON scheduled_departure (effective_on, id) WHERE status = 'SCHEDULED';
