-- The letters' texts the association writes (subject and body, with placeholders), by kind and
-- language. Each save is a new version, never an edit in place: the latest is used, the earlier ones
-- stay with who wrote them and when. None yet: the texts shipped with Ancrage (version 0).
CREATE SEQUENCE letter_template_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE letter_template (
    id          BIGINT PRIMARY KEY,
    kind        VARCHAR(32) NOT NULL,
    language    VARCHAR(2) NOT NULL,
    version     INTEGER NOT NULL,
    subject     VARCHAR(300) NOT NULL,
    body        TEXT NOT NULL,
    written_by  VARCHAR(100) NOT NULL,
    written_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT letter_template_one_version UNIQUE (kind, language, version)
);
-- Which text a generated letter was written from ("REMINDER_LAST fr v3"; v0: Ancrage's own).
ALTER TABLE document ADD COLUMN template VARCHAR(40);
