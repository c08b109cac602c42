-- Households imported from an association's own files (issue 18). The file's own identifier, with the
-- source it comes from, makes a second import of the same file update, never add: unique together.
ALTER TABLE household ADD COLUMN import_source varchar(120);
ALTER TABLE household ADD COLUMN import_key varchar(120);
ALTER TABLE household ADD CONSTRAINT household_import_key_once UNIQUE (import_source, import_key);
ALTER TABLE household ADD CONSTRAINT household_import_key_whole
    CHECK ((import_source IS NULL) = (import_key IS NULL));

-- An imported record is written to the trail as IMPORT, with the file and the rows it came from.
ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_action_check;
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_action_check
    CHECK (action IN ('READ', 'CREATE', 'UPDATE', 'DELETE', 'EXPORT', 'REFUSED', 'PURGE', 'IMPORT'));

-- A file prepared for import: its content, the mapping of its headings, the service its households
-- belong to, and who prepared it (a person allowed to create households there). The job reads it.
CREATE SEQUENCE household_import_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE household_import (
    id               bigint PRIMARY KEY,
    source           varchar(120)  NOT NULL,
    file_name        varchar(255)  NOT NULL,
    content          bytea         NOT NULL,
    mapping          text          NOT NULL,
    service_unit_id  bigint        NOT NULL REFERENCES service_unit (id),
    prepared_by      varchar(80)   NOT NULL,
    prepared_at      timestamp     NOT NULL,
    execution_id     bigint
);

-- The rows an import refused and why (in French), for the refused rows' file: once per row.
CREATE TABLE household_import_refusal (
    import_id   bigint        NOT NULL REFERENCES household_import (id),
    row_number  integer       NOT NULL,
    reason      varchar(2000) NOT NULL,
    PRIMARY KEY (import_id, row_number)
);

-- The mapping last used for a file of the same shape (the same set of headings), offered for the next.
CREATE TABLE import_mapping (
    shape       varchar(4000) PRIMARY KEY,
    mapping     text          NOT NULL,
    saved_by    varchar(80)   NOT NULL,
    saved_at    timestamp     NOT NULL
);
