-- Read model, version 2: the selective filters (zone, free text) served by indexes of the alert rows instead of
-- checks along the score-ordered scan (docs/readmodel.md, bench/ReadModel.Bench/README.md 2026-12-05).
-- Released scripts are never edited: a change is a new V00n script.
-- pg_trgm and btree_gin ship with PostgreSQL (contrib, part of Debian's postgresql-15 package) and are trusted
-- extensions: the owner of the database may create them without superuser rights.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- The firm's départements as an array, derived by the database from the ';'-separated display column, so no
-- writer has to maintain it (the EF model maps it as computed, ZoneColumn.PostgresSql). Zone and access-scope
-- filters are an array overlap (&&). Adding a stored generated column rewrites the table once.
ALTER TABLE list_entries
    ADD COLUMN zone_departements text[] GENERATED ALWAYS AS (string_to_array(departements, ';')) STORED;

-- Zone and activity filters: the alert rows of one list having one of the départements and/or one of the NAF
-- sections or divisions, straight from the index (the list date and the NAF codes are GIN keys too, through
-- btree_gin; the index intersects them), then sorted; instead of walking the list in score order and probing
-- list_entry_zones for each row.
CREATE INDEX ix_list_entries_alert_zones ON list_entries USING gin (list_date, zone_departements, naf_section, naf_division)
    WHERE level IN ('eleve', 'modere');

-- Free text (LIKE '%...%' on the folded raison sociale): trigrams of the alert rows, same query.
CREATE INDEX ix_list_entries_alert_text ON list_entries USING gin (list_date, search_text gin_trgm_ops)
    WHERE level IN ('eleve', 'modere');

-- Statistics of the new column, so the planner weighs the zone filters' selectivity from the first query.
ANALYZE list_entries;
