using System.Collections.Immutable;
using SignauxFaibles.Domain.Alerts;

namespace SignauxFaibles.ReadModel;

/// <summary>
/// One change of a firm's state as the projection consumes it (from a score change of the scores topic or
/// straight from a grain in the embedded run): the firm's level, score and detection-row figures after the
/// change. <see cref="Sequence"/> orders a firm's changes; an update at or below the stored one is a
/// duplicate and is dropped.
/// </summary>
public sealed record FirmRowUpdate
{
    public required string Siren { get; init; }
    public required int Sequence { get; init; }
    /// <summary>The latest delivery date the firm's data include: the clock that places the state before or after a list's cut-off.</summary>
    public required DateOnly AsOf { get; init; }
    public required AlertLevel Level { get; init; }
    public double? Score { get; init; }
    public string? ModelVersion { get; init; }
    public string? RaisonSociale { get; init; }
    public string? Departement { get; init; }
    public ImmutableArray<string> Departements { get; init; } = [];
    public string? Naf { get; init; }
    public string Procedure { get; init; } = ProcedureCodes.InBonis;
    public DateOnly? ProcedureDate { get; init; }
    public bool DetteUrssafEnHausse { get; init; }
    public bool ActivitePartielleRecente { get; init; }
    public bool DelaiUrssafEnCours { get; init; }
    public double? Effectif { get; init; }
    public double? ChiffreAffaires { get; init; }
    public double? ChiffreAffairesVariation { get; init; }
    public double? ResultatExploitation { get; init; }
    public double? ExcedentBrutExploitation { get; init; }
    public DateOnly? DateCreation { get; init; }
    public ImmutableArray<ExplanationItem> Explanation { get; init; } = [];
}
