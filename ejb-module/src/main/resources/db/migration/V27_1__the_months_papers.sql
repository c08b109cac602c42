-- The month's papers printed by the rent-calls job: the notice of every call, and the quittance of
-- every month fully paid, each printed once (a restart or a second run skips what is printed) and
-- kept among the household's documents. The column names the document kept; no foreign key, as the
-- retention job may purge documents and the call stays.
ALTER TABLE rent_call ADD COLUMN notice_document_id bigint;
ALTER TABLE rent_call ADD COLUMN quittance_document_id bigint;
CREATE INDEX rent_call_month_notice ON rent_call (month, notice_document_id);
