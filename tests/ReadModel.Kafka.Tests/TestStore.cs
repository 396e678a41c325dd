using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SignauxFaibles.Contracts;
using SignauxFaibles.ReadModel.Storage;
using SignauxFaibles.Storage.Tests;

namespace SignauxFaibles.ReadModel.Kafka.Tests;

/// <summary>
/// A read model of its own for one test: a PostgreSQL database on the test server (dropped afterwards), or a
/// private in-memory SQLite database (the "applied directly" reference, and the embedded store). <see cref="SnapshotAsync"/> gives its
/// whole content in a comparable form.
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    /// <summary>Days past a cut-off before a list closes in these tests (the production default is 5).</summary>
    public const int GraceDays = 5;

    private static readonly PropertyInfo[] EntryColumns = [.. typeof(ListEntryRecord).GetProperties().Where(p => p.Name != nameof(ListEntryRecord.Zones)).OrderBy(p => p.Name, StringComparer.Ordinal)];

    private readonly ServiceProvider _services;
    private readonly PostgresDatabase? _database;

    private TestStore(ReadModelProvider provider, string connectionString, PostgresDatabase? database)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _database = database;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddReadModel(Settings(provider, connectionString).Build());
        _services = services.BuildServiceProvider();
    }

    public ReadModelProvider Provider { get; }

    public string ConnectionString { get; }

    public IReadModelProjector Projector => _services.GetRequiredService<IReadModelProjector>();

    public static async Task<TestStore> PostgresAsync() => await CreateAsync(ReadModelProvider.Postgres, await PostgresDatabase.CreateAsync("rmk"));

    public static Task<TestStore> SqliteAsync() => CreateAsync(ReadModelProvider.Sqlite, null);

    /// <summary>The <c>ReadModel</c> settings of this store.</summary>
    public static IConfigurationBuilder Settings(ReadModelProvider provider, string connectionString) => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["ReadModel:Provider"] = provider.ToString(),
        ["ReadModel:ConnectionString"] = connectionString,
        ["ReadModel:CloseGraceDays"] = GraceDays.ToString(CultureInfo.InvariantCulture),
    });

    /// <summary>
    /// What the projection must hold after <paramref name="changes"/>: the projector applied directly, in topic
    /// order, then the lists due at the last clock closed (in a fresh SQLite store).
    /// </summary>
    public static async Task<string> ExpectedAsync(IEnumerable<ScoreChange> changes, IReadOnlyList<ProjectionPosition> positions)
    {
        await using var store = await SqliteAsync();
        var updates = changes.Select(ScoreChangeUpdates.ToUpdate).ToList();
        await store.Projector.ApplyAsync(updates, positions, CancellationToken.None);
        var closer = new Projection.DueListCloser(store.Projector, new ReadModelOptions { CloseGraceDays = GraceDays }, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        closer.Resume(updates.Max(u => u.AsOf));
        await closer.CloseDueAsync(CancellationToken.None);
        return await store.SnapshotAsync();
    }

    /// <summary>Every entry (all columns), zone, dated list (counts, closed or not) and position, one line each, in key order.</summary>
    public async Task<string> SnapshotAsync()
    {
        await using var db = await _services.GetRequiredService<IDbContextFactory<ReadModelDbContext>>().CreateDbContextAsync();
        var lines = new List<string>();
        foreach (var e in (await db.Entries.AsNoTracking().Include(e => e.Zones).ToListAsync()).OrderBy(e => e.ListDate).ThenBy(e => e.Siren, StringComparer.Ordinal))
        {
            lines.Add("entry " + string.Join('|', EntryColumns.Select(p => Format(p.GetValue(e)))) + " zones " + string.Join(',', e.Zones.Select(z => z.Departement).Order(StringComparer.Ordinal)));
        }

        lines.AddRange((await db.Lists.AsNoTracking().ToListAsync()).OrderBy(l => l.ListDate)
            .Select(l => $"list {l.ListDate:yyyy-MM-dd} closed={l.ClosedAt is not null} firms={l.Firms} eleve={l.Eleve} modere={l.Modere} premieres={l.PremieresAlertes}"));
        lines.AddRange((await db.Positions.AsNoTracking().ToListAsync()).OrderBy(p => p.Topic, StringComparer.Ordinal).ThenBy(p => p.Partition)
            .Select(p => $"position {p.Topic}/{p.Partition}={p.NextOffset}"));
        return string.Join('\n', lines);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_database is not null)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await _database.DisposeAsync();
        }
    }

    private static async Task<TestStore> CreateAsync(ReadModelProvider provider, PostgresDatabase? database)
    {
        var connection = database?.ConnectionString ?? $"Data Source=sf-rmk-test-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        var store = new TestStore(provider, connection, database);
        await store._services.GetRequiredService<ReadModelStore>().EnsureSchemaAsync(CancellationToken.None);
        return store;
    }

    private static string Format(object? value) => value switch
    {
        null => "null",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
