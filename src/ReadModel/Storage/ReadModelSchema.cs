using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace SignauxFaibles.ReadModel.Storage;

/// <summary>
/// Brings the store's schema to the current version. PostgreSQL: the versioned scripts embedded from
/// <c>Schema/V*.sql</c>, applied in order once each and recorded in <c>read_model_schema_versions</c> (the
/// production path; a script is never edited once released, a change is a new script). SQLite: created from
/// the model (the embedded store is rebuilt from the grains at each start, it has no upgrades). After applying
/// scripts, PostgreSQL's tables are vacuumed and analyzed (docs/readmodel.md, schema versions).
/// </summary>
internal sealed class ReadModelSchema(IDbContextFactory<ReadModelDbContext> contexts, ReadModelProvider provider)
{
    public async Task<IReadOnlyList<string>> EnsureAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (provider == ReadModelProvider.Sqlite)
        {
            await db.Database.EnsureCreatedAsync(cancellationToken);
            return [];
        }

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, "CREATE TABLE IF NOT EXISTS read_model_schema_versions (version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())", null, cancellationToken);
        var applied = new List<string>();
        foreach (var (version, name, sql) in Scripts())
        {
            await using var tx = await connection.BeginTransactionAsync(cancellationToken);
            // One migrator at a time (several silos may start together).
            await ExecuteAsync(connection, "LOCK TABLE read_model_schema_versions IN EXCLUSIVE MODE", tx, cancellationToken);
            await using (var check = connection.CreateCommand())
            {
                check.Transaction = tx;
                check.CommandText = $"SELECT count(*) FROM read_model_schema_versions WHERE version = {version}";
                if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0)
                {
                    await tx.CommitAsync(cancellationToken);
                    continue;
                }
            }

            await ExecuteAsync(connection, sql, tx, cancellationToken);
            await ExecuteAsync(connection, $"INSERT INTO read_model_schema_versions (version, name) VALUES ({version}, '{name}')", tx, cancellationToken);
            await tx.CommitAsync(cancellationToken);
            applied.Add(name);
        }

        if (applied.Count > 0)
        {
            // Outside any transaction: a script may rewrite a table (V002 adds a stored generated column),
            // which empties its visibility map, and the list's counts are index-only scans only on
            // all-visible pages; new columns also need statistics before the planner picks their indexes.
            await ExecuteAsync(connection, "VACUUM (ANALYZE) list_entries, list_entry_zones", null, cancellationToken);
        }

        return applied;
    }

    /// <summary>The embedded scripts, <c>V{version}__{name}.sql</c>, in version order.</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> Scripts()
    {
        var assembly = typeof(ReadModelSchema).Assembly;
        var scripts = new List<(int, string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.Contains(".Schema.V", StringComparison.Ordinal)))
        {
            var file = resource[(resource.IndexOf(".Schema.", StringComparison.Ordinal) + ".Schema.".Length)..];
            var name = file[..^".sql".Length];
            var version = int.Parse(name[1..name.IndexOf("__", StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            scripts.Add((version, name, reader.ReadToEnd()));
        }

        return [.. scripts.OrderBy(s => s.Item1)];
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, DbTransaction? tx, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        // No timeout: a script or the vacuum after it may take minutes on a large read model.
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
