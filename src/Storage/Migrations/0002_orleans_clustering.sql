-- Membership (Orleans.Clustering.AdoNet). One version row per cluster (DeploymentId = ClusterId) that every
-- membership change bumps atomically with the row it changes, and one row per silo incarnation.
-- Parameters arrive untyped from the provider: every use is cast so PostgreSQL never has to guess.
CREATE TABLE orleansmembershipversiontable
(
    deploymentid varchar(150) NOT NULL PRIMARY KEY,
    timestamp    timestamptz  NOT NULL DEFAULT now(),
    version      integer      NOT NULL DEFAULT 0
);

CREATE TABLE orleansmembershiptable
(
    deploymentid varchar(150) NOT NULL REFERENCES orleansmembershipversiontable (deploymentid),
    address      varchar(45)  NOT NULL,
    port         integer      NOT NULL,
    generation   integer      NOT NULL,
    siloname     varchar(150) NOT NULL,
    hostname     varchar(150) NOT NULL,
    status       integer      NOT NULL,
    proxyport    integer      NULL,
    suspecttimes varchar(8000) NULL,
    starttime    timestamptz  NOT NULL,
    iamalivetime timestamptz  NOT NULL,
    PRIMARY KEY (deploymentid, address, port, generation)
);

INSERT INTO orleansquery (querykey, querytext) VALUES
-- Always one row (the provider reads the first): 1 when this call created the version row, else 0.
('InsertMembershipVersionKey', $q$
WITH inserted AS (
    INSERT INTO orleansmembershipversiontable (deploymentid)
    SELECT CAST(@DeploymentId AS varchar)
    ON CONFLICT (deploymentid) DO NOTHING
    RETURNING 1
)
SELECT count(*)::integer FROM inserted;
$q$),
-- The version row is locked first (FOR UPDATE re-checks the version after a concurrent writer commits), so
-- of two silos inserting against the same table version exactly one succeeds, and the row and the version
-- bump commit together or not at all.
('InsertMembershipKey', $q$
WITH v AS (
    SELECT deploymentid FROM orleansmembershipversiontable
    WHERE deploymentid = CAST(@DeploymentId AS varchar) AND version = CAST(@Version AS integer)
    FOR UPDATE
), inserted AS (
    INSERT INTO orleansmembershiptable
        (deploymentid, address, port, generation, siloname, hostname, status, proxyport, starttime, iamalivetime)
    SELECT v.deploymentid, CAST(@Address AS varchar), CAST(@Port AS integer), CAST(@Generation AS integer),
           CAST(@SiloName AS varchar), CAST(@HostName AS varchar), CAST(@Status AS integer),
           CAST(@ProxyPort AS integer), CAST(@StartTime AS timestamptz), CAST(@IAmAliveTime AS timestamptz)
    FROM v
    ON CONFLICT DO NOTHING
    RETURNING deploymentid
), bumped AS (
    UPDATE orleansmembershipversiontable t SET version = t.version + 1, timestamp = now()
    FROM inserted i WHERE t.deploymentid = i.deploymentid
    RETURNING 1
)
SELECT count(*)::integer FROM bumped;
$q$),
('UpdateMembershipKey', $q$
WITH v AS (
    SELECT deploymentid FROM orleansmembershipversiontable
    WHERE deploymentid = CAST(@DeploymentId AS varchar) AND version = CAST(@Version AS integer)
    FOR UPDATE
), updated AS (
    UPDATE orleansmembershiptable m
    SET status = CAST(@Status AS integer),
        suspecttimes = CAST(@SuspectTimes AS varchar),
        iamalivetime = CAST(@IAmAliveTime AS timestamptz)
    FROM v
    WHERE m.deploymentid = v.deploymentid
      AND m.address = CAST(@Address AS varchar)
      AND m.port = CAST(@Port AS integer)
      AND m.generation = CAST(@Generation AS integer)
    RETURNING m.deploymentid
), bumped AS (
    UPDATE orleansmembershipversiontable t SET version = t.version + 1, timestamp = now()
    FROM (SELECT DISTINCT deploymentid FROM updated) u WHERE t.deploymentid = u.deploymentid
    RETURNING 1
)
SELECT count(*)::integer FROM bumped;
$q$),
('UpdateIAmAlivetimeKey', $q$
UPDATE orleansmembershiptable
SET iamalivetime = CAST(@IAmAliveTime AS timestamptz)
WHERE deploymentid = CAST(@DeploymentId AS varchar)
  AND address = CAST(@Address AS varchar)
  AND port = CAST(@Port AS integer)
  AND generation = CAST(@Generation AS integer);
$q$),
-- Reads always return the version row (left join), even when no silo row matches: the provider takes the
-- table version from the first row.
('MembershipReadRowKey', $q$
SELECT v.deploymentid AS "DeploymentId", m.address AS "Address", m.port AS "Port", m.generation AS "Generation",
       m.siloname AS "SiloName", m.hostname AS "HostName", m.status AS "Status", m.proxyport AS "ProxyPort",
       m.suspecttimes AS "SuspectTimes", m.starttime AS "StartTime", m.iamalivetime AS "IAmAliveTime",
       v.version AS "Version"
FROM orleansmembershipversiontable v
LEFT JOIN orleansmembershiptable m
       ON m.deploymentid = v.deploymentid
      AND m.address = CAST(@Address AS varchar)
      AND m.port = CAST(@Port AS integer)
      AND m.generation = CAST(@Generation AS integer)
WHERE v.deploymentid = CAST(@DeploymentId AS varchar);
$q$),
('MembershipReadAllKey', $q$
SELECT v.deploymentid AS "DeploymentId", m.address AS "Address", m.port AS "Port", m.generation AS "Generation",
       m.siloname AS "SiloName", m.hostname AS "HostName", m.status AS "Status", m.proxyport AS "ProxyPort",
       m.suspecttimes AS "SuspectTimes", m.starttime AS "StartTime", m.iamalivetime AS "IAmAliveTime",
       v.version AS "Version"
FROM orleansmembershipversiontable v
LEFT JOIN orleansmembershiptable m ON m.deploymentid = v.deploymentid
WHERE v.deploymentid = CAST(@DeploymentId AS varchar);
$q$),
('DeleteMembershipTableEntriesKey', $q$
DELETE FROM orleansmembershiptable WHERE deploymentid = CAST(@DeploymentId AS varchar);
DELETE FROM orleansmembershipversiontable WHERE deploymentid = CAST(@DeploymentId AS varchar);
$q$),
-- Status 3 = Active (Orleans.Runtime.SiloStatus): silos not active and not heard of since the cut-off go.
('CleanupDefunctSiloEntriesKey', $q$
DELETE FROM orleansmembershiptable
WHERE deploymentid = CAST(@DeploymentId AS varchar)
  AND iamalivetime < CAST(@IAmAliveTime AS timestamptz)
  AND status <> 3;
$q$),
-- What clients use to find gateways: the active silos of the cluster that listen for clients.
('GatewaysQueryKey', $q$
SELECT address AS "Address", proxyport AS "ProxyPort", generation AS "Generation"
FROM orleansmembershiptable
WHERE deploymentid = CAST(@DeploymentId AS varchar)
  AND status = CAST(@Status AS integer)
  AND proxyport > 0;
$q$);
