-- Who read or changed what, when: append-only. Before and after values as JSON text.

CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE audit_entry (
    id            bigint       PRIMARY KEY DEFAULT nextval('audit_entry_seq'),
    occurred_at   timestamptz  NOT NULL DEFAULT now(),
    username      varchar(64)  NOT NULL,
    action        varchar(16)  NOT NULL CHECK (action IN ('READ', 'CREATE', 'UPDATE', 'DELETE', 'EXPORT')),
    entity_type   varchar(64)  NOT NULL,
    entity_id     bigint,
    household_id  bigint,
    changes       text
);
CREATE INDEX audit_entry_household_idx ON audit_entry (household_id, occurred_at);
CREATE INDEX audit_entry_user_idx ON audit_entry (username, occurred_at);
CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_type, entity_id);

-- Append-only: an entry, once written, is never changed or removed by the application.
CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
