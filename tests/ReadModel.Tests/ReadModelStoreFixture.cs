using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace SignauxFaibles.ReadModel.Tests;

/// <summary>
/// A fresh read model for one test: an in-memory SQLite database of its own, or a PostgreSQL database of its
/// own created on the test server (SF_TEST_PG, default the project's local service on 127.0.0.1:55432) and
/// dropped afterwards. A missing PostgreSQL fails the test with the command that starts it.
/// </summary>
public sealed class ReadModelStoreFixture : IAsyncDisposable
{
    public const string DefaultPostgres = "Host=127.0.0.1;Port=55432;Username=sf;Password=sf;Database=signauxfaibles";

    private readonly ServiceProvider _services;
    private readonly string? _database;

    private ReadModelStoreFixture(ServiceProvider services, string? database, FakeTimeProvider time)
    {
        _services = services;
        _database = database;
        Time = time;
    }

    public FakeTimeProvider Time { get; }

    public IDetectionListReader Reader => _services.GetRequiredService<IDetectionListReader>();

    public IReadModelProjector Projector => _services.GetRequiredService<IReadModelProjector>();

    public ReadModelStore Store => _services.GetRequiredService<ReadModelStore>();

    public static string PostgresAdminConnection => Environment.GetEnvironmentVariable("SF_TEST_PG") ?? DefaultPostgres;

    public static async Task<ReadModelStoreFixture> CreateAsync(ReadModelProvider provider)
    {
        string connection;
        string? database = null;
        if (provider == ReadModelProvider.Postgres)
        {
            database = "sf_rm_test_" + Guid.NewGuid().ToString("N")[..12];
            try
            {
                await using var admin = new NpgsqlConnection(PostgresAdminConnection);
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
                await create.ExecuteNonQueryAsync();
            }
            catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException)
            {
                throw new InvalidOperationException(
                    $"No PostgreSQL answers at {PostgresAdminConnection} ({ex.Message}). Start it with `scripts/services.sh start postgres` (scripts/test.sh does it) or set SF_TEST_PG.", ex);
            }

            connection = new NpgsqlConnectionStringBuilder(PostgresAdminConnection) { Database = database }.ConnectionString;
        }
        else
        {
            connection = $"Data Source=sf-rm-test-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ReadModel:Provider"] = provider.ToString(),
            ["ReadModel:ConnectionString"] = connection,
        }).Build();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 15, 8, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddReadModel(configuration);
        var built = new ReadModelStoreFixture(services.BuildServiceProvider(), database, time);
        await built.Store.EnsureSchemaAsync(CancellationToken.None);
        return built;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_database is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(PostgresAdminConnection);
            await admin.OpenAsync();
            await SignauxFaibles.Storage.Tests.PostgresDatabase.DropAsync(admin, _database);
        }
    }
}
