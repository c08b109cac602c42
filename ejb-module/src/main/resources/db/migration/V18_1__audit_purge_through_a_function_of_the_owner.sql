-- The retention job's purge of a closed file's values in the trail (V11_1), done by a function
-- that runs as the owner of the trail. With the two database roles (docs/operations.md) the
-- application's runtime role has only INSERT and SELECT on audit_entry: it may not UPDATE it, so
-- the purge it used to run as an UPDATE is this function, which the runtime role may execute
-- (granted by SchemaMigration) and nobody else (no PUBLIC).
--
-- It changes nothing the trigger would not accept: only while the transaction-local setting
-- ancrage.audit_purge is 'retention' (set by RetentionService.anonymise around it), only the
-- "changes" of the given households' lines, only into audit_purged(changes); the trigger checks
-- the same again on every row. Returns the number of lines purged.
CREATE FUNCTION audit_purge_households(households bigint[]) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    purged integer;
BEGIN
    IF current_setting('ancrage.audit_purge', true) IS DISTINCT FROM 'retention' THEN
        RAISE EXCEPTION 'audit_entry is append-only: the purge belongs to the retention job';
    END IF;
    UPDATE audit_entry SET changes = audit_purged(changes)
     WHERE household_id = ANY (households) AND action <> 'PURGE' AND changes IS NOT NULL
       AND changes IS DISTINCT FROM audit_purged(changes);
    GET DIAGNOSTICS purged = ROW_COUNT;
    RETURN purged;
END;
$$;
REVOKE ALL ON FUNCTION audit_purge_households(bigint[]) FROM PUBLIC;
