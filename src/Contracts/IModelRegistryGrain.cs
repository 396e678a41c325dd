using System.Collections.Immutable;
using Orleans;

namespace SignauxFaibles.Contracts;

/// <summary>
/// The one place holding the model version active in the whole cluster (key <see cref="ModelRegistry.Key"/>,
/// persisted). Operators activate a version here; every silo polls it, loads the version from the shared
/// model store, swaps its scorer and re-scores its active firms, reporting progress back.
/// </summary>
[Alias("sf.IModelRegistryGrain")]
public interface IModelRegistryGrain : IGrainWithStringKey
{
    /// <summary>The versions the registry's silo can see (built-in and model store), by id.</summary>
    [Alias("list")]
    Task<ImmutableArray<ModelVersionInfo>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The active version, the recent activations and what each silo reports.</summary>
    [Alias("status")]
    Task<ModelRegistryStatus> GetStatusAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes <paramref name="id"/> the cluster's active version after loading it in full (content hash,
    /// kind, features, thresholds); an unknown or invalid version is refused and nothing changes.
    /// </summary>
    [Alias("activate")]
    Task<ModelActivationResult> ActivateAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Activates <paramref name="id"/> only when the cluster has no active version yet (a silo's configured initial version).</summary>
    [Alias("initialize")]
    Task<ModelActivationResult> InitializeAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The evaluation report of store version <paramref name="id"/> (null for the built-in version or a version without one).</summary>
    [Alias("report")]
    Task<ModelReport?> GetReportAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>A silo's periodic report; returns the active version it must follow (null: its built-in scorer).</summary>
    [Alias("sync")]
    Task<ModelActivation?> SyncAsync(SiloModelStatus report, CancellationToken cancellationToken = default);
}
