using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Perimeter;
using static SignauxFaibles.Domain.Tests.History.TestEvents;

namespace SignauxFaibles.Domain.Tests.Rules;

public class PerimeterRuleTests
{
    private static PerimeterStatus Evaluate(string month, params FirmEvent[] events) =>
        PerimeterRule.Evaluate(FirmHistory.Build(Siren, events), M(month));

    [Fact]
    public void Evaluate_TenEmployeesOnceInTenYears_IsInPerimeter() =>
        Assert.True(Evaluate("2024-06", UniteLegale(), Etablissement(), Effectif(1, "2015-01", 10), Effectif(1, "2024-01", 3)).IsInPerimeter);

    [Fact]
    public void Evaluate_TenEmployeesOnlyMoreThan120MonthsAgo_IsOut()
    {
        var status = Evaluate("2025-01", UniteLegale(), Effectif(1, "2015-01", 10), Effectif(1, "2024-01", 3));

        Assert.Equal(PerimeterReason.MoinsDeDixSalaries, status.Reason);
        Assert.Equal("effectif maximal 3", status.Detail);
    }

    [Fact]
    public void Evaluate_ForwardFilledHeadcount_DoesNotCount() =>
        Assert.Equal(PerimeterReason.MoinsDeDixSalaries, Evaluate("2025-01", Effectif(1, "2014-12", 50), Effectif(1, "2015-02", 4)).Reason);

    [Fact]
    public void Evaluate_NoHeadcount_IsOut() =>
        Assert.Equal(PerimeterReason.MoinsDeDixSalaries, Evaluate("2024-06", UniteLegale()).Reason);

    [Theory]
    [InlineData("84.11Z", PerimeterReason.AdministrationPublique)]
    [InlineData("85.20Z", PerimeterReason.Enseignement)]
    [InlineData("8542Z", PerimeterReason.Enseignement)]
    [InlineData("64.19Z", PerimeterReason.FinanceAssurance)]
    [InlineData("65.12Z", PerimeterReason.FinanceAssurance)]
    [InlineData("66.22Z", PerimeterReason.FinanceAssurance)]
    [InlineData("94.20Z", PerimeterReason.OrganisationNonMarchande)]
    [InlineData("94.91Z", PerimeterReason.OrganisationNonMarchande)]
    [InlineData("99.00Z", PerimeterReason.OrganisationNonMarchande)]
    public void Evaluate_ExcludedActivity_IsOut(string ape, PerimeterReason reason) =>
        Assert.Equal(reason, Evaluate("2020-06", UniteLegale(ape: ape), Effectif(1, "2020-01", 100)).Reason);

    [Theory]
    [InlineData("85.59A")]
    [InlineData("85.60Z")]
    [InlineData("94.99Z")]
    [InlineData("25.62B")]
    [InlineData("64.20Z")]
    [InlineData("6420Z")]
    [InlineData(null)]
    public void Evaluate_OtherActivity_IsIn(string? ape) =>
        Assert.True(Evaluate("2020-06", UniteLegale(ape: ape), Effectif(1, "2020-01", 100)).IsInPerimeter);

    [Theory]
    [InlineData("7210", false)]
    [InlineData("7389", false)]
    [InlineData("4110", false)]
    [InlineData("5499", true)]
    [InlineData("9220", true)]
    public void Evaluate_LegalCategory_PublicLawIsOut(string categorie, bool inPerimeter) =>
        Assert.Equal(inPerimeter, Evaluate("2020-06", UniteLegale(categorie: categorie), Effectif(1, "2020-01", 100)).IsInPerimeter);

    [Fact]
    public void Evaluate_SiegeAbroad_IsOut()
    {
        var status = Evaluate("2020-06", UniteLegale(nicSiege: "00001"), Etablissement(1, siege: true, departement: null, paysEtranger: "99134"),
            Effectif(1, "2020-01", 100));

        Assert.Equal(PerimeterReason.SiegeEtranger, status.Reason);
    }

    [Fact]
    public void Evaluate_Holding6420Z_IsInPerimeterWhileOtherClassesOf64AreOut()
    {
        Assert.True(Evaluate("2020-06", UniteLegale(ape: "64.20Z"), Effectif(1, "2020-01", 100)).IsInPerimeter);
        Assert.Equal(PerimeterReason.FinanceAssurance, Evaluate("2020-06", UniteLegale(ape: "64.30Z"), Effectif(1, "2020-01", 100)).Reason);
        Assert.Equal(PerimeterReason.FinanceAssurance, Evaluate("2020-06", UniteLegale(ape: "64.11Z"), Effectif(1, "2020-01", 100)).Reason);
    }

    [Fact]
    public void Evaluate_UnknownSiege_ExcludesNothing()
    {
        // No siège delivered (NIC unknown, no establishment flagged siège): only a siège known abroad excludes.
        var status = Evaluate("2020-06", UniteLegale(nicSiege: null), Etablissement(2, siege: false, departement: "69"), Effectif(2, "2020-01", 100));

        Assert.True(status.IsInPerimeter);
    }

    [Fact]
    public void Evaluate_ActivityFromTheSiegeWhenUniteLegaleHasNone_IsUsed() =>
        Assert.Equal(PerimeterReason.AdministrationPublique,
            Evaluate("2020-06", UniteLegale(ape: null), Etablissement(1, ape: "84.11Z"), Effectif(1, "2020-01", 100)).Reason);
}
