using System.Collections.Immutable;
using Orleans;

namespace SignauxFaibles.Contracts;

/// <summary>
/// The figures of a firm's detection-list row (domain.md §6) at a score change, carried by
/// <see cref="ScoreChange"/> so the read model projects lists, filters and exports from the scores topic
/// alone. Null figures are unknown. A versioned contract: add members with new ids, never renumber.
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.DetectionFigures.v1")]
public sealed record DetectionFigures
{
    [Id(0)] public string? RaisonSociale { get; init; }
    /// <summary>The siège's département.</summary>
    [Id(1)] public string? Departement { get; init; }
    /// <summary>Every département where the firm has an establishment, plus the siège's, sorted.</summary>
    [Id(2)] public ImmutableArray<string> Departements { get; init; } = [];
    /// <summary>Main activity, NAF rev. 2 code.</summary>
    [Id(3)] public string? Ape { get; init; }
    [Id(4)] public DateOnly? DateCreation { get; init; }
    /// <summary>Procédure state code: in_bonis, plan_sauvegarde, plan_continuation, sauvegarde, redressement, liquidation, fermee.</summary>
    [Id(5)] public string Procedure { get; init; } = "in_bonis";
    [Id(6)] public DateOnly? ProcedureDate { get; init; }
    /// <summary>URSSAF debt up over the last 3 months.</summary>
    [Id(7)] public bool DetteUrssafEnHausse { get; init; }
    /// <summary>An activité partielle request in the last 12 months.</summary>
    [Id(8)] public bool ActivitePartielleRecente { get; init; }
    /// <summary>An URSSAF payment plan is running.</summary>
    [Id(9)] public bool DelaiUrssafEnCours { get; init; }
    [Id(10)] public double? Effectif { get; init; }
    [Id(11)] public double? ChiffreAffaires { get; init; }
    /// <summary>Year-on-year change of the chiffre d'affaires (0.05 = +5 %).</summary>
    [Id(12)] public double? ChiffreAffairesVariation { get; init; }
    [Id(13)] public double? ResultatExploitation { get; init; }
    [Id(14)] public double? ExcedentBrutExploitation { get; init; }
}
