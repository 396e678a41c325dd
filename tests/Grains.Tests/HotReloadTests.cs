using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Grains.Feed;
using SignauxFaibles.Grains.Tests.Infrastructure;
using SignauxFaibles.Models;
using Xunit.Abstractions;

namespace SignauxFaibles.Grains.Tests;

/// <summary>
/// Hot reload: a simulated population is streamed through the grains of a two-silo cluster (concurrent
/// batches, in delivery order) and a second model version (its own intercept and thresholds, read from the
/// model store) is activated while a poll is being applied. No event may be lost, every alert the firms
/// emit once the switch completed carries the new version, and every scored firm ends re-scored with it.
/// </summary>
[Collection(ModelCluster.Name)]
public class HotReloadTests(ModelClusterFixture fixture, ITestOutputHelper output)
{
    private const int Firms = 300;
    private const int Months = 24;
    private const int DaysPerPoll = 7;
    private const string NewVersion = "transparent-logit-hot-2";
    private static readonly Month Start = Month.Of(2021, 1);

    [Fact]
    public async Task ActivateAsync_WhileIngesting_LosesNoEventAndEveryLaterAlertCarriesTheNewVersion()
    {
        var clock = Stopwatch.StartNew();
        var directory = fixture.WriteVersion(NewVersion, intercept: -3.5, new AlertThresholds(Eleve: 0.12, Modere: 0.035, Hysteresis: 0.15));
        var newScorer = new ModelArtifactReader([new TransparentScorerFactory()]).Read(directory).Scorer;
        await fixture.ActivateAndWaitAsync(ModelClusterFixture.BuiltInId);
        var population = SimulatedPopulation.Run(Firms, Months, seed: 23, Start);
        var events = population.Events;
        var sirens = events.Select(e => e.Siren).Distinct().ToArray();
        output.WriteLine($"simulated {events.Count} events of {sirens.Length} firms at {clock.Elapsed}");
        await using var collector = await AlertCollector.StartAsync(fixture.Client);

        var (expectedPositions, marker, switchPoll, markerPoll, polls) = await IngestSwitchingMidwayAsync(events, sirens);
        output.WriteLine($"{polls} polls; activation during poll {switchPoll}, every silo switched before poll {markerPoll}; ingested at {clock.Elapsed}");
        await fixture.WaitForRescoreAsync(NewVersion);
        var rescores = fixture.SiloRescores();
        output.WriteLine($"re-scoring: {string.Join("; ", rescores.Select(r => $"{r!.Done}/{r.Total} done, {r.Rescored} re-scored, {r.Failed} failed"))} at {clock.Elapsed}");
        Assert.All(rescores, r => Assert.Equal((NewVersion, r!.Total, 0), (r.ModelId, r.Done, r.Failed)));

        // No event lost: every firm applied every position it was sent and computes the batch features.
        var byFirm = events.GroupBy(e => e.Siren).ToDictionary(g => g.Key, g => g.ToList());
        var mismatches = new ConcurrentBag<string>();
        var alerts = new ConcurrentBag<AlertEvent>();
        var scored = 0;
        await Parallel.ForEachAsync(sirens, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (siren, ct) =>
        {
            var grain = fixture.Client.GetGrain<IFirmGrain>(siren);
            var positions = (await grain.GetPositionsAsync(ct)).Select(p => (p.Topic, p.Partition, p.Offset)).Order();
            var expected = expectedPositions[siren].Select(p => (p.Key.Topic, p.Key.Partition, p.Value)).Order();
            if (!positions.SequenceEqual(expected))
            {
                mismatches.Add($"{siren}: positions {string.Join(",", positions)} expected {string.Join(",", expected)}");
            }

            var history = FirmHistory.Build(siren, byFirm[siren]);
            foreach (var row in await grain.GetFeaturesAsync(Start, Start.AddMonths(Months), ct))
            {
                if (!FeatureCalculator.Compute(history, row.Month).SameValues(new FeatureVector(siren, row.Month, row.Values)))
                {
                    mismatches.Add($"{siren} {row.Month}: features differ from the batch computation");
                }
            }

            var summary = await grain.GetSummaryAsync(ct);
            if (summary.Score is { } score)
            {
                Interlocked.Increment(ref scored);
                var expectedScore = newScorer.Score(FeatureCalculator.Compute(history, summary.Month!.Value)).Probability;
                if (summary.ModelVersion != NewVersion || score != expectedScore)
                {
                    mismatches.Add($"{siren}: score {score} of {summary.ModelVersion}, expected {expectedScore} of {NewVersion}");
                }
            }

            foreach (var alert in await grain.GetAlertHistoryAsync(ct))
            {
                alerts.Add(alert);
            }
        });
        Assert.True(mismatches.IsEmpty, $"{mismatches.Count} mismatches, e.g.:\n" + string.Join("\n", mismatches.Take(10)));
        Assert.True(scored > Firms / 2, $"{scored} firms scored");

        // Every alert produced after the switch completed (a firm transition numbered after the firm's last
        // one at that moment) carries the new version, as kept by the firms and as published on the stream.
        var published = await collector.AllAsync(alerts.Count);
        // The stream also carries this fixture's other tests' firms, and events superseded within their delivery date.
        var after = alerts.Concat(published).Where(a => marker.TryGetValue(a.Siren, out var last) && a.Sequence > last).ToArray();
        var before = alerts.Where(a => a.Sequence <= marker[a.Siren]).ToArray();
        output.WriteLine($"{before.Length} alerts kept before the switch, {after.Length} kept or published after it, {published.Count} published while following");
        Assert.Contains(before, a => a.ModelVersion == ModelClusterFixture.BuiltInId);
        Assert.True(after.Length > 0, "no alert after the switch: the test would prove nothing");
        Assert.All(after, a => Assert.Equal(NewVersion, a.ModelVersion));
        output.WriteLine($"done at {clock.Elapsed}");
    }

    /// <summary>
    /// Feeds the events in delivery order, a poll of a few delivery days at a time, each poll's batches
    /// concurrently. A third of the way in, the new version is activated while a poll is in flight; before the
    /// first poll that starts after every silo switched, each firm's latest alert sequence number is noted.
    /// </summary>
    private async Task<(Dictionary<string, Dictionary<(string Topic, int Partition), long>> Positions, Dictionary<string, int> Marker, int SwitchPoll, int MarkerPoll, int Polls)>
        IngestSwitchingMidwayAsync(IReadOnlyList<FirmEvent> events, string[] sirens)
    {
        // Fed from inside a silo, as the silo's feed does (half the firms live on the other silo).
        var grains = fixture.Cluster.GetSiloServiceProvider().GetRequiredService<IGrainFactory>();
        var log = new SimulatedLog("hot", partitions: 8);
        var positions = sirens.ToDictionary(s => s, _ => new Dictionary<(string Topic, int Partition), long>());
        var polls = new List<FirmEvent[]>();
        for (var start = 0; start < events.Count;)
        {
            var until = events[start].DeliveredOn.AddDays(DaysPerPoll);
            var end = start;
            while (end < events.Count && events[end].DeliveredOn < until)
            {
                end++;
            }

            polls.Add([.. events.Skip(start).Take(end - start)]);
            start = end;
        }

        var switchPoll = polls.Count / 3;
        Task? switching = null;
        Dictionary<string, int>? marker = null;
        var markerPoll = -1;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 16 };
        for (var i = 0; i < polls.Count; i++)
        {
            if (marker is null && switching is { IsCompleted: true })
            {
                await switching;
                marker = await LastSequencesAsync(sirens);
                markerPoll = i;
            }

            var batches = log.AppendBatches(polls[i]);
            foreach (var e in batches.SelectMany(b => b.Events))
            {
                positions[e.Event.Siren][(e.Position.Topic, e.Position.Partition)] = e.Position.Offset;
            }

            var applying = Parallel.ForEachAsync(batches, parallel, async (batch, ct) =>
                await grains.GetGrain<IFirmGrain>(batch.Siren).ApplyAsync(batch, ct));
            if (i == switchPoll)
            {
                switching = Task.Run(async () =>
                {
                    var result = await fixture.Registry.ActivateAsync(NewVersion);
                    Assert.True(result.Accepted, result.Message);
                    await fixture.WaitForSwitchAsync(NewVersion);
                });
            }

            await applying;
        }

        Assert.True(marker is not null, "the switch did not complete before the end of the ingestion");
        return (positions, marker, switchPoll, markerPoll, polls.Count);
    }

    private async Task<Dictionary<string, int>> LastSequencesAsync(string[] sirens)
    {
        var last = new ConcurrentDictionary<string, int>();
        await Parallel.ForEachAsync(sirens, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (siren, ct) =>
        {
            var history = await fixture.Client.GetGrain<IFirmGrain>(siren).GetAlertHistoryAsync(ct);
            last[siren] = history.IsEmpty ? -1 : history.Max(a => a.Sequence);
        });
        return new Dictionary<string, int>(last);
    }
}
