-- Reminders (Orleans.Reminders.AdoNet). One row per grain and reminder name; GrainHash is the grain's
-- uniform hash (as a signed int) so each silo reads the reminders of its ring range.
CREATE TABLE orleansremindertable
(
    serviceid    varchar(150) NOT NULL,
    grainid      varchar(150) NOT NULL,
    remindername varchar(150) NOT NULL,
    starttime    timestamptz  NOT NULL,
    period       bigint       NOT NULL,
    grainhash    integer      NOT NULL,
    version      integer      NOT NULL,
    PRIMARY KEY (serviceid, grainid, remindername)
);

CREATE INDEX orleansremindertable_hash ON orleansremindertable (serviceid, grainhash);

INSERT INTO orleansquery (querykey, querytext) VALUES
('UpsertReminderRowKey', $q$
INSERT INTO orleansremindertable (serviceid, grainid, remindername, starttime, period, grainhash, version)
VALUES (CAST(@ServiceId AS varchar), CAST(@GrainId AS varchar), CAST(@ReminderName AS varchar),
        CAST(@StartTime AS timestamptz), CAST(@Period AS bigint), CAST(@GrainHash AS integer), 0)
ON CONFLICT (serviceid, grainid, remindername) DO UPDATE
SET starttime = excluded.starttime, period = excluded.period, grainhash = excluded.grainhash,
    version = orleansremindertable.version + 1
RETURNING version AS "Version";
$q$),
('ReadReminderRowsKey', $q$
SELECT grainid AS "GrainId", remindername AS "ReminderName", starttime AS "StartTime", period AS "Period",
       version AS "Version"
FROM orleansremindertable
WHERE serviceid = CAST(@ServiceId AS varchar) AND grainid = CAST(@GrainId AS varchar);
$q$),
('ReadReminderRowKey', $q$
SELECT grainid AS "GrainId", remindername AS "ReminderName", starttime AS "StartTime", period AS "Period",
       version AS "Version"
FROM orleansremindertable
WHERE serviceid = CAST(@ServiceId AS varchar) AND grainid = CAST(@GrainId AS varchar)
  AND remindername = CAST(@ReminderName AS varchar);
$q$),
-- The ring range (BeginHash, EndHash]: ...Rows1 when it does not wrap, ...Rows2 when it does.
('ReadRangeRows1Key', $q$
SELECT grainid AS "GrainId", remindername AS "ReminderName", starttime AS "StartTime", period AS "Period",
       version AS "Version"
FROM orleansremindertable
WHERE serviceid = CAST(@ServiceId AS varchar)
  AND grainhash > CAST(@BeginHash AS integer) AND grainhash <= CAST(@EndHash AS integer);
$q$),
('ReadRangeRows2Key', $q$
SELECT grainid AS "GrainId", remindername AS "ReminderName", starttime AS "StartTime", period AS "Period",
       version AS "Version"
FROM orleansremindertable
WHERE serviceid = CAST(@ServiceId AS varchar)
  AND (grainhash > CAST(@BeginHash AS integer) OR grainhash <= CAST(@EndHash AS integer));
$q$),
-- Always one row: 1 when the reminder with that version was deleted, else 0.
('DeleteReminderRowKey', $q$
WITH deleted AS (
    DELETE FROM orleansremindertable
    WHERE serviceid = CAST(@ServiceId AS varchar) AND grainid = CAST(@GrainId AS varchar)
      AND remindername = CAST(@ReminderName AS varchar) AND version = CAST(@Version AS integer)
    RETURNING 1
)
SELECT count(*)::integer FROM deleted;
$q$),
('DeleteReminderRowsKey', $q$
DELETE FROM orleansremindertable WHERE serviceid = CAST(@ServiceId AS varchar);
$q$);
