using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Grains.Tests.Infrastructure;

namespace SignauxFaibles.Grains.Tests;

[Collection(SharedCluster.Name)]
public class FirmGrainTests(ClusterFixture fixture)
{
    private readonly IClusterClient _client = fixture.Client;

    [Fact]
    public async Task ApplyAsync_BatchRedelivered_ChangesNothing()
    {
        var firm = FirmScenario.New();
        var grain = _client.GetGrain<IFirmGrain>(firm.Siren);
        var basics = firm.Basics();
        var debt = firm.Debt(1.0m);
        await grain.ApplyAsync(basics);
        var first = await grain.ApplyAsync(debt);
        var summary = await grain.GetSummaryAsync();
        var features = await grain.GetFeaturesAsync(firm.Through.AddMonths(-3), firm.Through.Next);
        var positions = await grain.GetPositionsAsync();
        var alerts = await grain.GetAlertHistoryAsync();

        var again = await grain.ApplyAsync(debt);
        var basicsAgain = await grain.ApplyAsync(basics);

        Assert.Equal((1, 0, true), (first.Applied, first.Duplicates, first.Changed));
        Assert.Equal((0, 1, false, 0), (again.Applied, again.Duplicates, again.Changed, again.AlertsEmitted));
        Assert.Equal((0, basics.Events.Length, false), (basicsAgain.Applied, basicsAgain.Duplicates, basicsAgain.Changed));
        Assert.Equal(summary, await grain.GetSummaryAsync());
        Same.Json(positions, await grain.GetPositionsAsync());
        Same.Json(alerts, await grain.GetAlertHistoryAsync());
        AssertSameFeatures(features, await grain.GetFeaturesAsync(firm.Through.AddMonths(-3), firm.Through.Next));
    }

    [Fact]
    public async Task ApplyAsync_BatchPartlyRedelivered_AppliesOnlyTheNewPositions()
    {
        var firm = FirmScenario.New();
        var grain = _client.GetGrain<IFirmGrain>(firm.Siren);
        var basics = firm.Basics();
        var half = basics with { Events = basics.Events[..(basics.Events.Length / 2)] };
        await grain.ApplyAsync(half);

        var outcome = await grain.ApplyAsync(basics);

        Assert.Equal(half.Events.Length, outcome.Duplicates);
        Assert.Equal(basics.Events.Length - half.Events.Length, outcome.Applied);
        Assert.Equal(new SourcePosition("test.events", 0, basics.Events[^1].Position.Offset), Assert.Single(await grain.GetPositionsAsync()));
    }

    [Fact]
    public async Task ApplyAsync_PositionRepeatedWithinABatchOnTwoPartitions_AppliesEachOnceAndKeepsOnePositionPerPartition()
    {
        var firm = FirmScenario.New();
        var grain = _client.GetGrain<IFirmGrain>(firm.Siren);
        var events = firm.Basics().Events;
        var onPartition1 = events[1] with { Position = new SourcePosition("test.events", 1, 7) };
        var batch = new FirmBatch(firm.Siren, [events[0], onPartition1, events[0], onPartition1 with { }, events[2]]);

        var outcome = await grain.ApplyAsync(batch);

        Assert.Equal((3, 2), (outcome.Applied, outcome.Duplicates));
        var positions = await grain.GetPositionsAsync();
        Assert.Equal(2, positions.Length);
        Assert.Contains(events[2].Position, positions);
        Assert.Contains(onPartition1.Position, positions);
    }

    [Fact]
    public async Task ApplyAsync_EventOfAnotherFirm_IsRejectedNotApplied()
    {
        var firm = FirmScenario.New();
        var other = FirmScenario.New();
        var grain = _client.GetGrain<IFirmGrain>(firm.Siren);

        var outcome = await grain.ApplyAsync(firm.Batch(other.Basics().Events.Select(e => e.Event)));

        Assert.Equal((0, other.Basics().Events.Length, false), (outcome.Applied, outcome.Rejected, outcome.Changed));
        Assert.Null((await grain.GetSummaryAsync()).Month);
    }

    [Fact]
    public async Task Deactivation_ThenReactivation_KeepsHistoryPositionsScoreAndAlerts()
    {
        var firm = FirmScenario.New();
        var grain = _client.GetGrain<IFirmGrain>(firm.Siren);
        await grain.ApplyAsync(firm.Basics());
        var debt = firm.Debt(4.0m);
        await grain.ApplyAsync(debt);
        var summary = await grain.GetSummaryAsync();
        var explanation = await grain.GetExplanationAsync();
        var features = await grain.GetFeaturesAsync(firm.Through.AddMonths(-12), firm.Through.Next);
        var positions = await grain.GetPositionsAsync();
        var alerts = await grain.GetAlertHistoryAsync();
        Assert.True(fixture.Cluster.TryGetGrainContext(grain.GetGrainId(), out _));

        await fixture.Cluster.DeactivateAsync(grain);

        Assert.False(fixture.Cluster.TryGetGrainContext(grain.GetGrainId(), out _));
        Assert.Equal(AlertLevel.Eleve, summary.Level);
        Assert.Equal(summary, await grain.GetSummaryAsync());
        Same.Json(explanation, await grain.GetExplanationAsync());
        Same.Json(positions, await grain.GetPositionsAsync());
        Same.Json(alerts, await grain.GetAlertHistoryAsync());
        AssertSameFeatures(features, await grain.GetFeaturesAsync(firm.Through.AddMonths(-12), firm.Through.Next));
        var redelivered = await grain.ApplyAsync(debt);
        Assert.Equal((0, 1), (redelivered.Applied, redelivered.Duplicates));
    }

    [Fact]
    public async Task ApplyAsync_LevelChanges_EmitsOneAlertPerChange()
    {
        await using var collector = await AlertCollector.StartAsync(_client);
        var firm = FirmScenario.New();
        var grain = _client.GetGrain<IFirmGrain>(firm.Siren);

        await grain.ApplyAsync(firm.Basics());          // pas d'alerte: nothing to say
        var modere = firm.Debt(1.0m);
        await grain.ApplyAsync(modere);                 // 4.3 %: -> modéré
        await grain.ApplyAsync(modere);                 // redelivered: nothing
        await grain.ApplyAsync(firm.Debt(1.2m));        // 5.0 %: still modéré, nothing
        await grain.ApplyAsync(firm.Debt(3.0m));        // 18.2 %: -> élevé

        var received = await collector.ForAsync(firm.Siren, expected: 2);
        Assert.Equal(
            [(AlertLevel.PasDAlerte, AlertLevel.Modere), (AlertLevel.Modere, AlertLevel.Eleve)],
            received.Select(a => (a.PreviousLevel, a.Level)));
        Assert.Equal([0, 1], received.Select(a => a.Sequence));
        Assert.All(received, a => Assert.True(a.PremiereAlerte));
        Assert.Equal("ratio_dette_cotisation", received[1].TopFeatures[0].Feature);
        Same.Json(received.ToArray(), (await grain.GetAlertHistoryAsync()).ToArray());
    }

    [Fact]
    public async Task ApplyAsync_ScoreHoveringUnderTheThreshold_KeepsTheLevel()
    {
        await using var collector = await AlertCollector.StartAsync(_client);
        var firm = FirmScenario.New();
        var grain = _client.GetGrain<IFirmGrain>(firm.Siren);
        await grain.ApplyAsync(firm.Basics());

        await grain.ApplyAsync(firm.Debt(1.0m));                       // 4.3 %: enters modéré (3 %)
        var hovering = await grain.ApplyAsync(firm.Debt(0.45m));       // 2.8 %: below entry, above exit (2.55 %)
        var backUp = await grain.ApplyAsync(firm.Debt(0.55m));         // 3.0 %
        var hoveringAgain = await grain.ApplyAsync(firm.Debt(0.4m));   // 2.7 %
        var below = await grain.ApplyAsync(firm.Debt(0.2m));           // 2.3 %: leaves

        Assert.Equal(AlertLevel.Modere, hovering.Level);
        Assert.Equal(AlertLevel.Modere, backUp.Level);
        Assert.Equal(AlertLevel.Modere, hoveringAgain.Level);
        Assert.Equal(AlertLevel.PasDAlerte, below.Level);
        var received = await collector.ForAsync(firm.Siren, expected: 2);
        Assert.Equal([AlertLevel.Modere, AlertLevel.PasDAlerte], received.Select(a => a.Level));
    }

    [Fact]
    public async Task ApplyAsync_OutOfPerimeterFirmWithHugeDebt_EmitsNothing()
    {
        await using var collector = await AlertCollector.StartAsync(_client);
        var firm = FirmScenario.New(ape: "84.11Z"); // administration publique
        var grain = _client.GetGrain<IFirmGrain>(firm.Siren);

        await grain.ApplyAsync(firm.Basics());
        var outcome = await grain.ApplyAsync(firm.Debt(6m));

        Assert.Equal((true, AlertLevel.HorsPerimetre, 0), (outcome.Changed, outcome.Level, outcome.AlertsEmitted));
        Assert.Null(await grain.GetExplanationAsync());
        Assert.Null((await grain.GetSummaryAsync()).Score);
        Assert.Empty(await grain.GetAlertHistoryAsync());
        Assert.Empty(await collector.ForAsync(firm.Siren, expected: 0, settle: TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task GetExplanationAsync_InAlert_GroupsAddUpToTheScore()
    {
        var firm = FirmScenario.New();
        var grain = _client.GetGrain<IFirmGrain>(firm.Siren);
        await grain.ApplyAsync(firm.Basics());
        await grain.ApplyAsync(firm.Debt(4.0m));

        var explanation = await grain.GetExplanationAsync();
        var summary = await grain.GetSummaryAsync();

        Assert.NotNull(explanation);
        Assert.Equal(100 * summary.Score!.Value, explanation.RiskPercent, 9);
        Assert.Equal(explanation.RiskPercent, explanation.StartPercent + explanation.Groups.Sum(g => g.Points), 9);
        Assert.Equal("transparent-logit-1", summary.ModelVersion);
        Assert.Equal(firm.Through, summary.Month);
        Assert.Equal(40, summary.Effectif);
        Assert.Equal("59", summary.Departement);
    }

    [Fact]
    public async Task GetSeriesAsync_TwentyFourMonths_OneValuePerMonthPerSeries()
    {
        var firm = FirmScenario.New();
        var grain = _client.GetGrain<IFirmGrain>(firm.Siren);
        await grain.ApplyAsync(firm.Basics());
        await grain.ApplyAsync(firm.Debt(2.5m));

        var series = await grain.GetSeriesAsync(24);

        Assert.Equal(firm.Through.AddMonths(-23), series.From);
        Assert.All(series.Series, s => Assert.Equal(24, s.Values.Length));
        var effectif = series.Series.Single(s => s.Name == "effectif");
        Assert.All(effectif.Values, v => Assert.Equal(40, v));
        var cotisation = series.Series.Single(s => s.Name == "cotisation_due");
        Assert.All(cotisation.Values, v => Assert.Equal((double)FirmScenario.MonthlyCotisation, v));
        var po = series.Series.Single(s => s.Name == "dette_po");
        Assert.Equal(0.4 * 2.5 * (double)FirmScenario.MonthlyCotisation, po.Values[^1], 6);
    }

    private static void AssertSameFeatures(IReadOnlyList<MonthFeatures> expected, IReadOnlyList<MonthFeatures> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Month, actual[i].Month);
            Assert.Equal(expected[i].Values.Select(BitConverter.DoubleToInt64Bits), actual[i].Values.Select(BitConverter.DoubleToInt64Bits));
        }
    }
}
