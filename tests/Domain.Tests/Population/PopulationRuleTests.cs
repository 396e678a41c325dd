using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Population;
using static SignauxFaibles.Domain.Tests.History.TestEvents;

namespace SignauxFaibles.Domain.Tests.Population;

public class PopulationRuleTests
{
    private static FirmStanding At(string date, params FirmEvent[] events) =>
        PopulationRule.Evaluate(FirmHistory.Build(Siren, events), D(date));

    [Fact]
    public void Evaluate_NoJudgmentOpenFirm_IsInBonisAndMayBeInAlert()
    {
        var s = At("2024-06-30", UniteLegale(), Etablissement());

        Assert.Equal(FirmStanding.InBonis, s);
        Assert.Null(s.ExcludedLevel);
        Assert.Null(s.Reason);
    }

    [Fact]
    public void Evaluate_LiquidationOpened_IsEnProcedureWithItsDate()
    {
        var s = At("2024-06-30", Procedure("2024-03-12", ProcolAction.Liquidation, ProcolStade.Ouverture));

        Assert.Equal(ProcedureStatus.Liquidation, s.Procedure);
        Assert.Equal(D("2024-03-12"), s.ProcedureDate);
        Assert.Equal(AlertLevel.EnProcedure, s.ExcludedLevel);
        Assert.Equal("liquidation judiciaire depuis le 12/03/2024", s.Reason);
    }

    [Fact]
    public void Evaluate_BeforeTheJudgmentDate_IsStillInBonis() =>
        Assert.Equal(ProcedureStatus.InBonis, At("2024-03-11", Procedure("2024-03-12", ProcolAction.Liquidation, ProcolStade.Ouverture)).Procedure);

    [Fact]
    public void Evaluate_RedressementThenPlanDeContinuation_IsInBonisWithItsPlan()
    {
        FirmEvent[] events =
        [
            Procedure("2021-02-01", ProcolAction.Redressement, ProcolStade.Ouverture),
            Procedure("2022-01-15", ProcolAction.Redressement, ProcolStade.PlanContinuation),
        ];

        Assert.Equal(ProcedureStatus.Redressement, At("2021-12-31", events).Procedure);
        Assert.Equal(AlertLevel.EnProcedure, At("2021-12-31", events).ExcludedLevel);

        var plan = At("2024-06-30", events);
        Assert.Equal(ProcedureStatus.PlanContinuation, plan.Procedure);
        Assert.Equal(D("2022-01-15"), plan.ProcedureDate);
        Assert.Null(plan.ExcludedLevel);
        Assert.Equal("plan de continuation", plan.Procedure.Label());
    }

    [Fact]
    public void Evaluate_PlanDeContinuationTenYearsOld_IsPlainInBonis() =>
        Assert.Equal(ProcedureStatus.InBonis,
            At("2032-01-15", Procedure("2022-01-15", ProcolAction.Redressement, ProcolStade.PlanContinuation)).Procedure);

    [Theory]
    [InlineData(ProcolStade.PlanSauvegarde)]
    [InlineData(ProcolStade.PlanContinuation)]
    [InlineData(ProcolStade.Modification)]
    public void Evaluate_PlanUnderASauvegarde_IsPlanDeSauvegarde(ProcolStade stade) =>
        Assert.Equal(ProcedureStatus.PlanSauvegarde, At("2024-06-30",
            Procedure("2023-01-10", ProcolAction.Sauvegarde, ProcolStade.Ouverture),
            Procedure("2023-09-10", ProcolAction.Sauvegarde, stade)).Procedure);

    [Fact]
    public void Evaluate_SauvegardeOpened_IsEnProcedure() =>
        Assert.Equal(AlertLevel.EnProcedure, At("2024-06-30", Procedure("2024-01-10", ProcolAction.Sauvegarde, ProcolStade.Ouverture)).ExcludedLevel);

    [Fact]
    public void Evaluate_PlanThenLiquidation_MostSevereWins()
    {
        var s = At("2024-06-30",
            Procedure("2021-02-01", ProcolAction.Redressement, ProcolStade.PlanContinuation),
            Procedure("2024-05-02", ProcolAction.Liquidation, ProcolStade.Ouverture));

        Assert.Equal(ProcedureStatus.Liquidation, s.Procedure);
        Assert.Equal(D("2024-05-02"), s.ProcedureDate);
    }

    [Fact]
    public void Evaluate_ProcedureEnded_IsInBonis() =>
        Assert.Equal(FirmStanding.InBonis, At("2024-06-30",
            Procedure("2023-01-10", ProcolAction.Sauvegarde, ProcolStade.Ouverture),
            Procedure("2023-12-10", ProcolAction.Sauvegarde, ProcolStade.FinProcedure)));

    [Fact]
    public void Evaluate_UniteLegaleCessee_IsFermee()
    {
        var s = At("2024-06-30", UniteLegale() with { EstActif = false }, Etablissement());

        Assert.Equal(ClosureReason.UniteLegaleCessee, s.Fermeture);
        Assert.Equal(AlertLevel.Fermee, s.ExcludedLevel);
        Assert.Equal("entreprise fermée : unité légale cessée (Sirene)", s.Reason);
    }

    [Fact]
    public void Evaluate_EveryEstablishmentClosed_IsFermee() =>
        Assert.Equal(ClosureReason.EtablissementsFermes, At("2024-06-30", UniteLegale(),
            Etablissement(1) with { EstActif = false }, Etablissement(2, siege: false) with { EstActif = false }).Fermeture);

    [Fact]
    public void Evaluate_OneEstablishmentStillOpen_IsNotFermee() =>
        Assert.Equal(ClosureReason.Aucune, At("2024-06-30", UniteLegale(),
            Etablissement(1) with { EstActif = false }, Etablissement(2, siege: false)).Fermeture);

    [Fact]
    public void Evaluate_ClosedAndInLiquidation_ShowsTheProcedure()
    {
        var s = At("2024-06-30", UniteLegale() with { EstActif = false }, Procedure("2024-03-12", ProcolAction.Liquidation, ProcolStade.Ouverture));

        Assert.Equal(AlertLevel.EnProcedure, s.ExcludedLevel);
        Assert.Equal(ClosureReason.UniteLegaleCessee, s.Fermeture);
    }

    [Fact]
    public void Codes_AreTheSnakeCaseOfTheEnumNames()
    {
        var policy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower;
        Assert.All(Enum.GetValues<ProcedureStatus>(), p => Assert.Equal(policy.ConvertName(p.ToString()), p.Code()));
        Assert.All(Enum.GetValues<ClosureReason>(), c => Assert.Equal(policy.ConvertName(c.ToString()), c.Code()));
        Assert.All(Enum.GetValues<AlertLevel>(), l => Assert.Equal(policy.ConvertName(l.ToString()), l.Code()));
    }
}
