using System.Collections.Immutable;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Perimeter;
using SignauxFaibles.Domain.Population;
using SignauxFaibles.Domain.Reference;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Grains.Firms;

/// <summary>
/// The read views of a firm (detection-list row, chart series), computed on demand from its history with
/// the same feature code as scoring, so what users see is what was scored.
/// </summary>
internal static class FirmViews
{
    /// <summary>The chart series of the firm page (domain.md §6): feature name and label.</summary>
    public static ImmutableArray<(string Feature, string Label)> ChartSeries { get; } =
    [
        ("effectif", "Effectif"),
        ("ap_heures_consommees", "Activité partielle, heures consommées"),
        ("ratio_apart", "Activité partielle, part des heures"),
        ("cotisation_due", "Cotisations dues (EUR)"),
        ("dette_po", "Dette URSSAF, part ouvrière (EUR)"),
        ("dette_pp", "Dette URSSAF, part patronale (EUR)"),
        ("delai_actif", "Plan de paiement URSSAF actif"),
        ("delai_montant", "Plan de paiement URSSAF, montant (EUR)"),
    ];

    public static FirmSummary Summary(FirmHistory history, FirmGrainState state)
    {
        var identity = history.Identity;
        var departement = Departements.Find(identity.Departement);
        var summary = new FirmSummary
        {
            Siren = history.Siren,
            RaisonSociale = identity.RaisonSociale,
            Departement = identity.Departement,
            Activite = identity.Ape,
            Level = state.Alert.Level,
            Score = state.Score?.Probability,
            ModelVersion = state.Score?.ModelVersion,
            Month = history.LastMonth,
            PremiereAlerte = state.Alert.PremiereAlerte,
            AsOf = state.AsOf,
            Zone = FirmZone.Of(history),
            ActiviteNaf = NafActivity.Of(identity.Ape),
            DepartementNom = departement?.Libelle,
            Region = departement?.Region,
            RegionNom = departement?.LibelleRegion,
        };
        if (history.LastMonth is not { } month)
        {
            return summary;
        }

        var now = FeatureCalculator.Compute(history, month);
        var before = FeatureCalculator.Compute(history, month.AddMonths(-3));
        var standing = PopulationRule.Evaluate(history, month.EndExclusive.AddDays(-1));
        return summary with
        {
            ProcedureCollective = standing.Procedure,
            ProcedureDate = standing.ProcedureDate,
            Fermeture = standing.Fermeture,
            DetteUrssafEnHausse = Debt(now) > Debt(before),
            ActivitePartielleRecente = ValueOf(now, "ap_demande_12m") > 0,
            Effectif = ValueOf(now, "effectif"),
            ChiffreAffaires = ValueOf(now, "ca"),
            ChiffreAffairesVariation = ValueOf(now, "ca_var_1a"),
            ResultatExploitation = ValueOf(now, "resultat_exploitation"),
            ExcedentBrutExploitation = ValueOf(now, "ebe"),
        };
    }

    public static FirmSeries Series(FirmHistory history, int months)
    {
        months = Math.Clamp(months, 1, 120);
        var last = history.LastMonth ?? Month.From(DateOnly.FromDateTime(DateTime.UtcNow));
        var from = last.AddMonths(1 - months);
        var columns = ChartSeries
            .Select(s => (s.Feature, s.Label, Index: FeatureSchema.IndexOf(s.Feature)))
            .Where(s => s.Index >= 0)
            .ToArray();
        var values = columns.Select(_ => new double[months]).ToArray();
        for (var m = 0; m < months; m++)
        {
            var vector = FeatureCalculator.Compute(history, from.AddMonths(m));
            for (var c = 0; c < columns.Length; c++)
            {
                values[c][m] = vector.Values[columns[c].Index];
            }
        }

        return new FirmSeries(
            history.Siren,
            from,
            months,
            [.. columns.Select((c, i) => new NamedSeries(c.Feature, c.Label, [.. values[i]]))]);
    }

    private static double Debt(FeatureVector v) =>
        (ValueOf(v, "dette_po") ?? 0) + (ValueOf(v, "dette_pp") ?? 0);

    private static double? ValueOf(FeatureVector vector, string feature)
    {
        var i = FeatureSchema.IndexOf(feature);
        return i < 0 || double.IsNaN(vector.Values[i]) ? null : vector.Values[i];
    }
}
