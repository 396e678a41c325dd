using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using SignauxFaibles.Storage;

namespace SignauxFaibles.Ingest.Bench;

/// <summary>
/// The durable mode's store: a fresh PostgreSQL database per run on the server of <c>--pg</c>, migrated with
/// the project's own schema (<see cref="SchemaMigrator"/>, as <c>sf-admin migrate</c> does), dropped at the end.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string _server;

    private BenchDatabase(string server, string name, string connectionString)
    {
        _server = server;
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<BenchDatabase> CreateAsync(string server, CancellationToken cancellationToken)
    {
        var name = $"sf_bench_{DateTime.UtcNow:yyyyMMddHHmmss}_{Environment.ProcessId}";
        var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false };
        await using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        // The silos' pool: enough connections for the ingest's in-flight grain calls to write concurrently.
        var database = new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 50 };
        await new SchemaMigrator(NullLogger<SchemaMigrator>.Instance).MigrateAsync(database.ConnectionString, cancellationToken);
        return new BenchDatabase(server, name, database.ConnectionString);
    }

    /// <summary>Mean and largest stored firm state, in bytes (what every write sends).</summary>
    public async Task<(double Mean, int Max)> FirmStateSizeAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var sizes = new NpgsqlCommand("SELECT coalesce(avg(length(payloadbinary)), 0)::float8, coalesce(max(length(payloadbinary)), 0) FROM orleansstorage WHERE graintypestring = 'firm'", connection);
        await using var reader = await sizes.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetDouble(0), reader.GetInt32(1));
    }

    /// <summary>Firm rows written so far (one per firm once its first batch is stored).</summary>
    public async Task<long> FirmRowsAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM orleansstorage WHERE graintypestring = 'firm'", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        var admin = new NpgsqlConnectionStringBuilder(_server) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
