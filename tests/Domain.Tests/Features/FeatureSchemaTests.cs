using System.Text.RegularExpressions;
using SignauxFaibles.Domain.Features;

namespace SignauxFaibles.Domain.Tests.Features;

public partial class FeatureSchemaTests
{
    // The names the scorer and the training panel rely on (brief of the feature vector).
    public static readonly TheoryData<string> Required = new(
        "effectif", "effectif_6m", "effectif_12m", "effectif_18m", "effectif_24m", "effectif_var_6m", "effectif_var_12m", "effectif_var_24m", "effectif_reporte",
        "cotisation_due", "cotisation_moy_12m", "dette_po", "dette_pp", "dette_totale",
        "dette_po_1m", "dette_po_2m", "dette_po_3m", "dette_po_6m", "dette_po_12m",
        "dette_pp_1m", "dette_pp_2m", "dette_pp_3m", "dette_pp_6m", "dette_pp_12m",
        "dette_moy_3m", "dette_moy_6m", "dette_moy_12m", "ratio_dette_cotisation", "dette_par_effectif", "dette_par_effectif_var_3m",
        "delai_actif", "delai_montant", "delai_jours_restants", "delai_ecart_lineaire", "mois_depuis_ccsf",
        "ap_heures_autorisees", "ap_heures_consommees", "ap_heures_consommees_cumul_12m", "ratio_apart", "ap_demande_12m",
        "ca", "ca_var_1a", "taux_marge", "resultat_exploitation", "ebe", "va_par_effectif", "charges_personnel_va",
        "dette_nette_caf", "liquidite_generale", "capitaux_propres_negatifs", "bfr", "delai_clients_jours",
        "delai_fournisseurs_jours", "rentabilite_economique", "solidite_financiere", "frais_financiers_ebe",
        "age_mois", "naf_section_code", "naf_division", "region_code", "procol_etat");

    [Theory]
    [MemberData(nameof(Required))]
    public void IndexOf_RequiredName_IsInTheSchema(string name) => Assert.Equal(name, FeatureSchema.All[FeatureSchema.IndexOf(name)].Name);

    [Fact]
    public void All_Names_AreUniqueSnakeCase()
    {
        Assert.Equal(FeatureSchema.Count, FeatureSchema.All.Select(f => f.Name).Distinct().Count());
        Assert.All(FeatureSchema.All, f => Assert.Matches(SnakeCase(), f.Name));
        Assert.All(FeatureSchema.All, f => Assert.False(string.IsNullOrWhiteSpace(f.Description)));
    }

    [Fact]
    public void FeatureId_EveryMember_IsAtTheIndexOfItsName()
    {
        var ids = Enum.GetValues<FeatureId>();
        Assert.Equal(FeatureSchema.Count, ids.Length);
        foreach (var id in ids)
        {
            Assert.Equal((int)id, FeatureSchema.IndexOf(ToSnakeCase(id.ToString())));
        }
    }

    [Fact]
    public void All_Groups_EachHaveFeatures() =>
        Assert.All(Enum.GetValues<FeatureGroup>(), g => Assert.Contains(FeatureSchema.All, f => f.Group == g));

    [Fact]
    public void IndexOf_UnknownName_IsMinusOne() => Assert.Equal(-1, FeatureSchema.IndexOf("nope"));

    private static string ToSnakeCase(string pascal) => PascalBoundary().Replace(pascal, "_").ToLowerInvariant();

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex SnakeCase();

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])|(?<=[a-z])(?=[0-9])")]
    private static partial Regex PascalBoundary();
}
