using System.Collections.Immutable;
using Orleans;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.History;

/// <summary>
/// The persisted snapshot of a <see cref="FirmHistory"/>: the facts it keeps, each table sorted by key.
/// A versioned contract: add members with new ids, never renumber or reuse one, and bump the alias for a
/// breaking change.
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.FirmHistoryState.v1")]
public sealed record FirmHistoryState
{
    [Id(0)] public required string Siren { get; init; }
    /// <summary>The latest month any data refers to (the end of the retention window); null when none.</summary>
    [Id(1)] public Month? LastMonth { get; init; }
    [Id(2)] public SireneUniteLegaleFact? UniteLegale { get; init; }
    [Id(3)] public ImmutableArray<SireneEtablissementFact> Etablissements { get; init; } = [];
    [Id(4)] public ImmutableArray<CotisationFact> Cotisations { get; init; } = [];
    [Id(5)] public ImmutableArray<DebitFact> Debits { get; init; } = [];
    [Id(6)] public ImmutableArray<DelaiFact> Delais { get; init; } = [];
    [Id(7)] public ImmutableArray<CcsfFact> Ccsf { get; init; } = [];
    [Id(8)] public HeadcountSeriesState? EffectifEntreprise { get; init; }
    [Id(9)] public ImmutableArray<HeadcountSeriesState> EffectifEtablissements { get; init; } = [];
    [Id(10)] public ImmutableArray<ProcedureFact> Procedures { get; init; } = [];
    [Id(11)] public ImmutableArray<ApDemandeFact> ApDemandes { get; init; } = [];
    [Id(12)] public ImmutableArray<ApConsommationFact> ApConsommations { get; init; } = [];
    [Id(13)] public ImmutableArray<StatementFact> Statements { get; init; } = [];
    [Id(14)] public ImmutableArray<SupplierPaymentFact> PaiementsFournisseurs { get; init; } = [];
}
