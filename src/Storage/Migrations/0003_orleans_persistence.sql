-- Grain state (Orleans.Persistence.AdoNet). One row per grain and state name; Version is the ETag: every
-- write names the version it read and fails (no row returned) when another activation wrote since.
-- GrainIdExtensionString holds string keys (the SIREN of a firm); NULLS NOT DISTINCT keeps one row per
-- integer-keyed grain too.
CREATE TABLE orleansstorage
(
    grainidhash            integer      NOT NULL,
    grainidn0              bigint       NOT NULL,
    grainidn1              bigint       NOT NULL,
    graintypehash          integer      NOT NULL,
    graintypestring        varchar(512) NOT NULL,
    grainidextensionstring varchar(512) NULL,
    serviceid              varchar(150) NOT NULL,
    payloadbinary          bytea        NULL,
    modifiedon             timestamptz  NOT NULL DEFAULT now(),
    version                integer      NULL,
    CONSTRAINT orleansstorage_grain UNIQUE NULLS NOT DISTINCT
        (serviceid, graintypestring, grainidn0, grainidn1, grainidextensionstring)
);

-- Lookups go through the hashes first (small index), then the full key.
CREATE INDEX orleansstorage_hash ON orleansstorage (grainidhash, graintypehash);

INSERT INTO orleansquery (querykey, querytext) VALUES
('ReadFromStorageKey', $q$
SELECT payloadbinary AS "PayloadBinary", version AS "Version"
FROM orleansstorage
WHERE grainidhash = CAST(@GrainIdHash AS integer)
  AND graintypehash = CAST(@GrainTypeHash AS integer)
  AND serviceid = CAST(@ServiceId AS varchar)
  AND graintypestring = CAST(@GrainTypeString AS varchar)
  AND grainidn0 = CAST(@GrainIdN0 AS bigint)
  AND grainidn1 = CAST(@GrainIdN1 AS bigint)
  AND grainidextensionstring IS NOT DISTINCT FROM CAST(@GrainIdExtensionString AS varchar);
$q$),
-- No version: first write of the grain, inserted with version 1 unless a row exists (then no row comes
-- back and the provider reports the conflict). A version: update only if it is still the stored one.
('WriteToStorageKey', $q$
WITH updated AS (
    UPDATE orleansstorage
    SET payloadbinary = CAST(@PayloadBinary AS bytea), modifiedon = now(), version = version + 1
    WHERE CAST(@GrainStateVersion AS integer) IS NOT NULL
      AND grainidhash = CAST(@GrainIdHash AS integer)
      AND graintypehash = CAST(@GrainTypeHash AS integer)
      AND serviceid = CAST(@ServiceId AS varchar)
      AND graintypestring = CAST(@GrainTypeString AS varchar)
      AND grainidn0 = CAST(@GrainIdN0 AS bigint)
      AND grainidn1 = CAST(@GrainIdN1 AS bigint)
      AND grainidextensionstring IS NOT DISTINCT FROM CAST(@GrainIdExtensionString AS varchar)
      AND version = CAST(@GrainStateVersion AS integer)
    RETURNING version
), inserted AS (
    INSERT INTO orleansstorage
        (grainidhash, grainidn0, grainidn1, graintypehash, graintypestring, grainidextensionstring,
         serviceid, payloadbinary, version)
    SELECT CAST(@GrainIdHash AS integer), CAST(@GrainIdN0 AS bigint), CAST(@GrainIdN1 AS bigint),
           CAST(@GrainTypeHash AS integer), CAST(@GrainTypeString AS varchar),
           CAST(@GrainIdExtensionString AS varchar), CAST(@ServiceId AS varchar),
           CAST(@PayloadBinary AS bytea), 1
    WHERE CAST(@GrainStateVersion AS integer) IS NULL
    ON CONFLICT ON CONSTRAINT orleansstorage_grain DO NOTHING
    RETURNING version
)
SELECT version AS "NewGrainStateVersion" FROM updated
UNION ALL
SELECT version FROM inserted;
$q$),
-- Clear keeps the row (payload gone, version bumped) so a later first write still detects a conflict.
('ClearStorageKey', $q$
UPDATE orleansstorage
SET payloadbinary = NULL, modifiedon = now(), version = version + 1
WHERE grainidhash = CAST(@GrainIdHash AS integer)
  AND graintypehash = CAST(@GrainTypeHash AS integer)
  AND serviceid = CAST(@ServiceId AS varchar)
  AND graintypestring = CAST(@GrainTypeString AS varchar)
  AND grainidn0 = CAST(@GrainIdN0 AS bigint)
  AND grainidn1 = CAST(@GrainIdN1 AS bigint)
  AND grainidextensionstring IS NOT DISTINCT FROM CAST(@GrainIdExtensionString AS varchar)
  AND version = CAST(@GrainStateVersion AS integer)
RETURNING version;
$q$),
-- DeleteStateOnClear: the row goes; the old version + 1 comes back so the provider sees the change.
('DeleteStorageKey', $q$
DELETE FROM orleansstorage
WHERE grainidhash = CAST(@GrainIdHash AS integer)
  AND graintypehash = CAST(@GrainTypeHash AS integer)
  AND serviceid = CAST(@ServiceId AS varchar)
  AND graintypestring = CAST(@GrainTypeString AS varchar)
  AND grainidn0 = CAST(@GrainIdN0 AS bigint)
  AND grainidn1 = CAST(@GrainIdN1 AS bigint)
  AND grainidextensionstring IS NOT DISTINCT FROM CAST(@GrainIdExtensionString AS varchar)
  AND version = CAST(@GrainStateVersion AS integer)
RETURNING version + 1;
$q$);
