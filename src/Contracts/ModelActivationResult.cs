using Orleans;

namespace SignauxFaibles.Contracts;

/// <summary>
/// The answer to an activation request: accepted (the cluster's active version is now <see cref="Active"/>)
/// or refused, with the reason in <see cref="Message"/> and nothing changed.
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.ModelActivationResult.v1")]
public sealed record ModelActivationResult(
    [property: Id(0)] bool Accepted,
    [property: Id(1)] string Message,
    [property: Id(2)] ModelActivation? Active);
