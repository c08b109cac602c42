-- A funder-viewer reads the figures of its own funder's programmes only: its account names the
-- funder as programmes name it. Existing funder accounts are tied to none, and read nothing until
-- an administrator ties them (docs/operations.md, upgrading).
ALTER TABLE user_account ADD COLUMN funder VARCHAR(120);
