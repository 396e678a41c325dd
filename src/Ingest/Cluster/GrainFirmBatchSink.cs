using SignauxFaibles.Contracts;
using SignauxFaibles.Ingest.Consuming;

namespace SignauxFaibles.Ingest.Cluster;

/// <summary>Delivers a firm's batch to its grain; the grain persists before returning, so the offsets may then be stored.</summary>
public sealed class GrainFirmBatchSink(IGrainFactory grains) : IFirmBatchSink
{
    public Task ApplyAsync(FirmBatch batch, CancellationToken cancellationToken) =>
        grains.GetGrain<IFirmGrain>(batch.Siren).ApplyAsync(batch, cancellationToken);
}
