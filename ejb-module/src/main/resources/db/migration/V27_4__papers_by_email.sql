-- A household may agree to receive its rent notices and quittances by e-mail; the month's run then
-- mails each paper it printed, once (the call notes when it was mailed).
ALTER TABLE household ADD COLUMN papers_by_email boolean NOT NULL DEFAULT false;
ALTER TABLE rent_call ADD COLUMN notice_mailed_at timestamp with time zone;
ALTER TABLE rent_call ADD COLUMN quittance_mailed_at timestamp with time zone;
