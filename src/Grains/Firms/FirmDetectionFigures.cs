using System.Collections.Immutable;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Grains.Firms;

/// <summary>
/// The detection-row figures a score change carries to the read model, from the same views as the firm's
/// summary (so the list and the firm page agree) plus the zone, the creation date and the payment plan flag.
/// </summary>
internal static class FirmDetectionFigures
{
    public static DetectionFigures Of(FirmHistory history, FirmGrainState state, Month month)
    {
        var summary = FirmViews.Summary(history, state);
        var delai = FeatureSchema.IndexOf("delai_actif");
        var now = FeatureCalculator.Compute(history, month).Values;
        return new DetectionFigures
        {
            RaisonSociale = summary.RaisonSociale,
            Departement = summary.Departement,
            Departements = ZoneOf(history),
            Ape = summary.Activite,
            DateCreation = history.Identity.DateCreation,
            Procedure = ProcedureCode(summary.ProcedureCollective),
            DetteUrssafEnHausse = summary.DetteUrssafEnHausse,
            ActivitePartielleRecente = summary.ActivitePartielleRecente,
            DelaiUrssafEnCours = delai >= 0 && now[delai] > 0,
            Effectif = summary.Effectif,
            ChiffreAffaires = summary.ChiffreAffaires,
            ChiffreAffairesVariation = summary.ChiffreAffairesVariation,
            ResultatExploitation = summary.ResultatExploitation,
            ExcedentBrutExploitation = summary.ExcedentBrutExploitation,
        };
    }

    /// <summary>Départements of the firm's open establishments plus the siège's (domain.md §2), sorted.</summary>
    private static ImmutableArray<string> ZoneOf(FirmHistory history)
    {
        var zone = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var e in history.Etablissements)
        {
            if (e.EstActif && !string.IsNullOrEmpty(e.Departement))
            {
                zone.Add(e.Departement);
            }
        }

        if (!string.IsNullOrEmpty(history.Identity.Departement))
        {
            zone.Add(history.Identity.Departement);
        }

        return [.. zone];
    }

    /// <summary>The string code of the numeric procédure state feature (0 in bonis ... 3 liquidation).</summary>
    private static string ProcedureCode(int? state) => state switch
    {
        1 => "sauvegarde",
        2 => "redressement",
        3 => "liquidation",
        _ => "in_bonis",
    };
}
