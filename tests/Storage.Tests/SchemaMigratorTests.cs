using Microsoft.Extensions.Logging.Abstractions;

namespace SignauxFaibles.Storage.Tests;

[Trait("Category", "Postgres")]
public sealed class SchemaMigratorTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private static SchemaMigrator Migrator() => new(NullLogger<SchemaMigrator>.Instance);

    [Fact]
    public async Task FreshDatabase_GetsEveryMigration_AndTheProvidersQueries()
    {
        await using var db = await PostgresDatabase.CreateAsync("fresh");
        using var cts = new CancellationTokenSource(Bound);

        var result = await Migrator().MigrateAsync(db.ConnectionString, cts.Token);

        Assert.Equal(0, result.FromVersion);
        Assert.Equal(MigrationCatalog.LatestVersion, result.ToVersion);
        Assert.Equal(MigrationCatalog.All.Select(m => m.Version), result.Applied);
        Assert.Equal(MigrationCatalog.LatestVersion, await SchemaMigrator.ReadVersionAsync(db.ConnectionString, cts.Token));
        // Every named query the three Orleans ADO.NET providers read at start-up.
        string[] keys =
        [
            "InsertMembershipVersionKey", "InsertMembershipKey", "UpdateMembershipKey", "UpdateIAmAlivetimeKey",
            "MembershipReadRowKey", "MembershipReadAllKey", "DeleteMembershipTableEntriesKey",
            "CleanupDefunctSiloEntriesKey", "GatewaysQueryKey",
            "ReadFromStorageKey", "WriteToStorageKey", "ClearStorageKey", "DeleteStorageKey",
            "UpsertReminderRowKey", "ReadReminderRowsKey", "ReadReminderRowKey", "ReadRangeRows1Key",
            "ReadRangeRows2Key", "DeleteReminderRowKey", "DeleteReminderRowsKey",
        ];
        var present = await db.ScalarAsync<long>(
            $"SELECT count(*) FROM OrleansQuery WHERE QueryKey IN ({string.Join(", ", keys.Select(k => $"'{k}'"))})");
        Assert.Equal(keys.Length, present);
    }

    [Fact]
    public async Task SecondRun_ChangesNothing()
    {
        await using var db = await PostgresDatabase.CreateAsync("rerun");
        using var cts = new CancellationTokenSource(Bound);
        await Migrator().MigrateAsync(db.ConnectionString, cts.Token);
        var appliedAt = await db.ScalarAsync<DateTime>("SELECT max(applied_at) FROM schema_version");

        var again = await Migrator().MigrateAsync(db.ConnectionString, cts.Token);

        Assert.Empty(again.Applied);
        Assert.Equal(MigrationCatalog.LatestVersion, again.FromVersion);
        Assert.Equal(MigrationCatalog.All.Count, await db.ScalarAsync<long>("SELECT count(*) FROM schema_version"));
        Assert.Equal(appliedAt, await db.ScalarAsync<DateTime>("SELECT max(applied_at) FROM schema_version"));
    }

    [Fact]
    public async Task ConcurrentMigrators_ApplyEachMigrationOnce()
    {
        await using var db = await PostgresDatabase.CreateAsync("race");
        using var cts = new CancellationTokenSource(Bound);

        // Four "silos" starting together on an empty database: without the lock, two would both see version 0
        // and the second CREATE TABLE would fail.
        var results = await Task.WhenAll(Enumerable.Range(0, 4)
            .Select(_ => Task.Run(() => Migrator().MigrateAsync(db.ConnectionString, cts.Token))));

        Assert.Equal(MigrationCatalog.All.Select(m => m.Version), results.SelectMany(r => r.Applied).Order());
        Assert.Single(results, r => r.Applied.Count > 0);
        Assert.All(results, r => Assert.Equal(MigrationCatalog.LatestVersion, r.ToVersion));
        Assert.Equal(MigrationCatalog.All.Count, await db.ScalarAsync<long>("SELECT count(*) FROM schema_version"));
    }

    [Fact]
    public async Task NewerSchema_IsRefused_AndLeftUntouched()
    {
        await using var db = await PostgresDatabase.CreateAsync("newer");
        using var cts = new CancellationTokenSource(Bound);
        var newer = MigrationCatalog.All
            .Append(new Migration(MigrationCatalog.LatestVersion + 1, "from_the_future", "CREATE TABLE future_table (id integer)"))
            .ToList();
        await Migrator().MigrateAsync(db.ConnectionString, cts.Token, newer);

        var refused = await Assert.ThrowsAsync<SchemaTooNewException>(() => Migrator().MigrateAsync(db.ConnectionString, cts.Token));

        Assert.Equal(MigrationCatalog.LatestVersion + 1, refused.DatabaseVersion);
        Assert.Equal(MigrationCatalog.LatestVersion, refused.CodeVersion);
        Assert.Equal(MigrationCatalog.LatestVersion + 1, await db.ScalarAsync<int>("SELECT max(version) FROM schema_version"));
    }

    [Fact]
    public async Task FailingMigration_LeavesThePreviousVersion()
    {
        await using var db = await PostgresDatabase.CreateAsync("broken");
        using var cts = new CancellationTokenSource(Bound);
        var broken = MigrationCatalog.All
            .Append(new Migration(MigrationCatalog.LatestVersion + 1, "broken", "CREATE TABLE half_done (id integer); SELECT no_such_function()"))
            .ToList();

        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => Migrator().MigrateAsync(db.ConnectionString, cts.Token, broken));

        Assert.Equal(MigrationCatalog.LatestVersion, await SchemaMigrator.ReadVersionAsync(db.ConnectionString, cts.Token));
        Assert.Null(await db.ScalarAsync<string>("SELECT to_regclass('half_done')::text"));
    }

    [Fact]
    public void Catalog_IsContiguousFromOne()
    {
        Assert.Equal(Enumerable.Range(1, MigrationCatalog.All.Count), MigrationCatalog.All.Select(m => m.Version));
        Assert.All(MigrationCatalog.All, m => Assert.False(string.IsNullOrWhiteSpace(m.Sql)));
    }
}
