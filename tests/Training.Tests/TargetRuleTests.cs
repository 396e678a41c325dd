using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Training.Labels;

namespace SignauxFaibles.Training.Tests;

public class TargetRuleTests
{
    private static readonly Month March2020 = Month.Of(2020, 3);

    [Theory]
    [InlineData(1, true)]
    [InlineData(6, true)]
    [InlineData(18, true)]
    [InlineData(19, false)]
    [InlineData(0, false)]
    [InlineData(-2, false)]
    public void Label_OpeningMonthsAfter_PositiveOnlyWithinMonths1To18(int monthsAfter, bool expected) =>
        Assert.Equal(expected, TargetRule.Label(March2020, March2020.AddMonths(monthsAfter)));

    [Fact]
    public void Label_NoOpening_Negative() => Assert.False(TargetRule.Label(March2020, null));

    [Fact]
    public void IsAfterJudgment_FromTheJudgmentMonthOn_True()
    {
        var judgment = Month.Of(2021, 1);
        Assert.False(TargetRule.IsAfterJudgment(judgment.Previous, judgment, 0));
        Assert.True(TargetRule.IsAfterJudgment(judgment, judgment, 0));
        Assert.True(TargetRule.IsAfterJudgment(judgment.AddMonths(7), judgment, 0));
    }

    [Fact]
    public void IsAfterJudgment_ProcedureStateWithoutJudgmentInTheLog_True()
    {
        Assert.True(TargetRule.IsAfterJudgment(March2020, null, 2));
        Assert.False(TargetRule.IsAfterJudgment(March2020, null, 0));
        Assert.False(TargetRule.IsAfterJudgment(March2020, null, double.NaN));
    }

    [Fact]
    public void LabelAfterJudgment_InProcedureOrReopening_Positive()
    {
        Assert.True(TargetRule.LabelAfterJudgment(March2020, [], 3));
        Assert.True(TargetRule.LabelAfterJudgment(March2020, [March2020.AddMonths(-10), March2020.AddMonths(5)], 0));
        Assert.False(TargetRule.LabelAfterJudgment(March2020, [March2020.AddMonths(-10)], 0));
    }

    [Theory]
    [InlineData(ProcolStade.Ouverture, true, true)]
    [InlineData(ProcolStade.PlanContinuation, false, true)]
    [InlineData(ProcolStade.ClotureInsuffisanceActif, false, true)]
    [InlineData(ProcolStade.SoldeProcedure, false, false)]
    public void IsOpeningAndIsJudgment_Stages_AsDomainSays(ProcolStade stade, bool opening, bool judgment)
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
        Assert.Equal(judgment, TargetRule.IsJudgment(e));
    }

    [Fact]
    public void IsLabelled_EighteenMonthsMustBeInTheLog()
    {
        var last = Month.Of(2023, 12);
        Assert.True(TargetRule.IsLabelled(Month.Of(2022, 6), last));
        Assert.False(TargetRule.IsLabelled(Month.Of(2022, 7), last));
    }
}
