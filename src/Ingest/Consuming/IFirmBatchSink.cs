using SignauxFaibles.Contracts;

namespace SignauxFaibles.Ingest.Consuming;

/// <summary>
/// Where the ingest delivers one firm's events of a batch (in production: one call to the firm's grain,
/// see <see cref="Cluster.GrainFirmBatchSink"/>). The task completes once the events are applied and
/// persisted; only then are their offsets stored. Implementations must be idempotent per source
/// position, because after a crash or a rebalance the same events are delivered again.
/// </summary>
public interface IFirmBatchSink
{
    Task ApplyAsync(FirmBatch batch, CancellationToken cancellationToken);
}
