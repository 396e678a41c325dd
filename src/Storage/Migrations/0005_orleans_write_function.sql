-- Grain state writes through a function. The write is the hot path of a durable silo (one per firm per ingest
-- batch, a few thousand a second in a burst), and the version 3 query was a long two-CTE statement: the
-- driver re-parsed its text for named parameters on every write and the server planned it every time.
-- A PL/pgSQL function caches its plans, and the query the provider sends is one short call.
--
-- It also answers a conflict with one row holding NULL rather than with no row: the provider reads NULL as
-- the empty version and raises InconsistentStateException at once, where no row at all let an update with a
-- stale version pass unnoticed until the activation's next write.
CREATE FUNCTION orleans_write_state(
    p_grainidhash integer, p_grainidn0 bigint, p_grainidn1 bigint, p_graintypehash integer,
    p_graintypestring varchar, p_grainidextensionstring varchar, p_serviceid varchar,
    p_payloadbinary bytea, p_version integer)
RETURNS integer
LANGUAGE plpgsql
AS $f$
DECLARE
    written integer;
BEGIN
    IF p_version IS NULL THEN
        -- First write of the grain: version 1, unless a row exists (another activation wrote it).
        INSERT INTO orleansstorage
            (grainidhash, grainidn0, grainidn1, graintypehash, graintypestring, grainidextensionstring,
             serviceid, payloadbinary, version)
        VALUES (p_grainidhash, p_grainidn0, p_grainidn1, p_graintypehash, p_graintypestring,
                p_grainidextensionstring, p_serviceid, p_payloadbinary, 1)
        ON CONFLICT ON CONSTRAINT orleansstorage_grain DO NOTHING
        RETURNING version INTO written;
    ELSE
        -- Only if the stored version is still the one the activation read.
        UPDATE orleansstorage
        SET payloadbinary = p_payloadbinary, modifiedon = now(), version = version + 1
        WHERE grainidhash = p_grainidhash
          AND graintypehash = p_graintypehash
          AND serviceid = p_serviceid
          AND graintypestring = p_graintypestring
          AND grainidn0 = p_grainidn0
          AND grainidn1 = p_grainidn1
          AND grainidextensionstring IS NOT DISTINCT FROM p_grainidextensionstring
          AND version = p_version
        RETURNING version INTO written;
    END IF;

    RETURN written;
END;
$f$;

UPDATE orleansquery SET querytext = $q$
SELECT orleans_write_state(CAST(@GrainIdHash AS integer), CAST(@GrainIdN0 AS bigint), CAST(@GrainIdN1 AS bigint),
    CAST(@GrainTypeHash AS integer), CAST(@GrainTypeString AS varchar), CAST(@GrainIdExtensionString AS varchar),
    CAST(@ServiceId AS varchar), CAST(@PayloadBinary AS bytea), CAST(@GrainStateVersion AS integer)) AS "NewGrainStateVersion";
$q$
WHERE querykey = 'WriteToStorageKey';
