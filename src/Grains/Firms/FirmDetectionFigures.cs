using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Population;
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
            Departements = summary.Zone?.Departements ?? Domain.Perimeter.FirmZone.Of(history).Departements,
            Ape = summary.Activite,
            DateCreation = history.Identity.DateCreation,
            Procedure = (summary.ProcedureCollective ?? ProcedureStatus.InBonis).Code(),
            ProcedureDate = summary.ProcedureDate,
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
}
