using System.Collections.Immutable;
using SignauxFaibles.Contracts;

namespace SignauxFaibles.Grains.Models;

/// <summary>The persisted registry: the active version and the recent activations. A versioned contract: add members with new ids.</summary>
[GenerateSerializer, Alias("sf.ModelRegistryState.v1")]
public sealed class ModelRegistryState
{
    [Id(0)] public ModelActivation? Active { get; set; }

    /// <summary>The latest activations, oldest first (bounded): what to roll back to.</summary>
    [Id(1)] public ImmutableArray<ModelActivation> History { get; set; } = [];
}
