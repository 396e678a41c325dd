using Orleans.Runtime;
using Orleans.Streams;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Alerts;

namespace SignauxFaibles.Grains.Alerts;

/// <summary>
/// Publishes alert events on the cluster's alert stream (<see cref="AlertStreams"/>), which the alert
/// board and clients (<c>alerts --follow</c>) follow.
/// </summary>
public sealed class StreamAlertPublisher(IClusterClient client) : IAlertPublisher
{
    private readonly Lazy<IAsyncStream<AlertEvent>> _stream = new(() => client
        .GetStreamProvider(AlertStreams.Provider)
        .GetStream<AlertEvent>(StreamId.Create(AlertStreams.Namespace, AlertStreams.Key)));

    public Task PublishAsync(AlertEvent alert, CancellationToken cancellationToken) =>
        _stream.Value.OnNextAsync(alert);
}
