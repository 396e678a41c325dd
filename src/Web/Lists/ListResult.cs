using SignauxFaibles.ReadModel;

namespace SignauxFaibles.Web.Lists;

/// <summary>One page of the detection list as the page and <c>/api/liste</c> show it.</summary>
public sealed record ListResult(
    string Liste,
    bool Direct,
    int Total,
    int Eleve,
    int Modere,
    int PremieresAlertes,
    int Page,
    int Taille,
    IReadOnlyList<ListRow> Lignes,
    IReadOnlyList<ListChoice> Listes);

/// <summary>A list the agent can choose: its value in the query string and its label.</summary>
public sealed record ListChoice(string Valeur, string Libelle);

/// <summary>One row of the detection list (domain.md §6 row layout).</summary>
public sealed record ListRow(
    string Siren,
    string? RaisonSociale,
    string? Departement,
    string? Naf,
    string? Activite,
    string Niveau,
    string NiveauLibelle,
    double? RisquePourcent,
    bool PremiereAlerte,
    string Procedure,
    string ProcedureLibelle,
    bool DetteUrssafEnHausse,
    bool ActivitePartielleRecente,
    double? Effectif,
    double? ChiffreAffaires,
    string TendanceCa,
    double? ResultatExploitation,
    double? Ebe)
{
    public static ListRow From(DetectionRow r) => new(
        r.Siren, r.RaisonSociale, r.Departement, r.Naf, NafLabels.Label(r.Naf),
        Firms.FrenchLabels.Code(r.Level), Firms.FrenchLabels.Label(r.Level), r.Score * 100, r.PremiereAlerte,
        r.Procedure, ProcedureCodes.Label(r.Procedure), r.DetteUrssafEnHausse, r.ActivitePartielleRecente,
        r.Effectif, r.ChiffreAffaires,
        r.Trend switch { CaTrend.Up => "hausse", CaTrend.Down => "baisse", CaTrend.Stable => "stable", _ => "inconnue" },
        r.ResultatExploitation, r.ExcedentBrutExploitation);
}
