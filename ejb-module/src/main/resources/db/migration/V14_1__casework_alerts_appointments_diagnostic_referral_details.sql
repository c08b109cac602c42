-- Case work in the console (issue 15, H5): alerts that resolve themselves, appointments and
-- contacts corrected or cancelled by their author, programmes of the diagnostic form and hidden
-- templates, and what the orienting body and the admission interview say of a referral.

-- An alert whose cause is gone is resolved (kept, so the same deadline is never raised again).
ALTER TABLE alert ADD COLUMN resolved_at timestamptz;
CREATE INDEX alert_standing_idx ON alert (measure_id) WHERE resolved_at IS NULL;

-- A contact dated in the future is an appointment (PLANNED) until it is held (DONE) or missed;
-- a cancelled one stays, counted nowhere. Only DONE contacts count for cadence and statistics.
ALTER TABLE contact ADD COLUMN status varchar(16) NOT NULL DEFAULT 'DONE';
ALTER TABLE contact ADD COLUMN logged_by bigint REFERENCES user_account (id);
ALTER TABLE contact ADD COLUMN cancel_reason varchar(500);
ALTER TABLE contact ADD CONSTRAINT contact_status_known
    CHECK (status IN ('PLANNED', 'DONE', 'MISSED', 'CANCELLED'));
UPDATE contact SET status = 'PLANNED' WHERE occurred_at > (now() AT TIME ZONE 'Europe/Paris');

-- A programme is a support measure with periods, or a diagnostic with a report due after N days.
ALTER TABLE programme ADD COLUMN form varchar(16) NOT NULL DEFAULT 'SUPPORT';
ALTER TABLE programme ADD COLUMN diagnostic_report_days integer CHECK (diagnostic_report_days >= 1);
ALTER TABLE programme ADD COLUMN hidden boolean NOT NULL DEFAULT false;

-- The referral as the orienting body sends it, and the admission interview as it took place.
ALTER TABLE referral ADD COLUMN orienting_reference varchar(60);
ALTER TABLE referral ADD COLUMN referrer_name varchar(120);
ALTER TABLE referral ADD COLUMN referrer_contact varchar(200);
ALTER TABLE referral ADD COLUMN referral_comment varchar(2000);
ALTER TABLE referral ADD COLUMN interview_attendees varchar(500);
ALTER TABLE referral ADD COLUMN interview_notes varchar(4000);
ALTER TABLE referral ADD COLUMN interview_outcome varchar(16);
