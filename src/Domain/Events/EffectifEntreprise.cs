using System.Collections.Immutable;
using Orleans;

namespace SignauxFaibles.Domain.Events;

/// <summary>URSSAF effectif of the firm (SIREN level), one row of the wide file.</summary>
[GenerateSerializer, Immutable, Alias("sf.EffectifEntreprise.v1")]
public sealed record EffectifEntreprise : FirmEvent
{
    /// <summary>Months in increasing order, each at most once; months with an empty cell are absent.</summary>
    [Id(0)] public required ImmutableArray<MonthlyHeadcount> Months { get; init; }
}
