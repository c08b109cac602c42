-- Alerts sent by e-mail to those who asked for it (user_account.email_alerts): when, so that an
-- alert is mailed once.
ALTER TABLE alert ADD COLUMN emailed_at timestamptz;
CREATE INDEX alert_unmailed_idx ON alert (recipient_id) WHERE emailed_at IS NULL;
