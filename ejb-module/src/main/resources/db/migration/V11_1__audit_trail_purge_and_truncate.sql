-- The audit trail stays append-only, with exactly one exception, and TRUNCATE is refused too.
--
-- The exception (GDPR, retention): when the retention job anonymises a closed file, the personal
-- values the trail kept about that household (names, notes, addresses in "before"/"after") must go
-- too. The row stays (who, when, what kind of change, which record, which household) and so does
-- the shape of its JSON: every key is kept, every value becomes "(purged)" (audit_purged below).
--
-- How the trigger tells that purge from any other change: the retention code path, and only it
-- (RetentionService.anonymise), sets the transaction-local setting ancrage.audit_purge to
-- 'retention' just before its UPDATE and clears it right after, in the same transaction (SET LOCAL
-- semantics: it never outlives that transaction). Even with the setting on, the trigger accepts
-- an UPDATE only if every column is unchanged but "changes", and the new "changes" is exactly
-- audit_purged(old "changes"): no value can be rewritten into anything else, no row can be moved
-- to another household or user, and DELETE stays refused whatever the setting. The retention job
-- writes its own PURGE line to the trail in the same transaction.
-- (The application's database role could set the setting itself: what keeps it to the retention
-- job is the code, reviewed; the trigger keeps even that path to a purge and nothing else.)

-- Every value of the trail's JSON replaced by "(purged)", one level of nesting kept
-- ({"name":{"before":"A","after":"B"}} -> {"name":{"before":"(purged)","after":"(purged)"}}).
CREATE FUNCTION audit_purged(changes text) RETURNS text AS $$
    SELECT CASE
        WHEN changes IS NULL THEN NULL
        WHEN left(ltrim(changes), 1) <> '{' THEN '"(purged)"'
        ELSE COALESCE((SELECT jsonb_object_agg(k,
                 CASE WHEN jsonb_typeof(v) = 'object'
                      THEN COALESCE((SELECT jsonb_object_agg(k2, to_jsonb('(purged)'::text)) FROM jsonb_each(v) AS e2(k2, v2)),
                                    '{}'::jsonb)
                      ELSE to_jsonb('(purged)'::text) END)
               FROM jsonb_each(changes::jsonb) AS e(k, v))::text, '{}')
    END
$$ LANGUAGE sql IMMUTABLE;

CREATE OR REPLACE FUNCTION audit_entry_is_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND current_setting('ancrage.audit_purge', true) = 'retention'
       AND NEW.id = OLD.id
       AND NEW.occurred_at = OLD.occurred_at
       AND NEW.username = OLD.username
       AND NEW.action = OLD.action
       AND NEW.entity_type = OLD.entity_type
       AND NEW.entity_id IS NOT DISTINCT FROM OLD.entity_id
       AND NEW.household_id IS NOT DISTINCT FROM OLD.household_id
       AND NEW.changes IS NOT DISTINCT FROM audit_purged(OLD.changes) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_entry is append-only';
END;
$$ LANGUAGE plpgsql;

-- Row triggers never fire on TRUNCATE: a statement-level one refuses it.
CREATE FUNCTION audit_entry_refuses_truncate() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: TRUNCATE refused';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuses_truncate();

-- Who acted is recorded at the time of the change (a console or API user's login name, or
-- "job:<name> (started by <login>)" / "job:<name> (timer)"): longer than a login.
ALTER TABLE audit_entry ALTER COLUMN username TYPE varchar(160);

-- Confidential notes written to the trail before this version (in clear, in "before"/"after"):
-- from now on the trail records only that a note changed. This one-time cleanup replaces what
-- earlier lines kept by the same "(changed)", the trigger set aside for this statement only.
ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only;
UPDATE audit_entry SET changes = (changes::jsonb || jsonb_build_object('confidentialNote', '(changed)'))::text
 WHERE entity_type = 'Contact' AND changes LIKE '{%' AND changes::jsonb ? 'confidentialNote'
   AND changes::jsonb -> 'confidentialNote' NOT IN ('{"after": ""}'::jsonb, '{"before": ""}'::jsonb);
ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only;
