-- A household's documents are listed on its Documents tab with who added each one. Documents added
-- before this version name nobody (the trail still does).
ALTER TABLE document ADD COLUMN added_by VARCHAR(64);
-- Papers generated from the file (rent notices, receipts, debt statements) are kept as documents too,
-- told apart from those uploaded.
ALTER TABLE document ADD COLUMN generated BOOLEAN NOT NULL DEFAULT FALSE;
