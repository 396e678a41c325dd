using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using SignauxFaibles.Ingest.Tests.Kafka;
using SignauxFaibles.Storage;
using SignauxFaibles.Storage.Tests;
using Xunit.Abstractions;

namespace SignauxFaibles.Cluster.Tests;

/// <summary>
/// Issue #12 "scale-out test": three silos on PostgreSQL ingest a stream; in the middle of it a fourth silo
/// joins. It takes a share of the Kafka partitions (its /health counts them) and of the firm grains (the firms
/// first seen after it joined are placed on the four silos: its /health counts its firm activations), while
/// clients that find the gateways in the membership table answer firm queries throughout and after: one
/// long-lived Orleans client connected as src/Client connects (about five queries a second) and the
/// command-line client itself (<c>sf firm --membership</c>, one process per query). At the end the group's
/// lag is 0, nothing was dead-lettered and every firm's page equals the fault-free run's. Uses the shared
/// broker and server (no service is restarted).
/// </summary>
[Collection(KafkaTestGroup.Name)]
[Trait("Category", "Postgres")]
[Trait("Category", "Kafka")]
public sealed class ScaleOutTests(KafkaFixture kafka, ITestOutputHelper output)
{
    private const string Prefix = "sfwire.scaleout.";
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task FourthSiloJoinsMidStream_TakesPartitionsAndFirms_ClientAnswersThroughout_EveryFirmEqualsTheFaultFreeRun()
    {
        await using var db = await PostgresDatabase.CreateAsync("scaleout");
        await new SchemaMigrator(NullLogger<SchemaMigrator>.Instance).MigrateAsync(db.ConnectionString, CancellationToken.None);
        var topics = kafka.EnsureTopics(Prefix, 4);

        // Two histories of disjoint firms, the second delivered after the first (delivery dates only go forward,
        // as the ingest's alignment by delivery date expects): its firms are first seen after the fourth silo joined.
        using var early = SimulatedStream.Create("scaleout-early", 20261206);
        using var late = SimulatedStream.Create("scaleout-late", 20261207, months: 12, start: Domain.Time.Month.Of(2021, 6));
        Assert.Empty(early.Sirens.Intersect(late.Sirens));
        Assert.True(late.FirstDelivery > early.LastDelivery, $"the second history's deliveries start {late.FirstDelivery}, before the first's end {early.LastDelivery}");
        var sirens = new SortedSet<string>(early.Sirens.Concat(late.Sirens), StringComparer.Ordinal);
        var earlySlices = early.Slices(2);

        var start = kafka.EndOffsets([.. topics.Sources, topics.DeadLetter]);
        var durableGroup = $"sf-test-scaleout-{Guid.NewGuid():N}";
        var referenceGroup = $"sf-test-reference-{Guid.NewGuid():N}";
        kafka.CommitGroupOffsets(durableGroup, start);
        kafka.CommitGroupOffsets(referenceGroup, start);
        var clusterId = $"scaleout-{Guid.NewGuid():N}";
        var settings = ReferenceRun.ClusterSettings(kafka.Options.BootstrapServers, Prefix, durableGroup, db.ConnectionString, clusterId);

        var produced = SimulatedStream.Produce(kafka, topics, earlySlices[0]);
        var silos = new List<SiloProcess>();
        try
        {
            silos.AddRange(Enumerable.Range(0, 3).Select(_ => SiloProcess.Start("Cluster", settings)));
            foreach (var silo in silos)
            {
                await silo.WaitForAsync("/ready", r => r.GetProperty("status").GetString() == "Healthy", Step, "three silos ready");
            }

            await silos[0].WaitDrainedAsync(DateTimeOffset.UtcNow, Step, "the first deliveries applied");
            var answered = await AnsweringAsync(silos[0], early.Sirens);
            await using var client = new MembershipClientLoop(db.ConnectionString, clusterId, answered);
            await using var queries = await FirmQueryLoop.StartAsync(db.ConnectionString, clusterId, answered, Step);

            // Mid-stream: the rest of the early deliveries are being consumed when the fourth silo starts.
            produced += SimulatedStream.Produce(kafka, topics, earlySlices[1]);
            var before = client.Count;
            var joinStarted = DateTimeOffset.UtcNow;
            var joining = System.Diagnostics.Stopwatch.StartNew();
            silos.Add(SiloProcess.Start("Cluster", settings));
            var fourth = silos[3];
            await fourth.WaitForAsync("/ready", r => r.GetProperty("status").GetString() == "Healthy", Step, "the fourth silo ready");
            var joined = await fourth.WaitForAsync("/health", h => SiloHealth.AssignedPartitions(h) > 0, Step, "the fourth silo assigned partitions");
            var joinEnded = DateTimeOffset.UtcNow;
            output.WriteLine($"fourth silo ready and consuming {SiloHealth.AssignedPartitions(joined)} partitions {joining.Elapsed.TotalSeconds:F1} s after its start; {client.Count - before} command-line client queries meanwhile");

            produced += SimulatedStream.Produce(kafka, topics, late.Files);
            var drained = await fourth.WaitDrainedAsync(DateTimeOffset.UtcNow, Step, "every delivery applied");
            output.WriteLine($"fourth silo drained: {drained.GetProperty("checks").GetProperty("cluster")}");
            Assert.True(SiloHealth.FirmActivations(drained) > 0, $"no firm grain on the fourth silo: {drained}");
            await client.WaitUntilAsync(before + 3, Step);
            var runs = await client.StopAsync();
            var asked = await queries.StopAsync();

            long applied = 0;
            foreach (var (silo, i) in silos.Select((s, i) => (s, i)))
            {
                var health = await silo.GetJsonAsync("/health");
                applied += SiloHealth.Applied(health);
                Assert.Equal(0L, SiloHealth.DeadLettered(health));
                output.WriteLine($"silo {i + 1}: {SiloHealth.AssignedPartitions(health)} partitions, {SiloHealth.FirmActivations(health)} firm activations, {SiloHealth.Applied(health)} events applied; cluster check {health.GetProperty("checks").GetProperty("cluster")}");
            }

            Assert.True(SiloHealth.AssignedPartitions(drained) > 0);
            Assert.True(applied >= produced, $"{applied} events applied of {produced} produced");
            Assert.Equal(Offset(start, topics.DeadLetter), Offset(kafka.EndOffsets(topics.DeadLetter), topics.DeadLetter));
            var failed = runs.Where(r => r.ExitCode != 0).ToList();
            Assert.True(failed.Count == 0, $"{failed.Count} of {runs.Count} client queries failed, first: {failed.FirstOrDefault().Output}");
            output.WriteLine($"command-line client through the membership table: {runs.Count} firm queries, all answered, slowest {runs.Max(r => r.Elapsed).TotalSeconds:F1} s");
            var unanswered = asked.Where(q => q.Error is not null).ToList();
            var duringJoin = asked.Count(q => q.At >= joinStarted && q.At <= joinEnded);
            Assert.True(unanswered.Count == 0, $"{unanswered.Count} of {asked.Count} queries of the long-lived client failed, first: {unanswered.FirstOrDefault().Error}");
            Assert.True(duringJoin > 0, "the long-lived client asked nothing while the fourth silo joined");
            output.WriteLine($"long-lived client through the membership table: {asked.Count} firm queries ({duringJoin} while the fourth silo joined), all answered, slowest {asked.Max(q => q.Elapsed).TotalMilliseconds:F0} ms");

            var pages = await FirmPages.ReadAsync(fourth, sirens);
            var reference = await ReferenceRun.PagesAsync(kafka.Options.BootstrapServers, Prefix, referenceGroup, produced, sirens, Step);
            var alerts = FirmPages.AssertEqual(reference, pages, sirens, "scaleout");
            output.WriteLine($"{produced} events, {sirens.Count} firms, {alerts} alert ids: all equal to the fault-free run");
        }
        finally
        {
            foreach (var silo in silos)
            {
                await silo.DisposeAsync();
            }
        }
    }

    private static long Offset(IReadOnlyList<Confluent.Kafka.TopicPartitionOffset> offsets, string topic) =>
        offsets.Where(o => o.Topic == topic).Sum(o => o.Offset.Value);

    /// <summary>The firms the cluster already has data for (the client answers "no data" for the others).</summary>
    private static async Task<List<string>> AnsweringAsync(SiloProcess silo, IEnumerable<string> sirens)
    {
        var pages = await FirmPages.ReadAsync(silo, sirens);
        return [.. pages.Where(p => p.Value.GetProperty("summary").GetProperty("month").ValueKind != JsonValueKind.Null).Select(p => p.Key)];
    }
}
