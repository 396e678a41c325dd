using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Population;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Tests.Alerts;

/// <summary>The scored population (domain.md §2): firms in procédure or closed are scored but never in alert.</summary>
public class AlertStateMachineStandingTests
{
    private const string Siren = "552100554";
    private static readonly ModelVersion Model = new("test-1", new AlertThresholds(Eleve: 0.30, Modere: 0.12, Hysteresis: 1.0 / 6), "test");
    private static readonly Month Start = Month.Of(2024, 1);

    private static readonly FirmStanding Liquidation = new()
    {
        Procedure = ProcedureStatus.Liquidation, ProcedureDate = new DateOnly(2024, 3, 12),
    };

    private static readonly FirmStanding Plan = new()
    {
        Procedure = ProcedureStatus.PlanContinuation, ProcedureDate = new DateOnly(2022, 1, 15),
    };

    private static readonly FirmStanding Fermee = new() { Fermeture = ClosureReason.UniteLegaleCessee };

    [Fact]
    public void Evaluate_FirmInAlertEntersLiquidation_LeavesTheListWithAClosingEventSayingWhy()
    {
        var events = Run((0.40, null), (0.45, Liquidation), (0.60, Liquidation));

        Assert.Equal(2, events.Count);
        var closing = events[1];
        Assert.Equal((AlertLevel.Eleve, AlertLevel.EnProcedure), (closing.PreviousLevel, closing.Level));
        Assert.Equal(0.45, closing.Score); // still scored: a "signal fort"
        Assert.Equal(Liquidation, closing.Standing);
        Assert.Equal("liquidation judiciaire depuis le 12/03/2024", closing.Reason);
        Assert.Equal("en procédure", closing.LevelLabel);
    }

    [Fact]
    public void Evaluate_HighScoreWhileInProcedure_NeverEntersAnAlertLevel()
    {
        var (events, state) = RunWithState((0.05, Liquidation), (0.50, Liquidation), (0.90, Liquidation));

        Assert.Empty(events);
        Assert.Equal(AlertLevel.EnProcedure, state.Level);
    }

    [Fact]
    public void Evaluate_PlanDeContinuation_IsScoredAndShownWithItsPlan()
    {
        var events = Run((0.05, Plan), (0.35, Plan));

        var e = Assert.Single(events);
        Assert.Equal(AlertLevel.Eleve, e.Level);
        Assert.Equal(ProcedureStatus.PlanContinuation, e.Standing!.Procedure);
        Assert.Null(e.Reason);
    }

    [Fact]
    public void Evaluate_ClosedFirmInAlert_BecomesFermee()
    {
        var events = Run((0.20, null), (0.20, Fermee));

        Assert.Equal(2, events.Count);
        Assert.Equal((AlertLevel.Modere, AlertLevel.Fermee), (events[1].PreviousLevel, events[1].Level));
        Assert.Equal("fermée", events[1].Level.Label());
        Assert.Equal("entreprise fermée : unité légale cessée (Sirene)", events[1].Reason);
    }

    [Fact]
    public void Evaluate_OutOfPerimeterFirmInProcedure_StaysHorsPerimetre()
    {
        var (events, state) = RunWithState((null, Liquidation));

        Assert.Empty(events);
        Assert.Equal(AlertLevel.HorsPerimetre, state.Level);
    }

    [Fact]
    public void Evaluate_ProcedureEndsWithAPlan_EntersFromTheEntryThresholds()
    {
        // Back in bonis at 0.29: below élevé's entry (0.30) though above its exit (0.25), so modéré.
        var events = Run((0.40, Liquidation with { Procedure = ProcedureStatus.Redressement }), (0.29, Plan));

        var e = Assert.Single(events);
        Assert.Equal((AlertLevel.EnProcedure, AlertLevel.Modere), (e.PreviousLevel, e.Level));
    }

    private static List<AlertEvent> Run(params (double? Score, FirmStanding? Standing)[] steps) => RunWithState(steps).Events;

    private static (List<AlertEvent> Events, AlertState State) RunWithState(params (double? Score, FirmStanding? Standing)[] steps)
    {
        var state = AlertState.Initial;
        var events = new List<AlertEvent>();
        for (var i = 0; i < steps.Length; i++)
        {
            var month = Start.AddMonths(i);
            RiskScore? score = steps[i].Score is { } p
                ? new RiskScore { Siren = Siren, Month = month, ModelVersion = Model.Id, Probability = p, BaseLogOdds = 0, Contributions = [] }
                : null;
            var decision = AlertStateMachine.Evaluate(state, new AlertInput(Siren, month, month.FirstDay, score, Model, steps[i].Standing));
            state = decision.State;
            if (decision.Event is { } e)
            {
                events.Add(e);
            }
        }

        return (events, state);
    }
}
