using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.TestingHost;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Domain.Scoring.Trees;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Grains;
using SignauxFaibles.Grains.Feed;
using SignauxFaibles.Grains.Firms;
using SignauxFaibles.Training.Labels;
using SignauxFaibles.Training.Panel;
using SignauxFaibles.Training.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SignauxFaibles.Training.Tests;

/// <summary>
/// Streaming/batch parity of scores: a simulated population streamed month by month, in delivery order,
/// through firm grains of an in-process silo whose <see cref="IRiskScorer"/> is the trained
/// <see cref="TreeEnsembleScorer"/>, holds for every firm the score the trainer's batch panel gives for the
/// same firm-month. The grain scores its latest month with everything delivered so far; when that month is
/// the month just streamed, the trainer's panel row (features stored as float) is the reference; when it is
/// earlier (the firm's latest fact is last month's), the reference is the batch computation of the same
/// firm-month from the events delivered by then.
/// </summary>
[Collection(TrainedModel.Name)]
public sealed class ScoreParityTests(TrainedFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Firms = 300;
    private const int Months = 24;

    // The silo configurator runs inside the cluster builder: it reads the scorer of the test being set up.
    private static TreeEnsembleScorer? s_scorer;

    private InProcessTestCluster _cluster = null!;

    private TreeEnsembleScorer Scorer { get; } = new(
        new ModelVersion("parity-1", new AlertThresholds(0.3, 0.1, 0.15), "trained on the test simulation"), fixture.Result.Ensemble);

    public async Task InitializeAsync()
    {
        s_scorer = Scorer;
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage(FirmGrain.StorageName)
                .AddMemoryGrainStorage("PubSubStore")
                .AddMemoryStreams(AlertStreams.Provider);
            silo.Services.AddSingleton<IRiskScorer>(s_scorer!);
            silo.Services.AddFirmGrains();
        });
        builder.ConfigureClient(client => client.AddMemoryStreams(AlertStreams.Provider));
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task Scores_StreamedThroughGrainsMonthByMonth_EqualTrainerBatchScores()
    {
        var clock = Stopwatch.StartNew();
        using var simulation = new SmallSimulation(Firms, Months, seed: 5);
        var events = simulation.Events;

        // The trainer's batch side: every in-perimeter firm-month of the log, scored from the float panel.
        var panel = new PanelBuilder(new FirmSplit(1, 0), _ => true, (_, _) => true)
            .Build(EventSource.FromEvents(events).Blocks(null, CancellationToken.None), null, CancellationToken.None);
        var batch = new Dictionary<(string, int), double>();
        for (var r = 0; r < panel.Count; r++)
        {
            batch[(panel.FirmOf(r).Siren, panel.MonthOf(r).Index)] = Scorer.Probability(panel.Row(r));
        }

        output.WriteLine($"simulated and built the batch panel ({panel.Count} firm-months) in {clock.Elapsed}");

        var grains = _cluster.GetSiloServiceProvider().GetRequiredService<IGrainFactory>();
        var log = new SimulatedLog("parity", partitions: 4);
        var byFirm = events.GroupBy(e => e.Siren).ToDictionary(g => g.Key, g => g.ToList());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var mismatches = new ConcurrentBag<string>();
        int samePanelMonth = 0, earlierMonth = 0;
        var start = 0;
        while (start < events.Count)
        {
            // Everything delivered in one month, in delivery order.
            var month = Month.From(events[start].DeliveredOn);
            var end = start;
            while (end < events.Count && Month.From(events[end].DeliveredOn) == month)
            {
                seen.Add(events[end].Siren);
                end++;
            }

            var batches = log.AppendBatches(events.Skip(start).Take(end - start));
            start = end;
            await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (b, ct) =>
                await grains.GetGrain<IFirmGrain>(b.Siren).ApplyAsync(b, ct));

            var cut = PointInTime.CutOf(month);
            await Parallel.ForEachAsync(seen, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (siren, ct) =>
            {
                var summary = await grains.GetGrain<IFirmGrain>(siren).GetSummaryAsync(ct);
                if (summary.Score is not { } held || summary.Month is not { } scored)
                {
                    return;
                }

                Assert.Equal("parity-1", summary.ModelVersion);
                double expected;
                if (scored == month)
                {
                    if (!batch.TryGetValue((siren, month.Index), out expected))
                    {
                        mismatches.Add($"{siren} {month}: scored by the grain, not in the trainer's perimeter panel");
                        return;
                    }

                    Interlocked.Increment(ref samePanelMonth);
                }
                else
                {
                    var history = FirmHistory.Build(siren, byFirm[siren], cut);
                    expected = Scorer.Probability(FeatureCalculator.Compute(history, scored).Values.AsSpan());
                    Interlocked.Increment(ref earlierMonth);
                }

                if (Math.Abs(held - expected) > 1e-9)
                {
                    mismatches.Add($"{siren} {scored} (streamed to {month}): grain {held:R}, batch {expected:R}");
                }
            });
        }

        output.WriteLine($"compared {samePanelMonth} firm-months against the trainer's panel and {earlierMonth} against the batch recomputation in {clock.Elapsed}");
        Assert.True(samePanelMonth >= Firms && earlierMonth > 0, $"only {samePanelMonth} firm-months compared against the panel");
        Assert.True(mismatches.IsEmpty, $"{mismatches.Count} mismatches, e.g.:\n" + string.Join("\n", mismatches.Take(10)));
    }
}
