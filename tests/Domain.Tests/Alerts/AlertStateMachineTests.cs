using System.Collections.Immutable;
using CsCheck;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Tests.Alerts;

public class AlertStateMachineTests
{
    private const string Siren = "552100554";
    private static readonly ModelVersion Model = new("test-1", new AlertThresholds(Eleve: 0.30, Modere: 0.12, Hysteresis: 1.0 / 6), "test");
    private static readonly Month Start = Month.Of(2023, 1);

    [Fact]
    public void Evaluate_ScoreReachesModere_EmitsOneEventFromPasDAlerte()
    {
        var events = Run(0.05, 0.13, 0.14);

        var e = Assert.Single(events);
        Assert.Equal(AlertLevel.PasDAlerte, e.PreviousLevel);
        Assert.Equal(AlertLevel.Modere, e.Level);
        Assert.Equal(0.13, e.Score);
        Assert.Equal(Start.AddMonths(1), e.Month);
        Assert.Equal("test-1", e.ModelVersion);
        Assert.Equal(0, e.Sequence);
    }

    [Fact]
    public void Evaluate_ScoreHoversAroundModereThreshold_DoesNotFlap()
    {
        // Enters at 0.125, then hovers between the exit (0.12 x 5/6 = 0.10) and entry (0.12) thresholds, then leaves.
        var events = Run(0.05, 0.125, 0.115, 0.121, 0.105, 0.119, 0.101, 0.099);

        Assert.Equal(2, events.Count);
        Assert.Equal((AlertLevel.PasDAlerte, AlertLevel.Modere), (events[0].PreviousLevel, events[0].Level));
        Assert.Equal((AlertLevel.Modere, AlertLevel.PasDAlerte), (events[1].PreviousLevel, events[1].Level));
        Assert.Equal(0.099, events[1].Score);
    }

    [Fact]
    public void Evaluate_ScoreJustBelowEleveAfterEleve_StaysEleve()
    {
        // Élevé is left below 0.30 x 5/6 = 0.25.
        var events = Run(0.31, 0.29, 0.26, 0.249);

        Assert.Equal(2, events.Count);
        Assert.Equal(AlertLevel.Eleve, events[0].Level);
        Assert.Equal((AlertLevel.Eleve, AlertLevel.Modere), (events[1].PreviousLevel, events[1].Level));
    }

    [Fact]
    public void Evaluate_NeverInPerimeter_EmitsNothing()
    {
        var events = Run(null, null, null);

        Assert.Empty(events);
    }

    [Fact]
    public void Evaluate_LeavingPerimeterWithoutAlert_EmitsNothing()
    {
        var (events, state) = RunWithState(0.05, null, 0.06, null);

        Assert.Empty(events);
        Assert.Equal(AlertLevel.HorsPerimetre, state.Level);
    }

    [Fact]
    public void Evaluate_LeavingPerimeterInAlert_EmitsEventWithoutScore()
    {
        var events = Run(0.40, null);

        Assert.Equal(2, events.Count);
        Assert.Equal((AlertLevel.Eleve, AlertLevel.HorsPerimetre), (events[1].PreviousLevel, events[1].Level));
        Assert.Null(events[1].Score);
    }

    [Fact]
    public void Evaluate_SecondAlertEpisode_IsNotPremiereAlerte()
    {
        var events = Run(0.13, 0.35, 0.05, 0.13);

        Assert.Equal(4, events.Count);
        Assert.True(events[0].PremiereAlerte);
        Assert.True(events[1].PremiereAlerte);   // still the first episode, now élevé
        Assert.False(events[2].PremiereAlerte);  // left the alert levels
        Assert.False(events[3].PremiereAlerte);  // back in alert: not the first time
    }

    [Fact]
    public void Evaluate_SameInputsTwice_SameIds()
    {
        var first = Run(0.13, 0.35, 0.05);
        var second = Run(0.13, 0.35, 0.05);

        Assert.Equal(first.Select(e => e.Id), second.Select(e => e.Id));
        Assert.Equal(3, first.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void Evaluate_AlertEvent_CarriesTopAggravatingFeatures()
    {
        var score = Score(0.35) with
        {
            Contributions =
            [
                new("ratio_dette_cotisation", FeatureGroup.DetteSociale, 4, 2.0),
                new("taux_marge", FeatureGroup.SanteFinanciere, 0.2, -0.5),
                new("ratio_apart", FeatureGroup.ActivitePartielle, 0.3, 0.75),
                new("delai_actif", FeatureGroup.DetteSociale, 1, 0.5),
                new("ca_var_1a", FeatureGroup.SanteFinanciere, -0.1, 0.2),
            ],
        };

        var decision = AlertStateMachine.Evaluate(AlertState.Initial, new AlertInput(Siren, Start, Start.FirstDay, score, Model));

        Assert.Equal(["ratio_dette_cotisation", "ratio_apart", "delai_actif"], decision.Event!.TopFeatures.Select(f => f.Feature));
    }

    [Fact]
    public void Evaluate_AnyScoreSequence_EventsFormAConsistentChainOfLevelChanges()
    {
        var scores = Gen.OneOf(Gen.Double[0.0, 0.5].Select(d => (double?)d), Gen.Const((double?)null)).Array[1, 40];
        scores.Sample(sequence =>
        {
            var state = AlertState.Initial;
            var previousLevel = state.Level;
            var emitted = new List<AlertEvent>();
            for (var i = 0; i < sequence.Length; i++)
            {
                var decision = AlertStateMachine.Evaluate(state, Input(i, sequence[i]));
                var next = decision.State.Level;
                var involvesAlert = next.IsAlert() || previousLevel.IsAlert();
                Assert.Equal(next != previousLevel && involvesAlert, decision.Event is not null);
                if (sequence[i] is { } p && next > previousLevel && next.IsAlert())
                {
                    Assert.True(p >= Model.Thresholds.EntryOf(next));
                }

                if (sequence[i] is { } q && next < previousLevel && previousLevel.IsAlert())
                {
                    Assert.True(q < Model.Thresholds.ExitOf(previousLevel));
                }

                if (decision.Event is { } e)
                {
                    Assert.Equal(previousLevel, e.PreviousLevel);
                    Assert.Equal(emitted.Count, e.Sequence);
                    emitted.Add(e);
                }

                state = decision.State;
                previousLevel = next;
            }

            Assert.Equal(emitted.Count, emitted.Select(e => e.Id).Distinct().Count());
        });
    }

    [Theory]
    [InlineData(0.30, 0.12, 0.15, true)]
    [InlineData(0.30, 0.12, 0.00, true)]
    [InlineData(0.12, 0.30, 0.15, false)]
    [InlineData(0.30, 0.12, 0.65, false)]
    [InlineData(0.30, 0.12, 1.00, false)]
    [InlineData(0.30, 0.12, -0.10, false)]
    [InlineData(1.00, 0.12, 0.15, false)]
    [InlineData(0.30, 0.00, 0.00, false)]
    public void IsValid_Thresholds_ChecksOrderAndHysteresis(double eleve, double modere, double hysteresis, bool valid) =>
        Assert.Equal(valid, new AlertThresholds(eleve, modere, hysteresis).IsValid);

    private static List<AlertEvent> Run(params double?[] scores) => RunWithState(scores).Events;

    private static (List<AlertEvent> Events, AlertState State) RunWithState(params double?[] scores)
    {
        var state = AlertState.Initial;
        var events = new List<AlertEvent>();
        for (var i = 0; i < scores.Length; i++)
        {
            var decision = AlertStateMachine.Evaluate(state, Input(i, scores[i]));
            state = decision.State;
            if (decision.Event is { } e)
            {
                events.Add(e);
            }
        }

        return (events, state);
    }

    private static AlertInput Input(int i, double? probability) =>
        new(Siren, Start.AddMonths(i), Start.AddMonths(i).FirstDay, probability is { } p ? Score(p) with { Month = Start.AddMonths(i) } : null, Model);

    private static RiskScore Score(double probability) => new()
    {
        Siren = Siren,
        Month = Start,
        ModelVersion = Model.Id,
        Probability = probability,
        BaseLogOdds = -3.9,
        Contributions = ImmutableArray<FeatureContribution>.Empty,
    };
}
