using Orleans;

namespace SignauxFaibles.Contracts;

/// <summary>
/// The current alerts of the cluster, kept by following the alert stream (key <see cref="AlertStreams.Key"/>).
/// It serves the embedded default's <c>/alerts</c> endpoint and the client; the production detection list
/// is a read model projected from the alerts topic.
/// </summary>
[Alias("sf.IAlertBoardGrain")]
public interface IAlertBoardGrain : IGrainWithStringKey
{
    /// <summary>The firms currently in alert, highest score first, at most <paramref name="limit"/> of them.</summary>
    [Alias("current")]
    Task<AlertBoard> GetCurrentAsync(int limit, CancellationToken cancellationToken = default);
}
