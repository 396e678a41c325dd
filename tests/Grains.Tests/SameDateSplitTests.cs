using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using CsCheck;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Grains.Firms;
using SignauxFaibles.Grains.Tests.Infrastructure;
using SignauxFaibles.TestSupport;
using Xunit.Abstractions;

namespace SignauxFaibles.Grains.Tests;

/// <summary>
/// One decision per delivery date, whatever the calls a date's events come in (docs/alerts.md, "One decision per
/// delivery date"): a simulated firm's ordered events, cut into grain calls at random points (a date split over
/// several calls, several dates in one call), end in the same stored firm state and the same alert events, field
/// for field, as the same events delivered one call per date. Scored with the shipped tree model, whose
/// top-feature values can move within a date while the score and the transition stay the same.
/// </summary>
[Collection(ShippedModelCluster.Name)]
public class SameDateSplitTests(ShippedModelClusterFixture fixture, ITestOutputHelper output)
{
    private const int Firms = 100;
    private const int Months = 36;
    private const string Topic = "sim.split";
    private static readonly Month Start = Month.Of(2021, 1);

    private static readonly JsonSerializerOptions Json = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    [Fact]
    public async Task ApplyAsync_DatesSplitAtRandomPoints_SameStateAndAlertsAsOneCallPerDate()
    {
        Assert.Equal(ShippedModel.Id, fixture.ActiveModelId);
        var population = SimulatedPopulation.Run(Firms, Months, seed: 7, Start);
        var byFirm = population.Events.GroupBy(e => e.Siren, StringComparer.Ordinal)
            .Select(g => g.ToArray())
            .ToArray();

        // The reference: each firm's events, one call per delivery date.
        var references = new Dictionary<string, Outcome>(StringComparer.Ordinal);
        foreach (var events in byFirm)
        {
            references[events[0].Siren] = await FeedAsync(events, DateBoundaries(events));
        }

        // Firms with alerts and with at least one date of several events: the ones a split can affect.
        var firms = byFirm
            .Where(e => references[e[0].Siren].History.Length > 0 && e.GroupBy(x => x.DeliveredOn).Any(g => g.Count() > 1))
            .ToArray();
        output.WriteLine($"{population.Events.Count} events of {byFirm.Length} firms; {firms.Length} with alerts, "
            + $"{firms.Sum(f => references[f[0].Siren].History.Length)} alert events in the reference");
        Assert.True(firms.Length >= 5, $"only {firms.Length} simulated firms with alerts");

        var splits = 0;
        var supersededPublished = 0;
        var gen =
            from firm in Gen.Int[0, firms.Length - 1]
            from density in Gen.Int[1, 100]
            from draws in Gen.Int[0, 99].Array[firms[firm].Length - 1]
            select (Events: firms[firm], Cuts: Cuts(draws, density));
        await gen.SampleAsync(
            async t =>
            {
                var siren = t.Events[0].Siren;
                var expected = references[siren];
                var actual = await FeedAsync(t.Events, t.Cuts);
                splits += SplitDates(t.Events, t.Cuts);

                Assert.Equal(JsonSerializer.Serialize(expected.History, Json), JsonSerializer.Serialize(actual.History, Json));
                // Every alert event of the firm's history was published, last in its final version.
                Assert.Equal(expected.Latest, actual.Latest);
                Assert.Equal(expected.State, actual.State);
                supersededPublished += actual.Published.Select(a => a.Id).Distinct().Count(id => !actual.History.Any(a => a.Id == id));
            },
            iter: 100,
            threads: 1,
            print: t => $"firm {t.Events[0].Siren}, calls cut before events [{string.Join(", ", t.Cuts)}]");
        output.WriteLine($"{splits} dates split over several calls; {supersededPublished} superseded events had been published");
    }

    /// <summary>Feeds <paramref name="events"/> to their firm, wiped first, in calls starting at <paramref name="cuts"/>.</summary>
    private async Task<Outcome> FeedAsync(FirmEvent[] events, ImmutableArray<int> cuts)
    {
        var siren = events[0].Siren;
        await fixture.ResetAsync(siren);
        var grain = fixture.Client.GetGrain<IFirmGrain>(siren);
        var sourced = events.Select((e, i) => new SourcedEvent(new SourcePosition(Topic, 0, i), e)).ToArray();
        var bounds = cuts.Prepend(0).Append(events.Length).Distinct().Order().ToArray();
        for (var i = 0; i + 1 < bounds.Length; i++)
        {
            await grain.ApplyAsync(new FirmBatch(siren, [.. sourced[bounds[i]..bounds[i + 1]]]));
        }

        var state = await fixture.ReadStateAsync(siren);
        var published = fixture.Alerts.Of(siren);
        return new Outcome(Comparable(state), state.AlertHistory, published, Latest(published, state.AlertHistory));
    }

    /// <summary>The latest publication of each event of <paramref name="history"/>, as JSON, in the history's order.</summary>
    private static string Latest(IReadOnlyList<AlertEvent> published, ImmutableArray<AlertEvent> history) =>
        JsonSerializer.Serialize(history.Select(h => published.LastOrDefault(p => p.Id == h.Id)), Json);

    /// <summary>
    /// The stored state as JSON, without the score-change bookkeeping: the score outbox is cleared in memory and
    /// written with the next change, and its sequence counts every published score change, a date's partial
    /// evaluations included (docs/alerts.md, "One decision per delivery date"); the score, level and standing
    /// the changes were made with stay compared.
    /// </summary>
    private static string Comparable(FirmGrainState state)
    {
        var node = JsonSerializer.SerializeToNode(state, Json)!.AsObject();
        node.Remove(nameof(FirmGrainState.ScoreOutbox));
        node.Remove(nameof(FirmGrainState.ScoreSequence));
        return node.ToJsonString();
    }

    private static ImmutableArray<int> DateBoundaries(FirmEvent[] events) =>
        [.. Enumerable.Range(1, events.Length - 1).Where(i => events[i].DeliveredOn != events[i - 1].DeliveredOn)];

    /// <summary>A cut before event i + 1 wherever the draw falls under the density (1 to 100 %).</summary>
    private static ImmutableArray<int> Cuts(int[] draws, int density) =>
        [.. Enumerable.Range(0, draws.Length).Where(i => draws[i] < density).Select(i => i + 1)];

    /// <summary>How many delivery dates the cuts split.</summary>
    private static int SplitDates(FirmEvent[] events, ImmutableArray<int> cuts) =>
        cuts.Select(c => events[c].DeliveredOn).Where((d, i) => events[cuts[i] - 1].DeliveredOn == d).Distinct().Count();

    private sealed record Outcome(string State, ImmutableArray<AlertEvent> History, IReadOnlyList<AlertEvent> Published, string Latest);
}
