using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Perimeter;
using SignauxFaibles.Domain.Population;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Grains.Feed;
using SignauxFaibles.Grains.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SignauxFaibles.Grains.Tests;

/// <summary>
/// The live path equals the batch path: a simulated population streamed through firm grains in delivery
/// order (with the simulator's duplicates, late headcounts and corrections, plus redelivered batches and
/// grains deactivated mid-stream) ends with, for every firm and every month, the feature vector the batch
/// computation gives from the firm's full history, and the procédure state, closure and level (en procédure,
/// fermée) the batch population rule gives.
/// </summary>
[Collection(SharedCluster.Name)]
public class StreamingEqualsBatchTests(ClusterFixture fixture, ITestOutputHelper output)
{
    private const int Firms = 2000;
    private const int Months = 36;
    private const int DaysPerPoll = 7;
    private static readonly Month Start = Month.Of(2021, 1);

    [Fact]
    public async Task Features_StreamedThroughGrains_EqualTheBatchComputationFromFullHistory()
    {
        var clock = Stopwatch.StartNew();
        var population = SimulatedPopulation.Run(Firms, Months, seed: 7, Start);
        var events = population.Events;
        Assert.True(population.Summary.Duplicates > 0, "the simulator should redeliver some facts");
        Assert.True(population.Summary.Corrections > 0, "the simulator should correct some facts");
        Assert.Contains(events, e => e is EffectifEntreprise { Months: [var first, ..] } ent && Month.From(ent.DeliveredOn).MonthsSince(first.Month) >= 3);
        var sirens = events.Select(e => e.Siren).Distinct().ToArray();
        Assert.True(sirens.Length >= Firms, $"{sirens.Length} firms");
        output.WriteLine($"simulated {events.Count} events of {sirens.Length} firms in {clock.Elapsed}");

        var (batches, redelivered, deactivated) = await StreamAsync(events);
        output.WriteLine($"streamed in {batches} batches ({redelivered} redelivered, {deactivated} deactivations) at {clock.Elapsed}");

        var mismatches = await CompareAsync(events, sirens);
        output.WriteLine($"compared {sirens.Length} firms x {Months} months at {clock.Elapsed}");
        Assert.True(mismatches.IsEmpty, $"{mismatches.Count} mismatching firm-months, e.g.:\n" + string.Join("\n", mismatches.Take(10)));

        var (standings, standingMismatches) = await CompareStandingsAsync(events, sirens);
        output.WriteLine("standings: " + string.Join(", ", standings.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value}")));
        Assert.True(standingMismatches.IsEmpty, $"{standingMismatches.Count} firms whose streamed standing or level differs, e.g.:\n" + string.Join("\n", standingMismatches.Take(10)));
        Assert.True(standings.GetValueOrDefault(AlertLevel.EnProcedure.Code()) > 0, "the simulated population should have firms en procédure");
    }

    /// <summary>Feeds the events in delivery order, a poll of a few delivery days at a time.</summary>
    private async Task<(int Batches, int Redelivered, int Deactivated)> StreamAsync(IReadOnlyList<FirmEvent> events)
    {
        var grains = fixture.Cluster.GetSiloServiceProvider().GetRequiredService<IGrainFactory>();
        var log = new SimulatedLog("sim", partitions: 8);
        var random = new Random(11);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 16 };
        int batches = 0, redelivered = 0, deactivated = 0, polls = 0;
        var start = 0;
        while (start < events.Count)
        {
            var until = events[start].DeliveredOn.AddDays(DaysPerPoll);
            var end = start;
            while (end < events.Count && events[end].DeliveredOn < until)
            {
                end++;
            }

            var poll = log.AppendBatches(events.Skip(start).Take(end - start));
            start = end;
            batches += poll.Count;
            await Parallel.ForEachAsync(poll, parallel, async (batch, ct) =>
                await grains.GetGrain<IFirmGrain>(batch.Siren).ApplyAsync(batch, ct));

            // As after a consumer restart: some batches of the poll arrive again.
            var again = poll.Where(_ => random.NextDouble() < 0.03).ToArray();
            redelivered += again.Length;
            await Parallel.ForEachAsync(again, parallel, async (batch, ct) =>
            {
                var outcome = await grains.GetGrain<IFirmGrain>(batch.Siren).ApplyAsync(batch, ct);
                Assert.Equal((0, batch.Events.Length, false), (outcome.Applied, outcome.Duplicates, outcome.Changed));
            });

            // As after a silo restart or idle collection: some grains come back from their stored state.
            if (++polls % 8 == 0)
            {
                foreach (var batch in poll.Where(_ => random.NextDouble() < 0.05))
                {
                    await fixture.Cluster.DeactivateAsync(grains.GetGrain<IFirmGrain>(batch.Siren));
                    deactivated++;
                }
            }
        }

        return (batches, redelivered, deactivated);
    }

    /// <summary>
    /// The scored population (docs/alerts.md): the grain's procédure state, closure and level at the month it
    /// scores equal the batch <see cref="PopulationRule"/> on the full history; a firm in perimeter en procédure
    /// or closed has that level, any other firm neither. Returns the count of each level and the mismatches.
    /// </summary>
    private async Task<(ConcurrentDictionary<string, int> Levels, ConcurrentBag<string> Mismatches)> CompareStandingsAsync(IReadOnlyList<FirmEvent> events, string[] sirens)
    {
        var grains = fixture.Cluster.GetSiloServiceProvider().GetRequiredService<IGrainFactory>();
        var byFirm = events.GroupBy(e => e.Siren).ToDictionary(g => g.Key, g => g.ToList());
        var levels = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var mismatches = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(sirens, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (siren, ct) =>
        {
            var batch = FirmHistory.Build(siren, byFirm[siren]);
            if (batch.LastMonth is not { } month)
            {
                return;
            }

            var expected = PopulationRule.Evaluate(batch, month.EndExclusive.AddDays(-1));
            var inPerimeter = PerimeterRule.Evaluate(batch, month).IsInPerimeter;
            var summary = await grains.GetGrain<IFirmGrain>(siren).GetSummaryAsync(ct);
            levels.AddOrUpdate(summary.Level.Code(), 1, (_, n) => n + 1);
            if (expected.Procedure.IsPlan())
            {
                levels.AddOrUpdate(expected.Procedure.Code(), 1, (_, n) => n + 1);
            }

            var levelOk = !inPerimeter ? summary.Level == AlertLevel.HorsPerimetre
                : expected.ExcludedLevel is { } excluded ? summary.Level == excluded
                : summary.Level is not (AlertLevel.EnProcedure or AlertLevel.Fermee or AlertLevel.HorsPerimetre);
            if (summary.ProcedureCollective != expected.Procedure || summary.ProcedureDate != expected.ProcedureDate
                || summary.Fermeture != expected.Fermeture || !levelOk)
            {
                mismatches.Add($"{siren} {month}: batch {expected.Procedure} {expected.ProcedureDate} {expected.Fermeture} (perimeter {inPerimeter}), "
                    + $"streamed {summary.ProcedureCollective} {summary.ProcedureDate} {summary.Fermeture} level {summary.Level}");
            }
        });
        return (levels, mismatches);
    }

    private async Task<ConcurrentBag<string>> CompareAsync(IReadOnlyList<FirmEvent> events, string[] sirens)
    {
        var grains = fixture.Cluster.GetSiloServiceProvider().GetRequiredService<IGrainFactory>();
        var byFirm = events.GroupBy(e => e.Siren).ToDictionary(g => g.Key, g => g.ToList());
        var mismatches = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(sirens, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (siren, ct) =>
        {
            var batch = FirmHistory.Build(siren, byFirm[siren]);
            var streamed = await grains.GetGrain<IFirmGrain>(siren).GetFeaturesAsync(Start, Start.AddMonths(Months), ct);
            Assert.Equal(Months, streamed.Length);
            foreach (var row in streamed)
            {
                var expected = FeatureCalculator.Compute(batch, row.Month);
                var actual = new FeatureVector(siren, row.Month, row.Values);
                if (!expected.SameValues(actual))
                {
                    var names = Enumerable.Range(0, FeatureSchema.Count)
                        .Where(i => BitConverter.DoubleToInt64Bits(expected.Values[i]) != BitConverter.DoubleToInt64Bits(actual.Values[i])
                            && !(double.IsNaN(expected.Values[i]) && double.IsNaN(actual.Values[i])))
                        .Select(i => $"{FeatureSchema.All[i].Name} batch {expected.Values[i]} streamed {actual.Values[i]}");
                    mismatches.Add($"{siren} {row.Month}: {string.Join("; ", names)}");
                }
            }
        });
        return mismatches;
    }
}
