using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Tests.Support;
using SignauxFaibles.Formats.Urssaf;

namespace SignauxFaibles.Formats.Tests.Urssaf;

public class ProcolReaderTests
{
    [Theory]
    [InlineData("Solde_procedure_redressement", ProcolAction.Redressement, ProcolStade.SoldeProcedure)]
    [InlineData("Ouverture_liquidation", ProcolAction.Liquidation, ProcolStade.Ouverture)]
    [InlineData("PLAN_CONTINUATION_SAUVEGARDE", ProcolAction.Sauvegarde, ProcolStade.PlanContinuation)]
    [InlineData("Cloture_insuffisance_actif_liquidation", ProcolAction.Liquidation, ProcolStade.ClotureInsuffisanceActif)]
    [InlineData("Inclusion_autre_procedure_redressement", ProcolAction.Redressement, ProcolStade.InclusionAutreProcedure)]
    [InlineData("Plan_redressement_liquidation", ProcolAction.Liquidation, ProcolStade.PlanRedressement)]
    [InlineData("Plan_sauvegarde_sauvegarde", ProcolAction.Sauvegarde, ProcolStade.PlanSauvegarde)]
    public void ProcolLabel_KnownLabel_GivesActionAndStage(string label, ProcolAction action, ProcolStade stade)
    {
        Assert.True(ProcolLabel.TryParse(label, out var a, out var s));
        Assert.Equal((action, stade), (a, s));
    }

    [Fact]
    public void ProcolLabel_Format_IsReadBackForEveryActionAndStage()
    {
        foreach (var action in Enum.GetValues<ProcolAction>())
        {
            foreach (var stade in Enum.GetValues<ProcolStade>())
            {
                Assert.True(ProcolLabel.TryParse(ProcolLabel.Format(action, stade), out var a, out var s), $"{action} {stade}");
                Assert.Equal((action, stade), (a, s));
            }
        }
    }

    [Theory]
    [InlineData("Solde_procedure_faillite")]
    [InlineData("Redressement")]
    [InlineData("Inconnu_liquidation")]
    public void Read_UnknownLabel_IsRejectedAsUnknownCode(string label)
    {
        var text = $"Siret;Siren;Dt_effet;Cat_v2;Lib_actx_stdx\n73282932000074;732829320;26MAY2014;1;{label}\n";

        var (results, _) = ReadAll.Text(new ProcolReader(), text, ValidationOptions.Strict);

        Assert.Equal(RejectCode.UnknownCode, Assert.Single(Assert.Single(results).Rejects).Code);
    }

    [Theory]
    [InlineData("31FEB2014")]
    [InlineData("26MAI2014")]
    [InlineData("2014-05-26")]
    public void Read_BadDate_IsRejectedAsInvalidDate(string date)
    {
        var text = $"Siret;Siren;Dt_effet;Cat_v2;Lib_actx_stdx\n73282932000074;732829320;{date};1;Ouverture_liquidation\n";

        var (results, _) = ReadAll.Text(new ProcolReader(), text, ValidationOptions.Strict);

        Assert.Equal(RejectCode.InvalidDate, Assert.Single(Assert.Single(results).Rejects).Code);
    }

    [Fact]
    public void Read_FirmLevelLine_TakesSirenColumnAndNoSiret()
    {
        var text = "Siret;Siren;Dt_effet;Cat_v2;Lib_actx_stdx\n;732829320;04oct2017;1;Ouverture_sauvegarde\n";

        var (results, _) = ReadAll.Text(new ProcolReader(), text, ValidationOptions.Strict);

        var p = Assert.IsType<ProcedureCollective>(Assert.Single(results).Event);
        Assert.Null(p.Siret);
        Assert.Equal("732829320", p.Siren);
        Assert.Equal(new DateOnly(2017, 10, 4), p.DateEffet);
    }

    [Fact]
    public void Read_NoSirenColumn_DerivesSirenFromSiret()
    {
        var text = "Siret;Dt_effet;Lib_actx_stdx\n73282932000074;17JUL2014;Fin_procedure_redressement\n";

        var (results, _) = ReadAll.Text(new ProcolReader(), text, ValidationOptions.Strict);

        Assert.Equal("732829320", Assert.IsType<ProcedureCollective>(Assert.Single(results).Event).Siren);
    }

    [Fact]
    public void Read_NeitherSiretNorSirenColumn_IsFatal()
    {
        var (results, report) = ReadAll.Text(new ProcolReader(), "Dt_effet;Lib_actx_stdx\n17JUL2014;Fin_procedure_redressement\n");

        Assert.Empty(results);
        Assert.Contains("Siret or Siren", report.Fatal, StringComparison.Ordinal);
    }
}
