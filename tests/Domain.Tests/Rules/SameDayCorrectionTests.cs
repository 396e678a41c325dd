using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Rules;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Tests.Rules;

/// <summary>
/// Two versions of one fact delivered the same day (docs/events.md, "Same-day corrections"): the greater
/// delivery sequence wins whatever the amounts and whatever the order they are applied in; content decides
/// only between versions of equal sequence (a library caller that gives none).
/// </summary>
public class SameDayCorrectionTests
{
    private static readonly DateOnly Day = new(2024, 3, 20);

    private static CotisationFact Cotisation(decimal du, long sequence) => new()
    {
        Siret = "54210765100011",
        Compte = "123",
        PeriodeDebut = Month.Of(2024, 1),
        PeriodeFin = Month.Of(2024, 2),
        Du = du,
        DeliveredOn = Day,
        DeliverySequence = sequence,
    };

    private static DebitFact Debit(decimal partPatronale, long sequence) => new()
    {
        Siret = "54210765100011",
        PeriodeDebut = Month.Of(2024, 1),
        PeriodeFin = Month.Of(2024, 2),
        NumeroEcart = "7",
        NumeroHistorique = 3,
        MoisEffet = Month.Of(2024, 3),
        PartOuvriere = 0m,
        PartPatronale = partPatronale,
        DeliveredOn = Day,
        DeliverySequence = sequence,
    };

    [Fact]
    public void LowerAmountDeliveredLaterTheSameDay_Wins_InEitherOrder()
    {
        var morning = Cotisation(5_000m, DeliveryOrder.Of(new TimeOnly(9, 0), 12));
        var afternoon = Cotisation(4_000m, DeliveryOrder.Of(new TimeOnly(15, 30), 3));

        Assert.Equal(afternoon, FactMerge.Winner(morning, afternoon));
        Assert.Equal(afternoon, FactMerge.Winner(afternoon, morning));
    }

    [Fact]
    public void WithinOneDelivery_TheLaterLineWins()
    {
        var line4 = Cotisation(5_000m, DeliveryOrder.Of(TimeOnly.MinValue, 4));
        var line9 = Cotisation(10m, DeliveryOrder.Of(TimeOnly.MinValue, 9));
        Assert.Equal(line9, FactMerge.Winner(line4, line9));
        Assert.Equal(line9, FactMerge.Winner(line9, line4));
    }

    [Fact]
    public void ALaterDay_StillBeatsAnySequence()
    {
        var late = Cotisation(5_000m, DeliveryOrder.Of(new TimeOnly(23, 59), DeliveryOrder.MaxLine)) with { DeliveredOn = Day };
        var nextDay = Cotisation(1m, 0) with { DeliveredOn = Day.AddDays(1) };
        Assert.Equal(nextDay, FactMerge.Winner(late, nextDay));
    }

    [Fact]
    public void EqualSequences_FallBackToTheContentOrder()
    {
        Assert.Equal(5_000m, FactMerge.Winner(Cotisation(5_000m, 0), Cotisation(4_000m, 0)).Du);
        Assert.Equal(5_000m, FactMerge.Winner(Cotisation(4_000m, 0), Cotisation(5_000m, 0)).Du);
    }

    [Fact]
    public void Debit_SameOperationCorrectedTheSameDay_TheLaterDeliveryGivesTheDebt()
    {
        var first = Debit(9_000m, DeliveryOrder.Of(new TimeOnly(8, 0), 100));
        var correction = Debit(1_000m, DeliveryOrder.Of(new TimeOnly(8, 5), 2));
        Assert.True(DebtRules.Supersedes(correction, first));
        Assert.False(DebtRules.Supersedes(first, correction));
        Assert.Equal((0m, 1_000m), DebtRules.At([first, correction], Month.Of(2024, 3)));
        Assert.Equal((0m, 1_000m), DebtRules.At([correction, first], Month.Of(2024, 3)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Headcount_LowerValueDeliveredLaterTheSameDay_IsNotIgnored(bool laterFirst)
    {
        // Effectif of March 2024: 40 in the morning's file, corrected to 35 in the afternoon's, same day.
        var morning = Effectif(40, DeliveryOrder.Of(new TimeOnly(9, 0), 12));
        var afternoon = Effectif(35, DeliveryOrder.Of(new TimeOnly(15, 30), 3));
        var history = new FirmHistory("542107651");

        foreach (var e in laterFirst ? new[] { afternoon, morning } : [morning, afternoon])
        {
            history.Apply(e);
        }

        Assert.Equal([35], history.ToState().EffectifEntreprise!.Values.ToArray());
        // The sequence is kept with the value: a history restored from its state still lets the afternoon win.
        var restored = FirmHistory.FromState(history.ToState());
        Assert.False(restored.Apply(morning));
        Assert.Equal([35], restored.ToState().EffectifEntreprise!.Values.ToArray());
    }

    [Fact]
    public void Headcount_EqualSequences_FallBackToTheGreaterValue()
    {
        var history = new FirmHistory("542107651");
        history.Apply(Effectif(35, 0));
        history.Apply(Effectif(40, 0));
        Assert.Equal([40], history.ToState().EffectifEntreprise!.Values.ToArray());
    }

    private static EffectifEntreprise Effectif(int value, long sequence) => new()
    {
        Siren = "542107651",
        DeliveredOn = Day,
        DeliverySequence = sequence,
        Months = [new MonthlyHeadcount(Month.Of(2024, 3), value)],
    };

    [Fact]
    public void DeliveryOrder_IsTimeThenLine()
    {
        Assert.Equal(7, DeliveryOrder.Of(null, 7));
        Assert.Equal(7, DeliveryOrder.Of(TimeOnly.MinValue, 7));
        Assert.True(DeliveryOrder.Of(new TimeOnly(0, 0, 0, 1), 1) > DeliveryOrder.Of(TimeOnly.MinValue, DeliveryOrder.MaxLine));
        Assert.True(DeliveryOrder.Of(TimeOnly.MaxValue, DeliveryOrder.MaxLine) < long.MaxValue);
    }
}
