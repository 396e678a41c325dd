using System.Collections.Immutable;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Tests.Alerts;

/// <summary>One alert decision per firm and delivery date, whatever the batches the date's data came in (docs/alerts.md).</summary>
public class DeliveryDateAlertsTests
{
    private const string Siren = "552100554";
    private static readonly ModelVersion Model = new("test-1", new AlertThresholds(Eleve: 0.30, Modere: 0.12, Hysteresis: 1.0 / 6), "test");
    private static readonly ModelVersion Other = Model with { Id = "test-2" };
    private static readonly Month March = Month.Of(2024, 3);
    private static readonly DateOnly Day1 = new(2024, 3, 20);
    private static readonly DateOnly Day2 = new(2024, 4, 20);

    [Fact]
    public void TheSameDate_InTwoBatches_EmitsWhatOneBatchWould()
    {
        // One batch with the whole date: modéré.
        var whole = DeliveryDateAlerts.Evaluate(null, AlertState.Initial, Day1, Input(Day1, 0.15));

        // The date split in two batches: the first part alone reaches élevé, the whole date modéré.
        var part = DeliveryDateAlerts.Evaluate(null, AlertState.Initial, Day1, Input(Day1, 0.35));
        var rest = DeliveryDateAlerts.Evaluate(part.Day, part.State, Day1, Input(Day1, 0.15));

        Assert.Equal(AlertLevel.Modere, whole.State.Level);
        Assert.Equal(whole.State, rest.State);
        Assert.Equal(whole.Event!.Id, rest.Event!.Id);
        Assert.Equal(AlertState.Initial.Level, rest.Event.PreviousLevel);
        // The élevé of the partial evaluation is superseded, not a transition of its own.
        Assert.Equal(part.Event!.Id, rest.Replaced!.Id);
        Assert.True(rest.EventChanged);
    }

    [Fact]
    public void ReEvaluatingADate_WithTheSameOutcome_ChangesNothing()
    {
        var first = DeliveryDateAlerts.Evaluate(null, AlertState.Initial, Day1, Input(Day1, 0.15));
        var again = DeliveryDateAlerts.Evaluate(first.Day, first.State, Day1, Input(Day1, 0.15));

        Assert.Equal(first.State, again.State);
        Assert.Null(again.Replaced);
        Assert.False(again.EventChanged);
    }

    [Fact]
    public void ReEvaluatingADate_SameTransitionAndScore_AnotherTopFeatureValue_AmendsTheEventUnderItsId()
    {
        // A tree model: the score stays (the feature moved within a leaf), the value shown in the snapshot does not.
        var part = DeliveryDateAlerts.Evaluate(null, AlertState.Initial, Day1, Input(Day1, 0.15, debtRatio: 0.3490));
        var rest = DeliveryDateAlerts.Evaluate(part.Day, part.State, Day1, Input(Day1, 0.15, debtRatio: 0.3496));
        var whole = DeliveryDateAlerts.Evaluate(null, AlertState.Initial, Day1, Input(Day1, 0.15, debtRatio: 0.3496));

        Assert.True(rest.EventChanged);
        Assert.True(rest.Amends);
        Assert.Equal(part.Event!.Id, rest.Event!.Id);
        Assert.Equal(0.3496, rest.Event.TopFeatures.Single().Value);
        Assert.Equal(whole.State, rest.State);
        Assert.Equal(whole.Event!.TopFeatures.Single(), rest.Event.TopFeatures.Single());
        Assert.Same(rest.Event, rest.Day.Event);
    }

    [Fact]
    public void ReEvaluatingADate_IdenticalEvent_EqualButNotTheSameInstances_ChangesNothing()
    {
        var first = DeliveryDateAlerts.Evaluate(null, AlertState.Initial, Day1, Input(Day1, 0.15, debtRatio: 0.35));
        var again = DeliveryDateAlerts.Evaluate(first.Day, first.State, Day1, Input(Day1, 0.15, debtRatio: 0.35));

        Assert.False(again.EventChanged);
        Assert.False(again.Amends);
        Assert.Null(again.Replaced);
    }

    [Fact]
    public void APartialEvaluation_ThatTheWholeDateUndoes_LeavesNoEvent()
    {
        var part = DeliveryDateAlerts.Evaluate(null, AlertState.Initial, Day1, Input(Day1, 0.35));
        var rest = DeliveryDateAlerts.Evaluate(part.Day, part.State, Day1, Input(Day1, 0.05));

        Assert.Equal(AlertLevel.PasDAlerte, rest.State.Level);
        Assert.Null(rest.Event);
        Assert.Equal(part.Event!.Id, rest.Replaced!.Id);
        Assert.False(rest.EventChanged);
    }

    [Fact]
    public void ALaterDate_StartsFromWhereThePreviousDateEnded()
    {
        var day1 = DeliveryDateAlerts.Evaluate(null, AlertState.Initial, Day1, Input(Day1, 0.15));
        var day2 = DeliveryDateAlerts.Evaluate(day1.Day, day1.State, Day2, Input(Day2, 0.35));

        Assert.Equal(Day2, day2.Day.Date);
        Assert.Equal(AlertLevel.Modere, day2.Event!.PreviousLevel);
        Assert.Equal(AlertLevel.Eleve, day2.Event.Level);
        Assert.Null(day2.Replaced);
        Assert.NotEqual(day1.Event!.Id, day2.Event.Id);
    }

    [Fact]
    public void AnEarlierDate_DeliveredLate_ReEvaluatesTheCurrentDate()
    {
        var day2 = DeliveryDateAlerts.Evaluate(null, AlertState.Initial, Day2, Input(Day2, 0.35));
        var late = DeliveryDateAlerts.Evaluate(day2.Day, day2.State, Day1, Input(Day1, 0.15));

        Assert.Equal(Day2, late.Day.Date);
        Assert.Equal(AlertState.Initial.Level, late.Event!.PreviousLevel);
        Assert.Equal(AlertLevel.Modere, late.State.Level);
    }

    [Fact]
    public void AModelSwitch_OnTheSameDate_IsADecisionOfItsOwn()
    {
        var day1 = DeliveryDateAlerts.Evaluate(null, AlertState.Initial, Day1, Input(Day1, 0.15));
        var switched = DeliveryDateAlerts.Evaluate(day1.Day, day1.State, Day1, Input(Day1, 0.35, Other));

        Assert.Null(switched.Replaced);
        Assert.Equal(AlertLevel.Modere, switched.Event!.PreviousLevel);
        Assert.Equal("test-2", switched.Day.Model);
    }

    private static AlertInput Input(DateOnly asOf, double probability, ModelVersion? model = null, double? debtRatio = null)
    {
        var version = model ?? Model;
        ImmutableArray<FeatureContribution> contributions = debtRatio is { } ratio
            ? [new FeatureContribution("ratio_dette_cotisation", FeatureGroup.DetteSociale, ratio, 0.8)]
            : [];
        var score = new RiskScore
        {
            Siren = Siren,
            Month = March,
            ModelVersion = version.Id,
            Probability = probability,
            BaseLogOdds = -3.9,
            Contributions = contributions,
        };
        return new AlertInput(Siren, March, asOf, score, version);
    }
}
