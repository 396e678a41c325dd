using Npgsql;
using SignauxFaibles.TestSupport;

namespace SignauxFaibles.Storage.Tests;

/// <summary>
/// A database of its own on the test PostgreSQL server (environment <c>SF_TEST_POSTGRES</c>, default the
/// one scripts/services.sh starts), dropped on dispose. Creating it fails loudly when the server is missing.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    public const string DefaultServer = "Host=127.0.0.1;Port=55432;Username=sf;Password=sf;Database=signauxfaibles";

    private PostgresDatabase(string server, string name)
    {
        Server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString;
    }

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("SF_TEST_POSTGRES") is { Length: > 0 } s ? s : DefaultServer;

    public string Server { get; }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<PostgresDatabase> CreateAsync(string purpose)
    {
        var name = $"sf_test_{purpose}_{Guid.NewGuid():N}"[..40];
        var server = ServerConnectionString;
        try
        {
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException ex)
        {
            throw new InvalidOperationException(
                $"PostgreSQL is required for this test and is not reachable at {new NpgsqlConnectionStringBuilder(server).Host}:{new NpgsqlConnectionStringBuilder(server).Port} " +
                "(start it with `bash scripts/services.sh start postgres`, or set SF_TEST_POSTGRES)", ex);
        }

        return new PostgresDatabase(server, name);
    }

    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)value;
    }

    public async ValueTask DisposeAsync()
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await DropAsync(connection, Name);
    }

    /// <summary>
    /// Drops a test database, closing our own sessions on it. An autovacuum worker (a superuser process the
    /// test role may not terminate) can be on a fresh database: then the drop waits, up to 30 s, until no
    /// session of another role is left on it and tries again.
    /// </summary>
    public static async Task DropAsync(NpgsqlConnection server, string database)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", server);
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege && DateTime.UtcNow < deadline)
            {
                await using var others = new NpgsqlCommand(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = @d AND usename IS DISTINCT FROM current_user", server);
                others.Parameters.AddWithValue("d", database);
                long left = 0;
                await Eventually.Until(
                    async () => (left = (long)(await others.ExecuteScalarAsync())!) == 0,
                    deadline - DateTime.UtcNow,
                    () => $"{left} session(s) of another role still on {database}, which the test role may not drop",
                    TimeSpan.FromMilliseconds(100));
            }
        }
    }
}
