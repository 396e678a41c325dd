using Orleans;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Events;

/// <summary>A headcount for one month.</summary>
[GenerateSerializer, Immutable, Alias("sf.MonthlyHeadcount.v1")]
public readonly record struct MonthlyHeadcount([property: Id(0)] Month Month, [property: Id(1)] int Effectif);
