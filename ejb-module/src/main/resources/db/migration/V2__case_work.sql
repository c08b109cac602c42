-- Case work: the programme catalogue, households, referrals, measures and their periods,
-- evaluations, referents, and contacts.

CREATE SEQUENCE programme_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE programme (
    id                          bigint PRIMARY KEY,
    code                        varchar(40)  NOT NULL UNIQUE,
    name                        varchar(160) NOT NULL,
    funder                      varchar(120) NOT NULL,
    kind                        varchar(32)  NOT NULL,
    first_period_months         integer CHECK (first_period_months > 0),
    max_total_months            integer CHECK (max_total_months > 0),
    cadence_contacts            integer CHECK (cadence_contacts > 0),
    cadence_per_days            integer CHECK (cadence_per_days > 0),
    cadence_types               varchar(200),
    evaluation_lead_days        integer      NOT NULL DEFAULT 0 CHECK (evaluation_lead_days >= 0),
    evaluation_before_renewal   boolean      NOT NULL DEFAULT false,
    follow_up_months            integer CHECK (follow_up_months > 0),
    financed_capacity           integer CHECK (financed_capacity >= 0),
    housing_included            boolean      NOT NULL DEFAULT false,
    residence_status_required   boolean      NOT NULL DEFAULT false,
    eligibility_notes           varchar(2000),
    active                      boolean      NOT NULL DEFAULT true,
    version                     bigint       NOT NULL DEFAULT 0
);

CREATE TABLE programme_renewal_step (
    programme_id          bigint      NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    step_index            integer     NOT NULL,
    months                integer     NOT NULL CHECK (months > 0),
    derogation_required   boolean     NOT NULL DEFAULT false,
    derogation_authority  varchar(120),
    PRIMARY KEY (programme_id, step_index)
);

CREATE SEQUENCE household_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE household (
    id                            bigint PRIMARY KEY,
    reference                     varchar(20) UNIQUE,
    service_unit_id               bigint      NOT NULL REFERENCES service_unit (id),
    composition                   varchar(24),
    main_resource                 varchar(24),
    monthly_resources             numeric(12, 2),
    residence_status_valid_until  date,
    address                       varchar(240),
    phone                         varchar(30),
    email                         varchar(254),
    version                       bigint      NOT NULL DEFAULT 0
);
CREATE INDEX household_service_idx ON household (service_unit_id);

CREATE SEQUENCE person_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE person (
    id            bigint PRIMARY KEY,
    household_id  bigint      NOT NULL REFERENCES household (id) ON DELETE CASCADE,
    last_name     varchar(80) NOT NULL,
    first_name    varchar(80) NOT NULL,
    birth_date    date,
    sex           char(1) CHECK (sex IN ('F', 'M', 'X')),
    relationship  varchar(16) NOT NULL
);
CREATE INDEX person_household_idx ON person (household_id);
CREATE INDEX person_name_idx ON person (lower(last_name), lower(first_name));
CREATE INDEX person_birth_date_idx ON person (birth_date);

CREATE SEQUENCE measure_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE measure (
    id                  bigint PRIMARY KEY,
    household_id        bigint      NOT NULL REFERENCES household (id),
    programme_id        bigint      NOT NULL REFERENCES programme (id),
    referent_worker_id  bigint      NOT NULL REFERENCES user_account (id),
    service_unit_id     bigint      NOT NULL REFERENCES service_unit (id),
    start_date          date        NOT NULL,
    status              varchar(16) NOT NULL,
    end_date            date,
    end_reason          varchar(32),
    housing_outcome     varchar(32),
    follow_up_due       date,
    version             bigint      NOT NULL DEFAULT 0,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX measure_household_idx ON measure (household_id);
CREATE INDEX measure_programme_idx ON measure (programme_id, start_date);
CREATE INDEX measure_referent_idx ON measure (referent_worker_id, status);

CREATE SEQUENCE measure_period_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE measure_period (
    id                     bigint PRIMARY KEY,
    measure_id             bigint      NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    number                 integer     NOT NULL,
    kind                   varchar(16) NOT NULL,
    start_date             date        NOT NULL,
    end_date               date,
    derogation_granted_by  varchar(120),
    derogation_granted_on  date,
    derogation_reference   varchar(80),
    UNIQUE (measure_id, number),
    -- A period granted by derogation says by whom and when.
    CHECK (kind <> 'DEROGATION' OR (derogation_granted_by IS NOT NULL AND derogation_granted_on IS NOT NULL))
);

CREATE SEQUENCE evaluation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE evaluation (
    id                 bigint PRIMARY KEY,
    measure_id         bigint        NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    period_number      integer       NOT NULL,
    written_on         date          NOT NULL,
    author_id          bigint REFERENCES user_account (id),
    assessment         varchar(8000) NOT NULL,
    gains              varchar(8000),
    remaining_needs    varchar(8000),
    proposed_decision  varchar(24)   NOT NULL
);
CREATE INDEX evaluation_measure_idx ON evaluation (measure_id);

CREATE SEQUENCE measure_referent_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE measure_referent (
    id               bigint PRIMARY KEY,
    measure_id       bigint NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    from_date        date   NOT NULL,
    worker_id        bigint NOT NULL REFERENCES user_account (id),
    service_unit_id  bigint NOT NULL REFERENCES service_unit (id)
);
CREATE INDEX measure_referent_measure_idx ON measure_referent (measure_id);

CREATE SEQUENCE contact_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE contact (
    id                 bigint PRIMARY KEY,
    measure_id         bigint      NOT NULL REFERENCES measure (id),
    household_id       bigint      NOT NULL REFERENCES household (id),
    occurred_at        timestamp   NOT NULL,
    duration_minutes   integer CHECK (duration_minutes BETWEEN 0 AND 1440),
    type               varchar(24) NOT NULL,
    worker_id          bigint      NOT NULL REFERENCES user_account (id),
    topics             varchar(500),
    confidential_note  varchar(8000),
    version            bigint      NOT NULL DEFAULT 0
);
CREATE INDEX contact_measure_idx ON contact (measure_id, occurred_at);
CREATE INDEX contact_worker_idx ON contact (worker_id, occurred_at);

CREATE SEQUENCE referral_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE referral (
    id               bigint PRIMARY KEY,
    household_id     bigint      NOT NULL REFERENCES household (id),
    programme_id     bigint      NOT NULL REFERENCES programme (id),
    orienting_body   varchar(24) NOT NULL,
    received_on      date        NOT NULL,
    status           varchar(16) NOT NULL,
    interview_on     date,
    decided_on       date,
    decision_reason  varchar(1000),
    measure_id       bigint REFERENCES measure (id),
    version          bigint      NOT NULL DEFAULT 0,
    CHECK (status <> 'REFUSED' OR decision_reason IS NOT NULL)
);
CREATE INDEX referral_waiting_idx ON referral (programme_id, status, received_on);
