using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Population;
using SignauxFaibles.Grains.Tests.Infrastructure;

namespace SignauxFaibles.Grains.Tests;

/// <summary>The scored population in the live grain (domain.md §2, docs/alerts.md "Scored population").</summary>
[Collection(SharedCluster.Name)]
public class ScoredPopulationTests(ClusterFixture fixture)
{
    private readonly IClusterClient _client = fixture.Client;

    [Fact]
    public async Task ApplyAsync_FirmInAlertEntersLiquidation_LeavesTheBoardWithAClosingEventAndKeepsItsScore()
    {
        await using var collector = await AlertCollector.StartAsync(_client);
        var firm = FirmScenario.New();
        var grain = _client.GetGrain<IFirmGrain>(firm.Siren);
        await grain.ApplyAsync(firm.Basics());
        await grain.ApplyAsync(firm.Debt(3.0m)); // 18.2 %: élevé
        var judgment = new DateOnly(2023, 6, 12);

        // Known from a delivery after the debt's (one alert decision per delivery date).
        var outcome = await grain.ApplyAsync(firm.Batch([Judgment(firm, judgment, ProcolAction.Liquidation, ProcolStade.Ouverture, delivered: new DateOnly(2023, 8, 1))]));

        Assert.Equal(AlertLevel.EnProcedure, outcome.Level);
        var received = await collector.ForAsync(firm.Siren, expected: 2);
        var closing = received[1];
        Assert.Equal((AlertLevel.Eleve, AlertLevel.EnProcedure), (closing.PreviousLevel, closing.Level));
        Assert.Equal("liquidation judiciaire depuis le 12/06/2023", closing.Reason);
        Assert.NotNull(closing.Score);
        var summary = await grain.GetSummaryAsync();
        Assert.Equal(AlertLevel.EnProcedure, summary.Level);
        Assert.Equal(ProcedureStatus.Liquidation, summary.ProcedureCollective);
        Assert.Equal(judgment, summary.ProcedureDate);
        Assert.NotNull(summary.Score); // a "signal fort", kept for evaluation
        var board = await _client.GetGrain<IAlertBoardGrain>(AlertStreams.Key).GetCurrentAsync(100_000);
        Assert.DoesNotContain(board.Alerts, a => a.Siren == firm.Siren);
    }

    [Fact]
    public async Task ApplyAsync_FirmExecutingAPlanDeContinuation_IsScoredAndShownWithItsPlan()
    {
        await using var collector = await AlertCollector.StartAsync(_client);
        var firm = FirmScenario.New();
        var grain = _client.GetGrain<IFirmGrain>(firm.Siren);
        await grain.ApplyAsync(firm.Basics());
        await grain.ApplyAsync(firm.Batch(
        [
            Judgment(firm, new DateOnly(2021, 3, 1), ProcolAction.Redressement, ProcolStade.Ouverture),
            Judgment(firm, new DateOnly(2022, 2, 1), ProcolAction.Redressement, ProcolStade.PlanContinuation),
        ]));

        var outcome = await grain.ApplyAsync(firm.Debt(3.0m));

        Assert.Equal(AlertLevel.Eleve, outcome.Level);
        var alert = Assert.Single(await collector.ForAsync(firm.Siren, expected: 1));
        Assert.Equal(ProcedureStatus.PlanContinuation, alert.Standing!.Procedure);
        var summary = await grain.GetSummaryAsync();
        Assert.Equal(ProcedureStatus.PlanContinuation, summary.ProcedureCollective);
        Assert.Equal("plan de continuation", summary.ProcedureCollectiveLabel);
    }

    [Fact]
    public async Task ApplyAsync_ClosedInSirene_IsFermeeAndNeverInAlert()
    {
        await using var collector = await AlertCollector.StartAsync(_client);
        var firm = FirmScenario.New();
        var grain = _client.GetGrain<IFirmGrain>(firm.Siren);
        await grain.ApplyAsync(firm.Basics());
        await grain.ApplyAsync(firm.Batch(
        [
            new SireneUniteLegale
            {
                Siren = firm.Siren, DeliveredOn = new DateOnly(2023, 6, 1), RaisonSociale = $"ATELIERS {firm.Siren}",
                CategorieJuridique = "5499", Ape = firm.Ape, DateCreation = new DateOnly(2005, 3, 1), EstActif = false, NicSiege = "00012",
            },
        ]));

        var outcome = await grain.ApplyAsync(firm.Debt(3.0m));

        Assert.Equal((AlertLevel.Fermee, 0), (outcome.Level, outcome.AlertsEmitted));
        var summary = await grain.GetSummaryAsync();
        Assert.Equal(ClosureReason.UniteLegaleCessee, summary.Fermeture);
        Assert.Equal("fermée", summary.LevelLabel);
        Assert.NotNull(summary.Score);
        Assert.Empty(await collector.ForAsync(firm.Siren, expected: 0, settle: TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task ApplyAsync_ProcedureOpensWithTheScoreUnchanged_PublishesAScoreChangeWithTheNewLevelAndProcedure()
    {
        var firm = FirmScenario.New();
        var grain = _client.GetGrain<IFirmGrain>(firm.Siren);
        await grain.ApplyAsync(firm.Basics());
        await grain.ApplyAsync(firm.Debt(3.0m)); // élevé
        var before = fixture.Scores.Of(firm.Siren);
        Assert.Equal(AlertLevel.Eleve, before[^1].Level);
        var opened = new DateOnly(2023, 6, 12);

        // The transparent scorer has no procédure term: the score stays; the level and the procédure move.
        await grain.ApplyAsync(firm.Batch([Judgment(firm, opened, ProcolAction.Redressement, ProcolStade.Ouverture, delivered: new DateOnly(2023, 8, 1))]));
        var plan = new DateOnly(2023, 6, 26);
        await grain.ApplyAsync(firm.Batch([Judgment(firm, plan, ProcolAction.Redressement, ProcolStade.PlanContinuation, delivered: new DateOnly(2023, 8, 2))]));

        var changes = fixture.Scores.Of(firm.Siren).Skip(before.Count).ToArray();
        Assert.Equal(
            [
                (before[^1].Score, AlertLevel.EnProcedure, "redressement", (DateOnly?)opened),
                (before[^1].Score, AlertLevel.Eleve, "plan_continuation", plan),
            ],
            changes.Select(c => (c.Score, c.Level, c.Figures!.Procedure, c.Figures.ProcedureDate)));
        Assert.Equal(changes.Length, changes.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public async Task GetSummaryAsync_Identity_HasNafLabelsDepartementAndRegion()
    {
        var firm = FirmScenario.New(ape: "64.20Z"); // holdings stay in the perimeter
        var grain = _client.GetGrain<IFirmGrain>(firm.Siren);
        await grain.ApplyAsync(firm.Basics());

        var outcome = await grain.ApplyAsync(firm.Debt(3.0m));
        var summary = await grain.GetSummaryAsync();

        Assert.Equal(AlertLevel.Eleve, outcome.Level);
        Assert.Equal("Activités des sociétés holding", summary.ActiviteLabel);
        Assert.Equal(["K", "64", "64.2", "64.20", "64.20Z"], summary.ActiviteNaf!.Levels.Select(l => l.Code));
        Assert.Equal(("Nord", "32", "Hauts-de-France"), (summary.DepartementNom, summary.Region, summary.RegionNom));
        Assert.Equal(["59"], summary.Zone!.Departements.ToArray());
    }

    private static ProcedureCollective Judgment(FirmScenario firm, DateOnly date, ProcolAction action, ProcolStade stade, DateOnly? delivered = null) => new()
    {
        Siren = firm.Siren, DeliveredOn = delivered ?? date.AddDays(10), DateEffet = date, Action = action, Stade = stade,
    };
}
