-- Need to know: refused attempts are audited. Retention: what the purge job did is audited, and
-- the administrator sets a retention period per category of data.

ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_action_check;
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_action_check
    CHECK (action IN ('READ', 'CREATE', 'UPDATE', 'DELETE', 'EXPORT', 'REFUSED', 'PURGE'));

CREATE TABLE retention_rule (
    category        varchar(32)  PRIMARY KEY,
    retention_months integer     NOT NULL CHECK (retention_months BETWEEN 1 AND 1200),
    version         bigint       NOT NULL DEFAULT 0
);
-- Defaults from the CNIL's reference for social action (référentiel « action sociale » 2021):
-- the file two years after the last contact, a refused referral one year, the rest with the file.
INSERT INTO retention_rule (category, retention_months) VALUES
    ('CLOSED_CASE', 24), ('REFUSED_REFERRAL', 12), ('CONTACT', 24), ('CONFIDENTIAL_NOTE', 24), ('DOCUMENT', 24);

-- A household anonymised by the retention job: names, contact details and free text are gone,
-- what the statistics count (measures, periods, contacts by type and date, composition,
-- resources, birth year) stays.
ALTER TABLE household ADD COLUMN anonymised_on date;
