using System.Collections.Immutable;
using Orleans;

namespace SignauxFaibles.Contracts;

/// <summary>One monthly series of a chart; NaN marks a month without a value.</summary>
[GenerateSerializer, Immutable, Alias("sf.NamedSeries.v1")]
public sealed record NamedSeries(
    [property: Id(0)] string Name,
    [property: Id(1)] string Label,
    [property: Id(2)] ImmutableArray<double> Values);
