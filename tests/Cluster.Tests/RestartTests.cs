using Microsoft.Extensions.Logging.Abstractions;
using SignauxFaibles.Ingest.Tests.Kafka;
using SignauxFaibles.Storage;
using SignauxFaibles.Storage.Tests;
using Xunit.Abstractions;

namespace SignauxFaibles.Cluster.Tests;

/// <summary>
/// Issue #12 "restart test": the only silo, on PostgreSQL, is SIGKILLed in the middle of the stream and
/// started again. At the end every firm's page (summary with score and alert level, explanation with the
/// features, alert history, 24-month series) and the set of alert ids equal those of a fault-free silo
/// fed the same topics (in memory, its own consumer group; tests/Ingest.Tests' SiloOnKafkaTests shows that
/// run equals the batch computation), and no event was dead-lettered.
/// </summary>
[Collection(KafkaTestGroup.Name)]
[Trait("Category", "Postgres")]
[Trait("Category", "Kafka")]
public sealed class RestartTests(KafkaFixture kafka, ITestOutputHelper output)
{
    private const string Prefix = "sfwire.restart.";
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task SiloKilledMidStream_RestartsFromPostgres_EveryFirmEqualsTheFaultFreeRun()
    {
        await using var db = await PostgresDatabase.CreateAsync("restart");
        await new SchemaMigrator(NullLogger<SchemaMigrator>.Instance).MigrateAsync(db.ConnectionString, CancellationToken.None);
        var topics = kafka.EnsureTopics(Prefix, 2);
        using var stream = SimulatedStream.Create("restart", 20261204);
        var sirens = stream.Sirens;

        // Both groups start at the current ends: earlier runs' messages on these topics are not ours.
        var start = kafka.EndOffsets([.. topics.Sources]);
        var durableGroup = $"sf-test-restart-{Guid.NewGuid():N}";
        var referenceGroup = $"sf-test-reference-{Guid.NewGuid():N}";
        kafka.CommitGroupOffsets(durableGroup, start);
        kafka.CommitGroupOffsets(referenceGroup, start);
        var produced = stream.Produce(kafka, topics);

        var durableSettings = ReferenceRun.ClusterSettings(kafka.Options.BootstrapServers, Prefix, durableGroup, db.ConnectionString, $"restart-{Guid.NewGuid():N}");

        Dictionary<string, System.Text.Json.JsonElement> durablePages;
        await using (var silo = SiloProcess.Start("Cluster", durableSettings))
        {
            var third = produced / 3;
            var before = await silo.WaitForAsync("/health", h => SiloHealth.Applied(h) >= third, Step, $"a third of the {produced} events applied");
            silo.Kill();
            output.WriteLine($"SIGKILL after {SiloHealth.Applied(before)} of {produced} events applied");
            var stored = await db.ScalarAsync<long>("SELECT count(*) FROM orleansstorage WHERE graintypestring = 'firm'");
            Assert.True(stored > 0, "no firm state in PostgreSQL before the kill");

            silo.Restart();
            await silo.WaitForAsync("/ready", r => r.GetProperty("status").GetString() == "Healthy", Step, "ready after the restart");
            var after = await silo.WaitForAsync("/health", h => SiloHealth.Lag(h) == 0, Step, "lag 0 after the restart");
            Assert.Equal(0L, SiloHealth.DeadLettered(after));
            output.WriteLine($"after the restart: {SiloHealth.Applied(after)} events re-delivered and applied (or skipped as already applied), {stored} firm rows before it");
            durablePages = await FirmPages.ReadAsync(silo, sirens);
        }

        var referencePages = await ReferenceRun.PagesAsync(kafka.Options.BootstrapServers, Prefix, referenceGroup, produced, sirens, Step);
        var alerts = FirmPages.AssertEqual(referencePages, durablePages, sirens, "durable");
        output.WriteLine($"{produced} events, {sirens.Count} firms, {alerts} alert ids: all equal to the fault-free run");
    }
}
