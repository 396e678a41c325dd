-- The named-query table every Orleans ADO.NET provider reads at start-up: QueryKey -> SQL text.
-- Later migrations add their queries here; replacing a query is a new migration that updates its row.
CREATE TABLE orleansquery
(
    querykey  varchar(64)  NOT NULL PRIMARY KEY,
    querytext varchar(8000) NOT NULL
);
