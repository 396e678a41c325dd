using System.Collections.Immutable;
using Orleans;

namespace SignauxFaibles.Contracts;

/// <summary>
/// The cluster's model status: the active version (null until an activation: every silo then uses its
/// built-in scorer, <see cref="BuiltInId"/>), the recent activations (newest last), and each live silo's report.
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.ModelRegistryStatus.v1")]
public sealed record ModelRegistryStatus(
    [property: Id(0)] ModelActivation? Active,
    [property: Id(1)] string BuiltInId,
    [property: Id(2)] ImmutableArray<ModelActivation> History,
    [property: Id(3)] ImmutableArray<SiloModelStatus> Silos)
{
    /// <summary>The version the cluster should be scoring with.</summary>
    public string ActiveId => Active?.Id ?? BuiltInId;
}
