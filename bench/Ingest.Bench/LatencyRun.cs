using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Confluent.Kafka;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Ingest.Configuration;
using SignauxFaibles.Ingest.Consuming;
using SignauxFaibles.Ingest.Producing;
using SignauxFaibles.Ingest.Topics;

namespace SignauxFaibles.Ingest.Bench;

/// <summary>
/// Latency mode: produce -> Kafka -> ingest -> firm grain -> alert on the alerts topic, read back by a
/// separate consumer. Seeds the firms (not measured), then produces one debit per firm per tick at a steady
/// rate (see <see cref="LatencyEvents"/>) and joins every alert to the produce time of its triggering debit
/// by (SIREN, asOf). Alerts whose debit was produced in the warm-up are left out.
/// </summary>
internal static class LatencyRun
{
    public static readonly EventSchema[] Schemas = [EventSchemas.Cotisation, EventSchemas.Debit, EventSchemas.EffectifEntreprise];

    public static async Task<int> RunAsync(BenchSettings settings, IConfiguration configuration, KafkaOptions kafka, KafkaProducerHandle handle, TopicNames topics)
    {
        var worst = 0;
        foreach (var durable in settings.DurableRuns)
        {
            if (durable)
            {
                await using var database = await BenchDatabase.CreateAsync(settings.Postgres, CancellationToken.None);
                Console.WriteLine($"== durable: firm state on PostgreSQL (ADO.NET provider), database {database.Name}");
                worst = Math.Max(worst, await RunOnceAsync(settings, configuration, kafka, handle, topics, database.ConnectionString));
                var (meanState, maxState) = await database.FirmStateSizeAsync();
                Console.WriteLine($"firm state in PostgreSQL: {meanState:N0} B on average, {maxState:N0} B at most");
            }
            else
            {
                Console.WriteLine("== in-memory firm state");
                worst = Math.Max(worst, await RunOnceAsync(settings, configuration, kafka, handle, topics, null));
            }
        }

        return worst;
    }

    private static async Task<int> RunOnceAsync(BenchSettings settings, IConfiguration configuration, KafkaOptions kafka, KafkaProducerHandle handle, TopicNames topics, string? postgres)
    {
        var producer = new EventProducer(handle, topics);
        long failed = 0;
        void OnDelivered(DeliveryReport<string, byte[]> r)
        {
            if (r.Error.IsError)
            {
                Interlocked.Increment(ref failed);
            }
        }

        Console.WriteLine($"latency mode: {settings.Firms:N0} firms (1 in {LatencyEvents.StressedEvery} with a cycling debt), {settings.Rate:N0} events/s for {settings.Seconds} s, first {settings.WarmupSeconds} s left out");
        // The source topics may hold earlier runs: the ingest group starts at their current end.
        var group = $"bench-latency-{Guid.NewGuid():N}";
        using (var starter = new ConsumerBuilder<byte[], byte[]>(KafkaConfigFactory.Consumer(kafka, group, "bench-latency-start")).Build())
        {
            starter.Commit([.. Schemas.SelectMany(s => PartitionsOf(handle, topics.For(s))).Select(tp => new TopicPartitionOffset(tp, starter.QueryWatermarkOffsets(tp, TimeSpan.FromSeconds(10)).High))]);
        }

        using var host = BenchSilo.Build(configuration, group, [.. Schemas.Select(s => s.Name)], settings.MaxInFlight, postgres);
        await host.StartAsync();
        var ingest = host.Services.GetRequiredService<IngestConsumerService>();

        // The alerts consumer starts at the end of the topic, before anything is produced.
        using var alerts = new ConsumerBuilder<string, byte[]>(KafkaConfigFactory.Consumer(kafka, $"bench-alerts-{Guid.NewGuid():N}", "bench-alerts")).Build();
        var alertPartitions = PartitionsOf(handle, topics.Alerts);
        alerts.Assign(alertPartitions.Select(tp => new TopicPartitionOffset(tp, alerts.QueryWatermarkOffsets(tp, TimeSpan.FromSeconds(10)).High)));

        // 1. Seed, as fast as the producer goes, then wait until the silo applied it all (grains active, in the perimeter).
        var clock = Stopwatch.StartNew();
        long seeded = 0;
        for (var f = 0; f < settings.Firms; f++)
        {
            foreach (var e in LatencyEvents.Seed(f))
            {
                producer.Produce(e, OnDelivered, CancellationToken.None);
                seeded++;
            }
        }

        handle.Flush(TimeSpan.FromSeconds(30));
        while (ingest.Statistics.EventsApplied + ingest.Statistics.DeadLettered < seeded && clock.Elapsed < TimeSpan.FromMinutes(10))
        {
            await Task.Delay(100);
        }

        Console.WriteLine($"seed: {seeded:N0} events applied in {clock.Elapsed.TotalSeconds:F1} s ({ingest.Statistics})");

        // 2. Steady rate; the alerts reader runs alongside on its own thread.
        var produced = new ConcurrentDictionary<(string Siren, DateOnly AsOf), long>();
        var latencies = new ConcurrentBag<(long ProducedAt, double Ms, string Level)>();
        long unmatched = 0;
        using var stop = new CancellationTokenSource();
        var reader = Task.Factory.StartNew(
            () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var r = alerts.Consume(TimeSpan.FromMilliseconds(100));
                    if (r is null)
                    {
                        continue;
                    }

                    var at = Stopwatch.GetTimestamp();
                    using var doc = JsonDocument.Parse(r.Message.Value);
                    var root = doc.RootElement;
                    var key = (root.GetProperty("siren").GetString()!, DateOnly.Parse(root.GetProperty("asOf").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
                    if (produced.TryGetValue(key, out var sent))
                    {
                        latencies.Add((sent, Stopwatch.GetElapsedTime(sent, at).TotalMilliseconds, root.GetProperty("level").GetString()!));
                    }
                    else
                    {
                        Interlocked.Increment(ref unmatched);
                    }
                }
            },
            TaskCreationOptions.LongRunning);

        var meter = new ProcessMeter();
        var appliedBefore = ingest.Statistics.EventsApplied;
        var start = Stopwatch.GetTimestamp();
        var warmupEnd = start + (long)(settings.WarmupSeconds * Stopwatch.Frequency);
        var duration = TimeSpan.FromSeconds(settings.Seconds);
        long sentCount = 0;
        while (Stopwatch.GetElapsedTime(start) < duration)
        {
            var due = (long)(Stopwatch.GetElapsedTime(start).TotalSeconds * settings.Rate);
            for (; sentCount < due; sentCount++)
            {
                var firm = (int)(sentCount % settings.Firms);
                var tick = (int)(sentCount / settings.Firms);
                var debit = LatencyEvents.Tick(firm, tick);
                produced[(debit.Siren, debit.DeliveredOn)] = Stopwatch.GetTimestamp();
                producer.Produce(debit, OnDelivered, CancellationToken.None);
            }

            Thread.Sleep(1);
        }

        var steadySeconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        handle.Flush(TimeSpan.FromSeconds(10));

        // Let the last alerts arrive.
        var expectedApplied = appliedBefore + sentCount;
        var drain = Stopwatch.StartNew();
        while (ingest.Statistics.EventsApplied < expectedApplied && drain.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(50);
        }

        await Task.Delay(2000);
        await stop.CancelAsync();
        await reader;
        Console.WriteLine($"steady: {sentCount:N0} debits produced in {steadySeconds:F1} s = {sentCount / steadySeconds:N0} events/s ({failed} failed); applied {ingest.Statistics.EventsApplied - appliedBefore:N0} ({ingest.Statistics})");
        Console.WriteLine($"costs over the steady phase: {meter.Summary(ingest.Statistics.EventsApplied - appliedBefore)}");

        var window = latencies.Where(l => l.ProducedAt >= warmupEnd).Select(l => l.Ms).Order().ToArray();
        Console.WriteLine($"alerts read: {latencies.Count + unmatched:N0} ({unmatched} not joinable to a produced debit), {window.Length:N0} after the warm-up ({latencies.Where(l => l.ProducedAt >= warmupEnd).GroupBy(l => l.Level).Select(g => $"{g.Key} {g.Count()}").Aggregate((a, b) => a + ", " + b)})");
        if (window.Length > 0)
        {
            Console.WriteLine($"produce -> alert latency (ms): median {Percentile(window, 0.50):F1}, p95 {Percentile(window, 0.95):F1}, p99 {Percentile(window, 0.99):F1}, max {window[^1]:F1}");
        }

        await host.StopAsync();
        return window.Length > 0 ? 0 : 4;
    }

    private static double Percentile(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];

    private static List<TopicPartition> PartitionsOf(KafkaProducerHandle handle, string topic)
    {
        using var admin = new DependentAdminClientBuilder(handle.Producer.Handle).Build();
        return [.. admin.GetMetadata(topic, TimeSpan.FromSeconds(10)).Topics[0].Partitions.Select(p => new TopicPartition(topic, p.PartitionId))];
    }
}
