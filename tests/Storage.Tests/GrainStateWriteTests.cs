using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace SignauxFaibles.Storage.Tests;

/// <summary>
/// The grain state write the Orleans ADO.NET storage provider runs (<c>WriteToStorageKey</c>), sent the way
/// the provider sends it (its text from <c>orleansquery</c>, named parameters): the version is the ETag, a
/// stale or duplicate first write changes nothing and answers NULL, which the provider reads as a conflict.
/// </summary>
[Trait("Category", "Postgres")]
public sealed class GrainStateWriteTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Versions_MoveOnePerWrite_AndStaleOrDuplicateWritesAreRefused()
    {
        await using var db = await PostgresDatabase.CreateAsync("write");
        using var cts = new CancellationTokenSource(Bound);
        await new SchemaMigrator(NullLogger<SchemaMigrator>.Instance).MigrateAsync(db.ConnectionString, cts.Token);
        var query = await db.ScalarAsync<string>("SELECT querytext FROM orleansquery WHERE querykey = 'WriteToStorageKey'");
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync(cts.Token);

        Assert.Equal(1, await WriteAsync(connection, query!, "123456789", [1], version: null, cts.Token));
        Assert.Equal(2, await WriteAsync(connection, query!, "123456789", [2], version: 1, cts.Token));
        // A second activation that still holds version 1, and one that thinks the grain was never written.
        Assert.Null(await WriteAsync(connection, query!, "123456789", [3], version: 1, cts.Token));
        Assert.Null(await WriteAsync(connection, query!, "123456789", [4], version: null, cts.Token));
        Assert.Equal(1, await WriteAsync(connection, query!, "987654321", [5], version: null, cts.Token));

        Assert.Equal(2, await db.ScalarAsync<int>("SELECT version FROM orleansstorage WHERE grainidextensionstring = '123456789'"));
        Assert.Equal([2], await db.ScalarAsync<byte[]>("SELECT payloadbinary FROM orleansstorage WHERE grainidextensionstring = '123456789'"));
        Assert.Equal(2L, await db.ScalarAsync<long>("SELECT count(*) FROM orleansstorage"));
    }

    /// <summary>One write as the provider makes it; the single row's version, null when nothing was written.</summary>
    private static async Task<int?> WriteAsync(NpgsqlConnection connection, string query, string siren, byte[] payload, int? version, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(query, connection);
        command.Parameters.AddWithValue("GrainIdHash", siren.GetHashCode(StringComparison.Ordinal));
        command.Parameters.AddWithValue("GrainIdN0", 0L);
        command.Parameters.AddWithValue("GrainIdN1", 0L);
        command.Parameters.AddWithValue("GrainTypeHash", 42);
        command.Parameters.AddWithValue("GrainTypeString", "firm");
        command.Parameters.AddWithValue("GrainIdExtensionString", siren);
        command.Parameters.AddWithValue("ServiceId", "signaux-faibles");
        command.Parameters.AddWithValue("GrainStateVersion", version is { } v ? v : DBNull.Value);
        command.Parameters.AddWithValue("PayloadBinary", payload);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<int?>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(reader.IsDBNull(0) ? null : reader.GetInt32(0));
        }

        return Assert.Single(rows);
    }
}
