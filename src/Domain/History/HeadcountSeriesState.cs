using System.Collections.Immutable;
using Orleans;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.History;

/// <summary>
/// Persisted monthly headcounts of one establishment (key: siret) or of the firm (key: siren): one slot per
/// month from <see cref="Start"/>, <see cref="HeadcountSeries.Missing"/> where no value was delivered,
/// and the delivery day and sequence of each value (the later delivery of a month wins). A versioned
/// contract: add members with new ids, never renumber.
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.HeadcountSeriesState.v1")]
public sealed record HeadcountSeriesState
{
    [Id(0)] public required string Key { get; init; }
    [Id(1)] public required Month Start { get; init; }
    [Id(2)] public required ImmutableArray<int> Values { get; init; }
    [Id(3)] public required ImmutableArray<DateOnly> Versions { get; init; }
    /// <summary>The delivery sequence of each value (empty in states written before it was kept: all 0).</summary>
    [Id(4)] public ImmutableArray<long> Sequences { get; init; } = [];
}
