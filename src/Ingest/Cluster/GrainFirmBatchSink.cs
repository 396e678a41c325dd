using SignauxFaibles.Contracts;
using SignauxFaibles.Ingest.Consuming;

namespace SignauxFaibles.Ingest.Cluster;

/// <summary>
/// Delivers a firm's batch to its grain; the grain persists before returning, so the offsets may then be
/// stored. Failures of the Orleans runtime itself (silo unavailable, message rejected, a storage provider
/// failing to read the state when activating) are the cluster's, not the events': they become
/// <see cref="SinkUnavailableException"/>, which the ingest retries until the cluster is back.
/// </summary>
public sealed class GrainFirmBatchSink(IGrainFactory grains) : IFirmBatchSink
{
    public async Task ApplyAsync(FirmBatch batch, CancellationToken cancellationToken)
    {
        try
        {
            await grains.GetGrain<IFirmGrain>(batch.Siren).ApplyAsync(batch, cancellationToken);
        }
        catch (OrleansException ex)
        {
            throw new SinkUnavailableException($"firm {batch.Siren}: the cluster could not apply the batch ({ex.Message})", ex);
        }
    }
}
