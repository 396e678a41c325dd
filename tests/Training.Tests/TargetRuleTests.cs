using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Population;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Training.Labels;

namespace SignauxFaibles.Training.Tests;

public class TargetRuleTests
{
    private static readonly Month March2020 = Month.Of(2020, 3);

    [Theory]
    [InlineData(0, true)] // opened in the month itself, not yet delivered at its cut (known, the month would be a signal fort)
    [InlineData(1, true)]
    [InlineData(6, true)]
    [InlineData(18, true)]
    [InlineData(19, false)]
    [InlineData(-2, false)]
    public void Label_OpeningMonthsAfter_PositiveOnlyWithinMonths0To18(int monthsAfter, bool expected) =>
        Assert.Equal(expected, TargetRule.Label(March2020, [March2020.AddMonths(monthsAfter)]));

    [Fact]
    public void Label_NoOpening_Negative() => Assert.False(TargetRule.Label(March2020, []));

    [Fact]
    public void Label_FirmUnderAPlanRelapsing_PositiveFromItsLaterOpening()
    {
        // Redressement opened 2018-05, plan since: in bonis in March 2020; liquidation opens 2021-01 (10 months later).
        Assert.True(TargetRule.Label(March2020, [Month.Of(2018, 5), Month.Of(2021, 1)]));
        Assert.False(TargetRule.Label(March2020, [Month.Of(2018, 5)]));
    }

    [Fact]
    public void IsSignalFort_OpenProcedureOrClosed_TruePlansAndInBonisFalse()
    {
        Assert.False(TargetRule.IsSignalFort(FirmStanding.InBonis));
        Assert.False(TargetRule.IsSignalFort(new FirmStanding { Procedure = ProcedureStatus.PlanContinuation, ProcedureDate = new DateOnly(2019, 2, 1) }));
        Assert.False(TargetRule.IsSignalFort(new FirmStanding { Procedure = ProcedureStatus.PlanSauvegarde, ProcedureDate = new DateOnly(2019, 2, 1) }));
        Assert.True(TargetRule.IsSignalFort(new FirmStanding { Procedure = ProcedureStatus.Sauvegarde, ProcedureDate = new DateOnly(2019, 2, 1) }));
        Assert.True(TargetRule.IsSignalFort(new FirmStanding { Procedure = ProcedureStatus.Liquidation, ProcedureDate = new DateOnly(2019, 2, 1) }));
        Assert.True(TargetRule.IsSignalFort(new FirmStanding { Fermeture = ClosureReason.UniteLegaleCessee }));
    }

    [Fact]
    public void LabelSignalFort_InProcedureOrReopening_Positive()
    {
        var redressement = new FirmStanding { Procedure = ProcedureStatus.Redressement, ProcedureDate = new DateOnly(2020, 1, 6) };
        var fermee = new FirmStanding { Fermeture = ClosureReason.EtablissementsFermes };
        Assert.True(TargetRule.LabelSignalFort(March2020, [], redressement));
        Assert.True(TargetRule.LabelSignalFort(March2020, [March2020.AddMonths(-10), March2020.AddMonths(5)], fermee));
        Assert.False(TargetRule.LabelSignalFort(March2020, [March2020.AddMonths(-10)], fermee));
    }

    [Theory]
    [InlineData(ProcolStade.Ouverture, true)]
    [InlineData(ProcolStade.PlanContinuation, false)]
    [InlineData(ProcolStade.ClotureInsuffisanceActif, false)]
    [InlineData(ProcolStade.SoldeProcedure, false)]
    public void IsOpening_Stages_OnlyOuverture(ProcolStade stade, bool opening)
    {
        var e = new ProcedureCollective
        {
            Siren = "552100554",
            DeliveredOn = new DateOnly(2020, 3, 20),
            DateEffet = new DateOnly(2020, 3, 2),
            Action = ProcolAction.Redressement,
            Stade = stade,
        };
        Assert.Equal(opening, TargetRule.IsOpening(e));
    }

    [Fact]
    public void IsLabelled_EighteenMonthsMustBeInTheLog()
    {
        var last = Month.Of(2023, 12);
        Assert.True(TargetRule.IsLabelled(Month.Of(2022, 6), last));
        Assert.False(TargetRule.IsLabelled(Month.Of(2022, 7), last));
    }
}
