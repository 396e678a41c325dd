using Orleans;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Perimeter;
using SignauxFaibles.Domain.Population;
using SignauxFaibles.Domain.Reference;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Contracts;

/// <summary>
/// A firm as one row of the detection list (domain.md §6): identity, current score and level, and the key
/// figures shown next to them. Figures are null when unknown. Codes (level, procédure, closure) are stable
/// snake_case strings in JSON; the <c>...Label</c> members are their French labels, for JSON readers only
/// (not part of the Orleans contract).
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.FirmSummary.v1")]
public sealed record FirmSummary
{
    [Id(0)] public required string Siren { get; init; }
    [Id(1)] public string? RaisonSociale { get; init; }
    /// <summary>Département of the siège (display); see <see cref="Zone"/> for every département of the firm.</summary>
    [Id(2)] public string? Departement { get; init; }
    /// <summary>Main activity, NAF rev. 2 code; <see cref="ActiviteNaf"/> gives its labels.</summary>
    [Id(3)] public string? Activite { get; init; }
    [Id(4)] public required AlertLevel Level { get; init; }
    /// <summary>Probability of a défaillance within 18 months; null when not scored.</summary>
    [Id(5)] public double? Score { get; init; }
    [Id(6)] public string? ModelVersion { get; init; }
    /// <summary>The month scored.</summary>
    [Id(7)] public Month? Month { get; init; }
    [Id(8)] public bool PremiereAlerte { get; init; }
    /// <summary>Procédure collective state (plans included) at the month scored; null before any data.</summary>
    [Id(9)] public ProcedureStatus? ProcedureCollective { get; init; }
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
    /// <summary>Effective date of the judgment that gives <see cref="ProcedureCollective"/>; null in bonis.</summary>
    [Id(18)] public DateOnly? ProcedureDate { get; init; }
    /// <summary>Whether (and why) Sirene says the firm is closed.</summary>
    [Id(19)] public ClosureReason Fermeture { get; init; }
    /// <summary>Every département where the firm has an establishment, plus the siège's (access, zone filters).</summary>
    [Id(20)] public FirmZone? Zone { get; init; }
    /// <summary>The activity at each NAF level, section to sous-classe, with the INSEE labels.</summary>
    [Id(21)] public NafActivity? ActiviteNaf { get; init; }
    /// <summary>Name of the siège's département.</summary>
    [Id(22)] public string? DepartementNom { get; init; }
    /// <summary>INSEE code of the siège's région.</summary>
    [Id(23)] public string? Region { get; init; }
    /// <summary>Name of the siège's région.</summary>
    [Id(24)] public string? RegionNom { get; init; }

    /// <summary>The French label of <see cref="Level"/>.</summary>
    public string LevelLabel => Level.Label();

    /// <summary>The French label of <see cref="ProcedureCollective"/>.</summary>
    public string? ProcedureCollectiveLabel => ProcedureCollective?.Label();

    /// <summary>The French label of <see cref="Fermeture"/>.</summary>
    public string FermetureLabel => Fermeture.Label();

    /// <summary>The label of the most precise NAF level known (the sous-classe's when the code is complete).</summary>
    public string? ActiviteLabel => ActiviteNaf?.Libelle;
}
