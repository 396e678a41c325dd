using Orleans;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Contracts;

/// <summary>
/// A firm as one row of the detection list (domain.md §6): identity, current score and level, and the key
/// figures shown next to them. Figures are null when unknown.
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.FirmSummary.v1")]
public sealed record FirmSummary
{
    [Id(0)] public required string Siren { get; init; }
    [Id(1)] public string? RaisonSociale { get; init; }
    [Id(2)] public string? Departement { get; init; }
    /// <summary>Main activity, NAF rev. 2 code.</summary>
    [Id(3)] public string? Activite { get; init; }
    [Id(4)] public required AlertLevel Level { get; init; }
    /// <summary>Probability of a défaillance within 18 months; null when not scored.</summary>
    [Id(5)] public double? Score { get; init; }
    [Id(6)] public string? ModelVersion { get; init; }
    /// <summary>The month scored.</summary>
    [Id(7)] public Month? Month { get; init; }
    [Id(8)] public bool PremiereAlerte { get; init; }
    /// <summary>Procédure collective state: 0 in bonis, 1 sauvegarde, 2 redressement, 3 liquidation.</summary>
    [Id(9)] public int? ProcedureCollective { get; init; }
    /// <summary>URSSAF debt up over the last 3 months.</summary>
    [Id(10)] public bool DetteUrssafEnHausse { get; init; }
    /// <summary>An activité partielle request in the last 12 months.</summary>
    [Id(11)] public bool ActivitePartielleRecente { get; init; }
    [Id(12)] public double? Effectif { get; init; }
    [Id(13)] public double? ChiffreAffaires { get; init; }
    /// <summary>Year-on-year change of the chiffre d'affaires (0.05 = +5 %).</summary>
    [Id(14)] public double? ChiffreAffairesVariation { get; init; }
    [Id(15)] public double? ResultatExploitation { get; init; }
    [Id(16)] public double? ExcedentBrutExploitation { get; init; }
    /// <summary>The latest delivery date the firm's data include.</summary>
    [Id(17)] public DateOnly? AsOf { get; init; }
}
