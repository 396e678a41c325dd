using System.Text.Json;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.Scoring;

namespace SignauxFaibles.Domain.Tests.Features;

/// <summary>What users read about each feature (issue: explanations agents can read), from the one definition.</summary>
public class FeatureMetadataTests
{
    [Fact]
    public void All_Features_HaveAFrenchLabelDistinctFromTheirCode()
    {
        Assert.All(FeatureSchema.All, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Label));
            Assert.NotEqual(f.Name, f.Label);
            Assert.DoesNotContain("_", f.Label, StringComparison.Ordinal);
        });
        Assert.Equal(FeatureSchema.Count, FeatureSchema.All.Select(f => f.Label).Distinct().Count());
    }

    [Theory]
    [InlineData("ratio_dette_cotisation", "Dette URSSAF en mois de cotisations", FeatureUnit.Ratio, FeatureDirection.Aggrave)]
    [InlineData("taux_marge", "Taux de marge (EBE / CA)", FeatureUnit.Ratio, FeatureDirection.Attenue)]
    [InlineData("dette_po", "Dette URSSAF, part ouvrière", FeatureUnit.Euros, FeatureDirection.Aggrave)]
    [InlineData("ap_heures_consommees", "Activité partielle, heures consommées du mois", FeatureUnit.Heures, FeatureDirection.Aggrave)]
    [InlineData("effectif", "Effectif salarié", FeatureUnit.Salaries, FeatureDirection.Indeterminee)]
    [InlineData("delai_clients_jours", "Délai de paiement des clients", FeatureUnit.Jours, FeatureDirection.Aggrave)]
    public void Find_KnownFeature_GivesItsLabelUnitAndDirection(string name, string label, FeatureUnit unit, FeatureDirection direction)
    {
        var f = FeatureSchema.Find(name)!;

        Assert.Equal((label, unit, direction), (f.Label, f.Unit, f.Direction));
    }

    [Fact]
    public void DelaiClients_IsSanteFinanciere_NotSupplierPaymentDelays()
    {
        Assert.Equal(FeatureGroup.SanteFinanciere, FeatureSchema.Find("delai_clients_jours")!.Group);
        Assert.DoesNotContain(FeatureSchema.All, f => f.Group == FeatureGroup.RetardsPaiement && f.Name.Contains("client", StringComparison.Ordinal));
    }

    [Fact]
    public void Contexte_HoldsOnlyContextFeatures()
    {
        Assert.Equal(
            ["age_mois", "naf_section_code", "naf_division", "region_code", "procol_etat"],
            FeatureSchema.All.Where(f => f.Group == FeatureGroup.Contexte).Select(f => f.Name));
    }

    [Fact]
    public void Contribution_CarriesTheDefinitionsLabelAndItsOwnEffect()
    {
        var aggravating = new FeatureContribution("ratio_dette_cotisation", FeatureGroup.DetteSociale, 3, 1.2);
        var mitigating = new FeatureContribution("taux_marge", FeatureGroup.SanteFinanciere, 0.2, -0.6);

        Assert.Equal("Dette URSSAF en mois de cotisations", aggravating.Label);
        Assert.Equal(FeatureDirection.Aggrave, aggravating.Effect);
        Assert.Equal(FeatureDirection.Attenue, mitigating.Effect);
        Assert.Equal("atténue", mitigating.Effect.Label());
        Assert.Equal(FeatureUnit.Ratio, mitigating.Unit);
    }

    [Fact]
    public void Codes_AreTheSnakeCaseOfTheEnumNames()
    {
        // The HTTP JSON writes enums with the snake_case naming policy, the Kafka JSON with Code(): one code each.
        var policy = JsonNamingPolicy.SnakeCaseLower;
        Assert.All(Enum.GetValues<FeatureUnit>(), u => Assert.Equal(policy.ConvertName(u.ToString()), u.Code()));
        Assert.All(Enum.GetValues<FeatureDirection>(), d => Assert.Equal(policy.ConvertName(d.ToString()), d.Code()));
    }
}
