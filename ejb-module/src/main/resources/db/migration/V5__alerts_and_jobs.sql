-- Deadline reminders and the record of what batch jobs skipped.

-- Alerts are inserted in bulk by the reminders job (never through JPA): ids from the sequence, one
-- at a time. The unique key is what makes a second run or a restart add nothing.
CREATE SEQUENCE alert_seq;
CREATE TABLE alert (
    id            bigint       PRIMARY KEY DEFAULT nextval('alert_seq'),
    kind          varchar(32)  NOT NULL,
    measure_id    bigint       NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    household_id  bigint       NOT NULL REFERENCES household (id) ON DELETE CASCADE,
    recipient_id  bigint       NOT NULL REFERENCES user_account (id),
    due_date      date         NOT NULL,
    raised_at     timestamptz  NOT NULL DEFAULT now(),
    seen_at       timestamptz,
    version       bigint       NOT NULL DEFAULT 0,
    CONSTRAINT alert_once UNIQUE (kind, measure_id, due_date, recipient_id)
);
CREATE INDEX alert_recipient_idx ON alert (recipient_id, seen_at, due_date);
CREATE INDEX alert_measure_idx ON alert (measure_id);

-- Items a job skipped, and why: shown on the jobs page.
CREATE SEQUENCE job_problem_seq;
CREATE TABLE job_problem (
    id            bigint        PRIMARY KEY DEFAULT nextval('job_problem_seq'),
    execution_id  bigint        NOT NULL,
    job_name      varchar(64)   NOT NULL,
    item          varchar(120)  NOT NULL,
    reason        varchar(1000) NOT NULL,
    occurred_at   timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX job_problem_execution_idx ON job_problem (execution_id);

-- The reminders' reading query walks open measures by id and looks up each one's latest period.
CREATE INDEX measure_open_idx ON measure (id) WHERE status = 'OPEN' OR follow_up_due IS NOT NULL;
