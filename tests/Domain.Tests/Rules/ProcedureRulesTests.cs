using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Rules;
using static SignauxFaibles.Domain.Tests.History.TestEvents;

namespace SignauxFaibles.Domain.Tests.Rules;

public class ProcedureRulesTests
{
    private static ProcedureState StateAt(string date, params ProcedureCollective[] judgments) =>
        ProcedureRules.StateAt(FirmHistory.Build(Siren, judgments).Procedures, D(date));

    [Fact]
    public void StateAt_BeforeAndFromTheJudgmentDay_InBonisThenRedressement()
    {
        var opening = Procedure("2020-03-15", ProcolAction.Redressement, ProcolStade.Ouverture);

        Assert.Equal(ProcedureState.InBonis, StateAt("2020-03-14", opening));
        Assert.Equal(ProcedureState.Redressement, StateAt("2020-03-15", opening));
    }

    [Fact]
    public void StateAt_LatestJudgmentEndsTheAction_InBonis()
    {
        var opening = Procedure("2018-03-15", ProcolAction.Sauvegarde, ProcolStade.Ouverture);
        var end = Procedure("2019-06-01", ProcolAction.Sauvegarde, ProcolStade.FinProcedure);

        Assert.Equal(ProcedureState.Sauvegarde, StateAt("2019-05-31", opening, end));
        Assert.Equal(ProcedureState.InBonis, StateAt("2019-06-01", opening, end));
    }

    [Theory]
    [InlineData(ProcolStade.InclusionAutreProcedure)]
    [InlineData(ProcolStade.AbandonProcedure)]
    public void StateAt_OtherEndingStages_InBonis(ProcolStade stade) =>
        Assert.Equal(ProcedureState.InBonis, StateAt("2021-01-01",
            Procedure("2020-01-10", ProcolAction.Redressement, ProcolStade.Ouverture),
            Procedure("2020-06-10", ProcolAction.Redressement, stade)));

    [Fact]
    public void StateAt_SeveralActiveActions_MostSevereWins() =>
        Assert.Equal(ProcedureState.Liquidation, StateAt("2021-01-01",
            Procedure("2020-01-10", ProcolAction.Sauvegarde, ProcolStade.Ouverture),
            Procedure("2020-06-10", ProcolAction.Liquidation, ProcolStade.Ouverture),
            Procedure("2020-03-10", ProcolAction.Redressement, ProcolStade.Ouverture)));

    [Fact]
    public void StateAt_ContinuationPlan_CountsForTenYearsOnly()
    {
        var plan = Procedure("2010-05-20", ProcolAction.Redressement, ProcolStade.PlanContinuation);

        Assert.Equal(ProcedureState.Redressement, StateAt("2020-05-19", plan));
        Assert.Equal(ProcedureState.InBonis, StateAt("2020-05-20", plan));
    }

    [Fact]
    public void StateAt_ClosureForInsufficientAssets_StaysLiquidation() =>
        Assert.Equal(ProcedureState.Liquidation, StateAt("2022-01-01",
            Procedure("2020-01-10", ProcolAction.Liquidation, ProcolStade.Ouverture),
            Procedure("2021-01-10", ProcolAction.Liquidation, ProcolStade.ClotureInsuffisanceActif)));

    [Fact]
    public void Apply_AdministrativeClosure_IsIgnored()
    {
        // A later cotisation sets the window's end, so the closure cannot move it.
        var h = FirmHistory.Build(Siren, [Procedure("2020-01-10", ProcolAction.Redressement, ProcolStade.Ouverture), Cotisation("2021-01", 1, 1)]);

        Assert.False(h.Apply(Procedure("2020-06-10", ProcolAction.Redressement, ProcolStade.SoldeProcedure)));
        Assert.Single(h.Procedures.ToArray());
        Assert.Equal(ProcedureState.Redressement, ProcedureRules.StateAt(h.Procedures, D("2021-01-01")));
    }

    [Fact]
    public void ActiveAt_Redressement_GivesTheDefiningJudgment()
    {
        var h = FirmHistory.Build(Siren, [
            Procedure("2020-01-10", ProcolAction.Redressement, ProcolStade.Ouverture),
            Procedure("2020-09-10", ProcolAction.Redressement, ProcolStade.PlanContinuation),
        ]);

        Assert.Equal(new ProcedureFact { DateEffet = D("2020-09-10"), Action = ProcolAction.Redressement, Stade = ProcolStade.PlanContinuation },
            ProcedureRules.ActiveAt(h.Procedures, D("2021-01-01")));
    }
}
