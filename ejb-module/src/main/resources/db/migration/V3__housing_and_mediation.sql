-- Housing and landlord mediation: landlords and their exchanges, dwellings, main leases and
-- management mandates, occupancies, financed capacity, insurance, rent calls, payments,
-- repayment plans, incidents and their mediation.
-- References to another aggregate (held by id, not mapped) are checked at commit: the order in
-- which the persistence provider writes unrelated entities of one transaction is its own.

CREATE SEQUENCE landlord_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE landlord (
    id              bigint PRIMARY KEY,
    kind            varchar(16)  NOT NULL,
    name            varchar(160) NOT NULL,
    contact_person  varchar(120),
    address         varchar(240),
    phone           varchar(30),
    email           varchar(254),
    version         bigint       NOT NULL DEFAULT 0
);
CREATE INDEX landlord_name_idx ON landlord (lower(name));

CREATE SEQUENCE landlord_exchange_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE landlord_exchange (
    id           bigint PRIMARY KEY,
    landlord_id  bigint        NOT NULL REFERENCES landlord (id) ON DELETE CASCADE,
    occurred_on  date          NOT NULL,
    channel      varchar(16)   NOT NULL,
    summary      varchar(2000) NOT NULL,
    recorded_by  varchar(80)
);
CREATE INDEX landlord_exchange_landlord_idx ON landlord_exchange (landlord_id, occurred_on);

CREATE SEQUENCE dwelling_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE dwelling (
    id               bigint PRIMARY KEY,
    landlord_id      bigint        NOT NULL REFERENCES landlord (id) DEFERRABLE INITIALLY DEFERRED,
    service_unit_id  bigint        NOT NULL REFERENCES service_unit (id) DEFERRABLE INITIALLY DEFERRED,
    address          varchar(240)  NOT NULL,
    postcode         varchar(10)   NOT NULL,
    city             varchar(120)  NOT NULL,
    size             varchar(4)    NOT NULL CHECK (size IN ('T1', 'T2', 'T3', 'T4', 'T5', 'T6')),
    surface          numeric(7, 2) NOT NULL CHECK (surface > 0),
    floor            integer,
    lift             boolean       NOT NULL DEFAULT false,
    step_free        boolean       NOT NULL DEFAULT false,
    rent             numeric(12, 2) NOT NULL CHECK (rent >= 0),
    charges          numeric(12, 2) NOT NULL CHECK (charges >= 0),
    programme_id     bigint        REFERENCES programme (id) DEFERRABLE INITIALLY DEFERRED,
    places           integer       NOT NULL DEFAULT 1 CHECK (places > 0),
    state            varchar(24)   NOT NULL,
    version          bigint        NOT NULL DEFAULT 0
);
CREATE INDEX dwelling_landlord_idx ON dwelling (landlord_id);
CREATE INDEX dwelling_state_idx ON dwelling (state);

CREATE SEQUENCE housing_contract_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE housing_contract (
    id                    bigint PRIMARY KEY,
    dwelling_id           bigint        NOT NULL REFERENCES dwelling (id) DEFERRABLE INITIALLY DEFERRED,
    landlord_id           bigint        NOT NULL REFERENCES landlord (id) DEFERRABLE INITIALLY DEFERRED,
    kind                  varchar(24)   NOT NULL,
    start_date            date          NOT NULL,
    end_date              date,
    rent                  numeric(12, 2) NOT NULL CHECK (rent >= 0),
    guarantee             varchar(16)   NOT NULL,
    guarantee_reference   varchar(80),
    notice_months         integer       NOT NULL CHECK (notice_months >= 0),
    tacit_renewal         boolean       NOT NULL DEFAULT true,
    after_lease_transfer  varchar(24)   NOT NULL,
    ended_by              varchar(24),
    version               bigint        NOT NULL DEFAULT 0,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX housing_contract_dwelling_idx ON housing_contract (dwelling_id, start_date);

CREATE SEQUENCE occupancy_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE occupancy (
    id                bigint PRIMARY KEY,
    dwelling_id       bigint         NOT NULL REFERENCES dwelling (id) DEFERRABLE INITIALLY DEFERRED,
    household_id      bigint         NOT NULL REFERENCES household (id) DEFERRABLE INITIALLY DEFERRED,
    measure_id        bigint         REFERENCES measure (id) DEFERRABLE INITIALLY DEFERRED,
    programme_id      bigint         REFERENCES programme (id) DEFERRABLE INITIALLY DEFERRED,
    agreement         varchar(24)    NOT NULL,
    start_date        date           NOT NULL,
    rent              numeric(12, 2) NOT NULL CHECK (rent >= 0),
    charges           numeric(12, 2) NOT NULL CHECK (charges >= 0),
    housing_benefit   numeric(12, 2) NOT NULL CHECK (housing_benefit >= 0),
    end_date          date,
    ended_by          varchar(24),
    exit_state        varchar(2000),
    version           bigint         NOT NULL DEFAULT 0,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX occupancy_dwelling_idx ON occupancy (dwelling_id, start_date);
CREATE INDEX occupancy_household_idx ON occupancy (household_id);
CREATE INDEX occupancy_programme_idx ON occupancy (programme_id, start_date, end_date);
-- One open occupancy per dwelling place is enforced by the service; one open occupancy per household here.
CREATE UNIQUE INDEX occupancy_one_open_per_household ON occupancy (household_id) WHERE end_date IS NULL;

CREATE SEQUENCE financed_capacity_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE financed_capacity (
    id            bigint PRIMARY KEY,
    programme_id  bigint      NOT NULL REFERENCES programme (id) DEFERRABLE INITIALLY DEFERRED,
    places        integer     NOT NULL CHECK (places >= 0),
    valid_from    date        NOT NULL,
    valid_to      date,
    funder_reference varchar(80),
    version       bigint      NOT NULL DEFAULT 0,
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX financed_capacity_programme_idx ON financed_capacity (programme_id, valid_from);

CREATE SEQUENCE insurance_certificate_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE insurance_certificate (
    id             bigint PRIMARY KEY,
    household_id   bigint       NOT NULL REFERENCES household (id) DEFERRABLE INITIALLY DEFERRED,
    occupancy_id   bigint       REFERENCES occupancy (id) DEFERRABLE INITIALLY DEFERRED,
    insurer        varchar(120) NOT NULL,
    policy_number  varchar(60),
    valid_from     date         NOT NULL,
    expires_on     date         NOT NULL,
    CHECK (expires_on >= valid_from)
);
CREATE INDEX insurance_certificate_household_idx ON insurance_certificate (household_id, expires_on);

CREATE SEQUENCE rent_call_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE rent_call (
    id               bigint PRIMARY KEY,
    occupancy_id     bigint         NOT NULL REFERENCES occupancy (id) DEFERRABLE INITIALLY DEFERRED,
    household_id     bigint         NOT NULL REFERENCES household (id) DEFERRABLE INITIALLY DEFERRED,
    month            date           NOT NULL CHECK (extract(day FROM month) = 1),
    rent             numeric(12, 2) NOT NULL,
    charges          numeric(12, 2) NOT NULL,
    housing_benefit  numeric(12, 2) NOT NULL,
    amount_due       numeric(12, 2) NOT NULL,
    due_date         date           NOT NULL,
    issued_at        timestamp      NOT NULL,
    -- a call is never issued twice for the same month, whoever or whatever issues it
    CONSTRAINT rent_call_once_per_month UNIQUE (occupancy_id, month)
);
CREATE INDEX rent_call_household_idx ON rent_call (household_id);

CREATE SEQUENCE payment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE payment (
    id            bigint PRIMARY KEY,
    occupancy_id  bigint         NOT NULL REFERENCES occupancy (id) DEFERRABLE INITIALLY DEFERRED,
    household_id  bigint         NOT NULL REFERENCES household (id) DEFERRABLE INITIALLY DEFERRED,
    paid_on       date           NOT NULL,
    amount        numeric(12, 2) NOT NULL CHECK (amount > 0),
    payer         varchar(16)    NOT NULL,
    reference     varchar(80),
    recorded_at   timestamp      NOT NULL
);
CREATE INDEX payment_occupancy_idx ON payment (occupancy_id, paid_on);

CREATE SEQUENCE repayment_plan_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE repayment_plan (
    id            bigint PRIMARY KEY,
    occupancy_id  bigint         NOT NULL REFERENCES occupancy (id) DEFERRABLE INITIALLY DEFERRED,
    household_id  bigint         NOT NULL REFERENCES household (id) DEFERRABLE INITIALLY DEFERRED,
    agreed_on     date           NOT NULL,
    debt          numeric(12, 2) NOT NULL CHECK (debt > 0),
    cancelled_on  date,
    version       bigint         NOT NULL DEFAULT 0
);
CREATE INDEX repayment_plan_occupancy_idx ON repayment_plan (occupancy_id);

CREATE TABLE repayment_instalment (
    plan_id       bigint         NOT NULL REFERENCES repayment_plan (id) ON DELETE CASCADE,
    number        integer        NOT NULL CHECK (number > 0),
    due_date      date           NOT NULL,
    amount        numeric(12, 2) NOT NULL CHECK (amount > 0),
    PRIMARY KEY (plan_id, number)
);

CREATE SEQUENCE incident_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE incident (
    id             bigint PRIMARY KEY,
    kind           varchar(32)   NOT NULL,
    household_id   bigint        REFERENCES household (id) DEFERRABLE INITIALLY DEFERRED,
    dwelling_id    bigint        REFERENCES dwelling (id) DEFERRABLE INITIALLY DEFERRED,
    landlord_id    bigint        REFERENCES landlord (id) DEFERRABLE INITIALLY DEFERRED,
    occurred_on    date          NOT NULL,
    description    varchar(4000) NOT NULL,
    parties        varchar(120)  NOT NULL,
    resolved_on    date,
    resolution     varchar(4000),
    version        bigint        NOT NULL DEFAULT 0,
    CHECK (household_id IS NOT NULL OR dwelling_id IS NOT NULL)
);
CREATE INDEX incident_household_idx ON incident (household_id);
CREATE INDEX incident_dwelling_idx ON incident (dwelling_id);
CREATE INDEX incident_open_idx ON incident (occurred_on) WHERE resolved_on IS NULL;

CREATE SEQUENCE mediation_action_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE mediation_action (
    id           bigint PRIMARY KEY,
    incident_id  bigint        NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    taken_on     date          NOT NULL,
    party        varchar(16)   NOT NULL,
    description  varchar(2000) NOT NULL,
    taken_by     varchar(80)
);
CREATE INDEX mediation_action_incident_idx ON mediation_action (incident_id, taken_on);

-- A payment may be made towards a repayment plan: it reduces the balance and follows the plan.
ALTER TABLE payment ADD COLUMN repayment_plan_id bigint REFERENCES repayment_plan (id) DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX payment_plan_idx ON payment (repayment_plan_id);
