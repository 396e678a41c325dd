using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using SignauxFaibles.Formats.Core;
using SignauxFaibles.Ingest.Connector;
using SignauxFaibles.Ingest.Producing;
using SignauxFaibles.Ingest.Tests.Kafka;
using SignauxFaibles.Ingest.Topics;
using SignauxFaibles.Simulator;
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
public sealed class RestartTests(KafkaFixture kafka, ITestOutputHelper output) : IDisposable
{
    private const string Prefix = "sfwire.restart.";
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(4);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"sf-restart-{Guid.NewGuid():N}");

    [Fact]
    public async Task SiloKilledMidStream_RestartsFromPostgres_EveryFirmEqualsTheFaultFreeRun()
    {
        await using var db = await PostgresDatabase.CreateAsync("restart");
        await new SchemaMigrator(NullLogger<SchemaMigrator>.Instance).MigrateAsync(db.ConnectionString, CancellationToken.None);
        var topics = kafka.EnsureTopics(Prefix, 2);
        Simulation.Run(new SimulationOptions { Seed = 20261204, Firms = 100, Months = 24, OutputDirectory = _directory, WriteHazards = false, Parallelism = 1 });
        var files = SimulatorOutput.Files(_directory, preferEvents: false, out var problems);
        Assert.Empty(problems);
        var sirens = Sirens(files);

        // Both groups start at the current ends: earlier runs' messages on these topics are not ours.
        var start = kafka.EndOffsets([.. topics.Sources]);
        var durableGroup = $"sf-test-restart-{Guid.NewGuid():N}";
        var referenceGroup = $"sf-test-reference-{Guid.NewGuid():N}";
        kafka.CommitGroupOffsets(durableGroup, start);
        kafka.CommitGroupOffsets(referenceGroup, start);
        var produced = Produce(files, topics);

        Dictionary<string, string> Settings(string group) => new()
        {
            ["Kafka__BootstrapServers"] = kafka.Options.BootstrapServers,
            ["Kafka__TopicPrefix"] = Prefix,
            ["Kafka__Ingest__GroupId"] = group,
            ["Kafka__Ingest__MaxInFlightCalls"] = "16",
        };
        var durableSettings = Settings(durableGroup);
        durableSettings["ConnectionStrings__Orleans"] = db.ConnectionString;
        durableSettings["Orleans__ClusterId"] = $"restart-{Guid.NewGuid():N}";

        Dictionary<string, JsonElement> durablePages;
        await using (var silo = SiloProcess.Start("Cluster", durableSettings))
        {
            var third = produced / 3;
            var before = await silo.WaitForAsync("/health", h => Applied(h) >= third, Step, $"a third of the {produced} events applied");
            silo.Kill();
            output.WriteLine($"SIGKILL after {Applied(before)} of {produced} events applied");
            var stored = await db.ScalarAsync<long>("SELECT count(*) FROM orleansstorage WHERE graintypestring = 'firm'");
            Assert.True(stored > 0, "no firm state in PostgreSQL before the kill");

            silo.Restart();
            await silo.WaitForAsync("/ready", r => r.GetProperty("status").GetString() == "Healthy", Step, "ready after the restart");
            var after = await silo.WaitForAsync("/health", h => Lag(h) == 0, Step, "lag 0 after the restart");
            Assert.Equal(0L, Ingest(after).GetProperty("deadLettered").GetInt64());
            output.WriteLine($"after the restart: {Applied(after)} events re-delivered and applied (or skipped as already applied), {stored} firm rows before it");
            durablePages = await PagesAsync(silo, sirens);
        }

        Dictionary<string, JsonElement> referencePages;
        await using (var reference = SiloProcess.Start("Local", Settings(referenceGroup)))
        {
            await reference.WaitForAsync("/health", h => Applied(h) >= produced && Lag(h) == 0, Step, "the fault-free run drained");
            referencePages = await PagesAsync(reference, sirens);
        }

        if (Environment.GetEnvironmentVariable("SF_DUMP") is { } dump)
        {
            File.WriteAllText(dump + ".durable.json", JsonSerializer.Serialize(durablePages));
            File.WriteAllText(dump + ".reference.json", JsonSerializer.Serialize(referencePages));
        }

        var alertIds = AlertIds(durablePages);
        Assert.NotEmpty(alertIds);
        Assert.Equal(AlertIds(referencePages), alertIds);
        Assert.Contains(durablePages.Values, p => p.GetProperty("summary").GetProperty("score").ValueKind == JsonValueKind.Number);
        foreach (var siren in sirens)
        {
            Assert.True(
                JsonEquals(referencePages[siren], durablePages[siren]),
                $"{siren} differs from the fault-free run:\nrestarted: {durablePages[siren]}\nreference: {referencePages[siren]}");
        }

        output.WriteLine($"{produced} events, {sirens.Count} firms, {alertIds.Count} alert ids: all equal to the fault-free run");
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static JsonElement Ingest(JsonElement health) => health.GetProperty("checks").GetProperty("ingest").GetProperty("data");

    private static long Applied(JsonElement health) => Ingest(health).GetProperty("eventsApplied").GetInt64();

    private static long Lag(JsonElement health) =>
        Ingest(health).GetProperty("lag") is { ValueKind: JsonValueKind.Number } lag && Ingest(health).GetProperty("assigned").GetBoolean() ? lag.GetInt64() : -1;

    private static SortedSet<Guid> AlertIds(Dictionary<string, JsonElement> pages) =>
        [.. pages.Values.SelectMany(p => p.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("id").GetGuid()))];

    private static bool JsonEquals(JsonElement a, JsonElement b) => JsonElement.DeepEquals(a, b);

    private static async Task<Dictionary<string, JsonElement>> PagesAsync(SiloProcess silo, IEnumerable<string> sirens)
    {
        var pages = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var siren in sirens)
        {
            pages[siren] = await silo.GetJsonAsync($"/firms/{siren}");
        }

        return pages;
    }

    private static SortedSet<string> Sirens(IReadOnlyList<ConnectorFile> files)
    {
        var sirens = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file.Path);
            var report = new FileReport(file.Reader.Format, file.Path);
            var options = new ReadOptions { DeliveredOn = file.DeliveredOn ?? new DateOnly(2024, 1, 1) };
            foreach (var row in file.Reader.Read(stream, options, report).Where(r => r.Event is not null))
            {
                sirens.Add(row.Event!.Siren);
            }
        }

        return sirens;
    }

    private long Produce(IReadOnlyList<ConnectorFile> files, TopicNames topics)
    {
        var connector = new PartnerFileConnector(kafka.Producer, new EventProducer(kafka.Producer, topics), new DeadLetterProducer(kafka.Producer, topics));
        long delivered = 0;
        foreach (var file in files)
        {
            var summary = connector.Produce(file.Reader, file.Path, new ReadOptions { DeliveredOn = file.DeliveredOn ?? new DateOnly(2024, 1, 1) }, null, CancellationToken.None);
            Assert.True(summary.Succeeded, summary.ToString());
            delivered += summary.EventsDelivered;
        }

        return delivered;
    }
}
