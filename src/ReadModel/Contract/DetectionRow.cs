using System.Collections.Immutable;
using SignauxFaibles.Domain.Alerts;

namespace SignauxFaibles.ReadModel;

/// <summary>
/// One firm on one dated list (or on the live list, <see cref="ReadModelLists.Live"/>): the row layout of
/// domain.md §6 plus what filters and the firm page need. Figures are null when unknown; they are those of
/// the list's cut-off, frozen with it.
/// </summary>
public sealed record DetectionRow
{
    public required DateOnly ListDate { get; init; }
    public required string Siren { get; init; }
    public string? RaisonSociale { get; init; }
    /// <summary>The siège's département (display).</summary>
    public string? Departement { get; init; }
    /// <summary>Every département where the firm has an establishment, plus the siège's (zone filters, access).</summary>
    public ImmutableArray<string> Departements { get; init; } = [];
    /// <summary>Main activity, NAF rev. 2 sous-classe code (e.g. <c>25.62B</c>).</summary>
    public string? Naf { get; init; }
    public required AlertLevel Level { get; init; }
    /// <summary>Probability of a défaillance within 18 months; null when not scored.</summary>
    public double? Score { get; init; }
    public string? ModelVersion { get; init; }
    /// <summary>In alert on this list and on no earlier list within the horizon (docs/lists.md). On the live list: would be a first alert on the next list.</summary>
    public bool PremiereAlerte { get; init; }
    /// <summary>Procédure state code (<see cref="ProcedureCodes"/>).</summary>
    public required string Procedure { get; init; }
    public DateOnly? ProcedureDate { get; init; }
    /// <summary>URSSAF debt up over the last 3 months.</summary>
    public bool DetteUrssafEnHausse { get; init; }
    /// <summary>An activité partielle request in the last 12 months.</summary>
    public bool ActivitePartielleRecente { get; init; }
    /// <summary>An URSSAF payment plan (délai) is running.</summary>
    public bool DelaiUrssafEnCours { get; init; }
    public double? Effectif { get; init; }
    public double? ChiffreAffaires { get; init; }
    /// <summary>Year-on-year change of the chiffre d'affaires (0.05 = +5 %).</summary>
    public double? ChiffreAffairesVariation { get; init; }
    public double? ResultatExploitation { get; init; }
    public double? ExcedentBrutExploitation { get; init; }
    public DateOnly? DateCreation { get; init; }
    /// <summary>The latest delivery date the firm's data include (before the cut-off on a dated list).</summary>
    public DateOnly? AsOf { get; init; }
    /// <summary>The features that raise the score most, largest first.</summary>
    public ImmutableArray<ExplanationItem> Explanation { get; init; } = [];

    /// <summary>The chiffre d'affaires arrow.</summary>
    public CaTrend Trend => ChiffreAffairesVariation switch
    {
        null => CaTrend.Unknown,
        > 0.05 => CaTrend.Up,
        < -0.05 => CaTrend.Down,
        _ => CaTrend.Stable,
    };
}
