-- The files uploaded for an import hold personal data: their content is cleared after a retention
-- period of its own (3 months after they were prepared, by default; the households imported, the
-- refusals' reasons and the trail stay). cleared_on says when.
INSERT INTO retention_rule (category, retention_months) VALUES ('IMPORT_FILE', 3);
ALTER TABLE household_import ADD COLUMN cleared_on date;
