using Orleans;

namespace SignauxFaibles.Contracts;

/// <summary>
/// One silo's re-scoring of its active firms after a model switch: how many firms it found active, how
/// many it has gone through, how many actually needed a new score, how many calls failed.
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.RescoreProgress.v1")]
public sealed record RescoreProgress(
    [property: Id(0)] string ModelId,
    [property: Id(1)] int Total,
    [property: Id(2)] int Done,
    [property: Id(3)] int Rescored,
    [property: Id(4)] int Failed,
    [property: Id(5)] DateTimeOffset StartedAt,
    [property: Id(6)] DateTimeOffset? FinishedAt);
