using System.Collections.Immutable;
using Orleans;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Contracts;

/// <summary>A firm's feature vector for one month, in the order of the feature schema (NaN = missing).</summary>
[GenerateSerializer, Immutable, Alias("sf.MonthFeatures.v1")]
public sealed record MonthFeatures(
    [property: Id(0)] Month Month,
    [property: Id(1)] ImmutableArray<double> Values);
