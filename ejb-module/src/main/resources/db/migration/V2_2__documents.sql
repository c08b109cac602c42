-- Documents of a household's file; the bytes live outside the database and the web root.

CREATE SEQUENCE document_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE document (
    id            bigint PRIMARY KEY,
    household_id  bigint       NOT NULL REFERENCES household (id),
    referral_id   bigint REFERENCES referral (id),
    file_name     varchar(200) NOT NULL,
    kind          varchar(16)  NOT NULL,
    size_bytes    bigint       NOT NULL CHECK (size_bytes > 0),
    sha256        char(64)     NOT NULL,
    added_at      timestamptz  NOT NULL
);
CREATE INDEX document_household_idx ON document (household_id);
CREATE INDEX document_referral_idx ON document (referral_id);
