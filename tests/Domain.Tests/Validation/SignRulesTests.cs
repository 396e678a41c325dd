using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Tests.Wire;
using SignauxFaibles.Domain.Validation;

namespace SignauxFaibles.Domain.Tests.Validation;

/// <summary>
/// The per-field sign rules (docs/events.md, "Per-field rules"): what the original's data allow stays
/// valid, the rest is rejected as <c>negative_value</c> on its field.
/// </summary>
public class SignRulesTests
{
    private static readonly Debit Debit = SampleEvents.All.OfType<Debit>().Single();
    private static readonly Cotisation Cotisation = SampleEvents.All.OfType<Cotisation>().Single();
    private static readonly Delai Delai = SampleEvents.All.OfType<Delai>().Single();
    private static readonly ApDemande ApDemande = SampleEvents.All.OfType<ApDemande>().Single();
    private static readonly ApConsommation ApConsommation = SampleEvents.All.OfType<ApConsommation>().Single();

    private static (RejectCode Code, string Field)[] Rejects(FirmEvent e) =>
        [.. EventValidator.Validate(e).Select(r => (r.Code, r.Field))];

    [Fact]
    public void Samples_AreValid()
    {
        Assert.All(new FirmEvent[] { Debit, Cotisation, Delai, ApDemande, ApConsommation }, e => Assert.Empty(Rejects(e)));
    }

    [Theory]
    [InlineData("partOuvriere")]
    [InlineData("partPatronale")]
    [InlineData("numeroHistorique")]
    [InlineData("etatCompte")]
    public void Debit_NegativeRemainingDebtOrNumber_IsNegativeValue(string field)
    {
        var e = field switch
        {
            "partOuvriere" => Debit with { PartOuvriere = -0.01m },
            "partPatronale" => Debit with { PartPatronale = -120m },
            "numeroHistorique" => Debit with { NumeroHistorique = -1 },
            _ => Debit with { EtatCompte = -2 },
        };
        Assert.Equal([(RejectCode.NegativeValue, field)], Rejects(e));
    }

    [Fact]
    public void Debit_ZeroDebt_IsValid() =>
        Assert.Empty(Rejects(Debit with { PartOuvriere = 0m, PartPatronale = 0m, NumeroHistorique = 0, EtatCompte = 0 }));

    [Fact]
    public void Cotisation_NegativeAmounts_AreValidRegularisations() =>
        // The original's own test file (cotisationTestData.csv) carries cotis_due -210.99 and enc_direct -682.31.
        Assert.Empty(Rejects(Cotisation with { Du = -210.99m, Encaisse = -682.31m }));

    [Fact]
    public void Delai_NegativePlanTotal_IsNegativeValue() =>
        Assert.Equal([(RejectCode.NegativeValue, "montantEcheancier")], Rejects(Delai with { MontantEcheancier = -5m }));

    [Fact]
    public void ActivitePartielle_NegativeAmounts_AreNegativeValue()
    {
        Assert.Equal([(RejectCode.NegativeValue, "montantAutorise")], Rejects(ApDemande with { MontantAutorise = -1m }));
        Assert.Equal([(RejectCode.NegativeValue, "montant")], Rejects(ApConsommation with { Montant = -1m }));
    }

    [Fact]
    public void NegativeBeyondTheRange_IsStillOneReject() =>
        Assert.Equal([(RejectCode.NegativeValue, "partPatronale")], Rejects(Debit with { PartPatronale = -1e15m }));
}
