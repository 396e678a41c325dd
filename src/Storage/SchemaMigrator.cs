using Microsoft.Extensions.Logging;
using Npgsql;

namespace SignauxFaibles.Storage;

/// <summary>
/// Brings a PostgreSQL database to <see cref="MigrationCatalog.LatestVersion"/>. Safe to run from every
/// silo at once and as often as wanted: a session advisory lock serialises migrators, each migration runs in
/// one transaction with its <c>schema_version</c> row (all or nothing), a current database is left untouched,
/// and a database migrated by a newer build is refused (<see cref="SchemaTooNewException"/>).
/// </summary>
public sealed partial class SchemaMigrator(ILogger<SchemaMigrator> logger)
{
    /// <summary>The advisory lock key every migrator takes: "sf-schema" read as a 64-bit integer.</summary>
    public const long LockKey = 0x73662D736368656D;

    private const string CreateVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version
        (
            version    integer     NOT NULL PRIMARY KEY,
            name       text        NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now()
        )
        """;

    /// <summary>Applies the missing migrations of <paramref name="migrations"/> (default: the embedded ones).</summary>
    public async Task<MigrationResult> MigrateAsync(string connectionString, CancellationToken cancellationToken, IReadOnlyList<Migration>? migrations = null)
    {
        migrations ??= MigrationCatalog.All;
        var latest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        LogWaitingForLock(logger, connection.Database);
        await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({LockKey})", cancellationToken);
        try
        {
            await ExecuteAsync(connection, null, CreateVersionTable, cancellationToken);
            var current = await ReadVersionAsync(connection, cancellationToken);
            if (current > latest)
            {
                throw new SchemaTooNewException(current, latest);
            }

            var applied = new List<int>();
            foreach (var migration in migrations.Where(m => m.Version > current))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
                await using (var record = new NpgsqlCommand("INSERT INTO schema_version (version, name) VALUES (@v, @n)", connection, transaction))
                {
                    record.Parameters.AddWithValue("v", migration.Version);
                    record.Parameters.AddWithValue("n", migration.Name);
                    await record.ExecuteNonQueryAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                applied.Add(migration.Version);
                LogApplied(logger, migration.Version, migration.Name);
            }

            var result = new MigrationResult(current, Math.Max(current, latest), applied);
            LogDone(logger, connection.Database, result.FromVersion, result.ToVersion, applied.Count);
            return result;
        }
        finally
        {
            // Closing the session would release it too; unlocking keeps a pooled connection clean.
            await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
        }
    }

    /// <summary>The schema version of the database: 0 when it was never migrated.</summary>
    public static async Task<int> ReadVersionAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return await ReadVersionAsync(connection, cancellationToken);
    }

    private static async Task<int> ReadVersionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        // Two statements: a query naming a missing table fails at parse time, whatever its CASE says.
        await using (var exists = new NpgsqlCommand("SELECT to_regclass('schema_version') IS NOT NULL", connection))
        {
            if (await exists.ExecuteScalarAsync(cancellationToken) is not true)
            {
                return 0;
            }
        }

        await using var command = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_version", connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Migrating database {Database}: waiting for the schema lock")]
    private static partial void LogWaitingForLock(ILogger logger, string database);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Applied migration {Version} ({Name})")]
    private static partial void LogApplied(ILogger logger, int version, string name);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Database {Database} schema at version {To} (was {From}, {Count} migrations applied)")]
    private static partial void LogDone(ILogger logger, string database, int from, int to, int count);
}
