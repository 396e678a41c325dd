using Orleans;

namespace SignauxFaibles.Contracts;

/// <summary>
/// What one silo last reported to the registry: the version its grains score with, the activation it
/// follows, its latest re-scoring, and the reason it could not load the cluster's version if so.
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.SiloModelStatus.v1")]
public sealed record SiloModelStatus(
    [property: Id(0)] string Silo,
    [property: Id(1)] string ModelId,
    [property: Id(2)] RescoreProgress? Rescore,
    [property: Id(3)] string? Error,
    [property: Id(4)] DateTimeOffset ReportedAt);
