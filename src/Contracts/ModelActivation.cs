using Orleans;

namespace SignauxFaibles.Contracts;

/// <summary>The model version active in the whole cluster, from the activation numbered <paramref name="Generation"/> (1, 2, ...).</summary>
[GenerateSerializer, Immutable, Alias("sf.ModelActivation.v1")]
public sealed record ModelActivation(
    [property: Id(0)] string Id,
    [property: Id(1)] long Generation,
    [property: Id(2)] DateTimeOffset ActivatedAt);
