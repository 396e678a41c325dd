using System.Text.Json;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Wire;

namespace SignauxFaibles.ReadModel;

/// <summary>A score change (scores topic or grain) as the projection's input.</summary>
public static class ScoreChangeUpdates
{
    public static FirmRowUpdate ToUpdate(ScoreChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var f = change.Figures ?? new DetectionFigures();
        return new FirmRowUpdate
        {
            Siren = change.Siren,
            Sequence = change.Sequence,
            AsOf = change.AsOf,
            Level = change.Level,
            Score = change.Score,
            ModelVersion = change.ModelVersion,
            RaisonSociale = f.RaisonSociale,
            Departement = f.Departement,
            Departements = f.Departements,
            Naf = f.Ape,
            Procedure = f.Procedure,
            ProcedureDate = f.ProcedureDate,
            DetteUrssafEnHausse = f.DetteUrssafEnHausse,
            ActivitePartielleRecente = f.ActivitePartielleRecente,
            DelaiUrssafEnCours = f.DelaiUrssafEnCours,
            Effectif = f.Effectif,
            ChiffreAffaires = f.ChiffreAffaires,
            ChiffreAffairesVariation = f.ChiffreAffairesVariation,
            ResultatExploitation = f.ResultatExploitation,
            ExcedentBrutExploitation = f.ExcedentBrutExploitation,
            DateCreation = f.DateCreation,
            Explanation = [.. change.TopFeatures.Select(t => new ExplanationItem(t.Feature, JsonConventions.Code(t.Group), t.Contribution))],
        };
    }
}
