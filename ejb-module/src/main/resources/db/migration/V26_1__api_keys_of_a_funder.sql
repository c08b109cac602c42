-- An API key with the funder-viewer role names its funder, as a funder's account does: it reads
-- that funder's programmes only. Keys issued before have none and read no programme.
ALTER TABLE api_key ADD COLUMN funder VARCHAR(120);
