using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using SignauxFaibles.Storage;
using Xunit.Abstractions;

namespace SignauxFaibles.Cluster.Tests;

/// <summary>
/// Issue #12 "fault test": three silos in one cluster (membership and grain state in PostgreSQL) share the
/// partitions of a simulated stream produced delivery after delivery. In the middle of it: one silo is
/// SIGKILLed (its firms must answer again through a surviving silo within 30 s, reactivated there from
/// PostgreSQL) then restarted; another is stopped gracefully (SIGTERM) and restarted; PostgreSQL is stopped
/// while deliveries arrive, then started again; the Kafka broker is restarted. At the end every firm's page
/// and the set of alert ids equal the fault-free run's and nothing was dead-lettered (not even during the
/// storage outage). PostgreSQL and Kafka are the test's own processes (<see cref="PrivatePostgres"/>,
/// <see cref="PrivateKafka"/>), restarted by the ids of the processes it started; the shared ones are not touched.
/// </summary>
[Collection(ClusterFaultsGroup.Name)]
[Trait("Category", "Postgres")]
[Trait("Category", "Kafka")]
public sealed class FaultTests(ITestOutputHelper output)
{
    private const string Prefix = "sfwire.faults.";
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan Reactivation = TimeSpan.FromSeconds(30);

    private readonly Stopwatch _clock = Stopwatch.StartNew();

    [Fact]
    public async Task ThreeSilos_KillStopDatabaseAndBrokerRestarts_EveryFirmEqualsTheFaultFreeRun()
    {
        await using var pg = await PrivatePostgres.StartAsync();
        await new SchemaMigrator(NullLogger<SchemaMigrator>.Instance).MigrateAsync(pg.ConnectionString, CancellationToken.None);
        Log($"private PostgreSQL on port {pg.Port} (postmaster {pg.ProcessId})");
        await using var kafka = await PrivateKafka.StartAsync();
        var topics = kafka.Client.EnsureTopics(Prefix, 4);
        Log($"private Kafka on port {kafka.BrokerPort} (pid {kafka.BrokerId}), topics created");

        using var stream = SimulatedStream.Create("faults", 20261205);
        var slices = stream.Slices(5);
        var settings = ReferenceRun.ClusterSettings(kafka.BootstrapServers, Prefix, "sf-test-faults", pg.ConnectionString, "faults");

        var produced = SimulatedStream.Produce(kafka.Client, topics, slices[0]);
        await using var s1 = SiloProcess.Start("Cluster", settings);
        await using var s2 = SiloProcess.Start("Cluster", settings);
        await using var s3 = SiloProcess.Start("Cluster", settings);
        foreach (var silo in new[] { s1, s2, s3 })
        {
            await silo.WaitForAsync("/ready", r => r.GetProperty("status").GetString() == "Healthy", Step, "three silos ready");
        }

        // Placement decides where the first firms live: the silo to kill is one that hosts some (silo 1 below).
        var (a, b, c) = await ByFirmGrainsAsync(s1, s2, s3);
        var hosting = await a.GetJsonAsync("/health");
        Log($"three silos ready; {SiloHealth.FirmActivations(hosting)} firm grains on the one to kill (silo 1)");

        // 1. SIGKILL while deliveries are being consumed: its firms answer again through a survivor.
        produced += SimulatedStream.Produce(kafka.Client, topics, slices[1]);
        hosting = await a.GetJsonAsync("/health");
        a.Kill();
        var reactivated = await FirmPages.AllAnsweredAsync(b, stream.Sirens, Step);
        Log($"SIGKILL of silo 1 (it had {SiloHealth.FirmActivations(hosting)} firm grains): every firm page answered by silo 2 {reactivated.TotalSeconds:F1} s after the kill");
        Assert.True(reactivated <= Reactivation, $"the killed silo's firms answered only after {reactivated.TotalSeconds:F1} s (at most {Reactivation.TotalSeconds} s)");
        a.Restart();
        await a.WaitForAsync("/ready", r => r.GetProperty("status").GetString() == "Healthy", Step, "silo 1 ready after its restart");
        Log("silo 1 restarted and ready");

        // 2. Graceful stop (SIGTERM) and restart while deliveries are being consumed.
        produced += SimulatedStream.Produce(kafka.Client, topics, slices[2]);
        var exit = await b.TerminateAsync(Step);
        Assert.True(exit == 0, $"silo 2 exited with {exit} after SIGTERM:\n{b.Output[^Math.Min(4000, b.Output.Length)..]}");
        Log("silo 2 stopped by SIGTERM (exit 0)");
        b.Restart();
        await b.WaitForAsync("/ready", r => r.GetProperty("status").GetString() == "Healthy", Step, "silo 2 ready after its restart");
        Log("silo 2 restarted and ready");

        // 3. PostgreSQL stopped while deliveries arrive: the ingest waits for the store, never dead-letters.
        var all = new[] { a, b, c };
        var retriesBefore = new long[all.Length];
        for (var i = 0; i < all.Length; i++)
        {
            retriesBefore[i] = SiloHealth.StorageRetries(await all[i].GetJsonAsync("/health"));
        }

        await pg.StopAsync();
        Log("PostgreSQL stopped (fast shutdown)");
        produced += SimulatedStream.Produce(kafka.Client, topics, slices[3]);
        var met = "";
        await Eventually.Until(
            async () =>
            {
                for (var i = 0; i < all.Length; i++)
                {
                    var h = await all[i].WaitForAsync("/health", _ => true, Step, "an answer from /health");
                    if (SiloHealth.PausedForStorage(h) || SiloHealth.StorageRetries(h) > retriesBefore[i])
                    {
                        met = $"silo {i + 1} during the outage: paused {SiloHealth.PausedForStorage(h)}, {SiloHealth.StorageRetries(h) - retriesBefore[i]} storage retries, {SiloHealth.DeadLettered(h)} dead-lettered";
                        return true;
                    }
                }

                return false;
            },
            Step,
            () => "no silo's ingest met the storage outage (no pause, no storage retry)",
            TimeSpan.FromMilliseconds(250));
        Log(met);
        await pg.StartServerAsync();
        Log($"PostgreSQL started again (postmaster {pg.ProcessId})");

        // One fault at a time: the storage outage is over (no silo paused, every delivery so far applied) before
        // the broker goes. Overlapping them is not covered yet: a silo whose partitions were lost while paused for
        // the store was seen not to consume them again (docs/testing.md, "Cluster tests").
        var stored = DateTimeOffset.UtcNow;
        foreach (var silo in new[] { a, b, c })
        {
            await silo.WaitForAsync("/health", h => !SiloHealth.PausedForStorage(h), Step, "the ingest resumed after the storage outage");
        }

        await c.WaitDrainedAsync(stored, Step, "every delivery applied after the storage outage");
        Log("storage outage over: no silo paused, lag 0");

        // 4. The broker restarted while deliveries are being consumed.
        produced += SimulatedStream.Produce(kafka.Client, topics, slices[4]);
        await kafka.StopBrokerAsync();
        Log("Kafka broker stopped (SIGTERM)");
        await kafka.StartBrokerAsync();
        var restarted = DateTimeOffset.UtcNow;
        Log($"Kafka broker started again (pid {kafka.BrokerId})");

        try
        {
            await c.WaitDrainedAsync(restarted, Step, "every delivery applied after the faults");
        }
        catch (TimeoutException ex)
        {
            var states = new List<string>();
            foreach (var silo in new[] { a, b, c })
            {
                states.Add(await silo.Http.GetStringAsync(new Uri("/health", UriKind.Relative)));
            }

            throw new TimeoutException($"{ex.Message}\nevery silo's /health:\n{string.Join('\n', states)}", ex);
        }
        foreach (var silo in new[] { a, b, c })
        {
            await silo.WaitForAsync("/ready", r => r.GetProperty("status").GetString() == "Healthy", Step, "every silo ready at the end");
            Assert.Equal(0L, SiloHealth.DeadLettered(await silo.GetJsonAsync("/health")));
        }

        var deadLetters = kafka.Client.EndOffsets(topics.DeadLetter).Sum(o => o.Offset.Value);
        Assert.True(deadLetters == 0, $"{deadLetters} message(s) in {topics.DeadLetter}");
        Log($"drained: {produced} events, lag 0, no dead letter");

        var pages = await FirmPages.ReadAsync(c, stream.Sirens);
        var reference = await ReferenceRun.PagesAsync(kafka.BootstrapServers, Prefix, "sf-test-faults-reference", produced, stream.Sirens, Step);
        var alerts = FirmPages.AssertEqual(reference, pages, stream.Sirens, "faults");
        Log($"{stream.Sirens.Count} firms, {alerts} alert ids: all equal to the fault-free run");
    }

    /// <summary>The three silos, the one with the most firm grains first, once firms are active.</summary>
    private static async Task<(SiloProcess, SiloProcess, SiloProcess)> ByFirmGrainsAsync(params SiloProcess[] silos)
    {
        var counts = new long[silos.Length];
        await Eventually.Until(
            async () =>
            {
                for (var i = 0; i < silos.Length; i++)
                {
                    // Any answer, 503 included (a check slow under load): no firm data counts as none.
                    counts[i] = SiloHealth.FirmActivations(await silos[i].WaitForAsync("/health", _ => true, Step, "an answer from /health"));
                }

                return counts.Any(n => n > 0);
            },
            Step,
            () => $"no firm grain on any silo: {string.Join(", ", counts)}",
            TimeSpan.FromMilliseconds(500));
        var ordered = silos.Zip(counts).OrderByDescending(p => p.Second).Select(p => p.First).ToArray();
        return (ordered[0], ordered[1], ordered[2]);
    }

    private void Log(string line) => output.WriteLine($"{_clock.Elapsed.TotalSeconds,6:F1} s  {line}");
}
