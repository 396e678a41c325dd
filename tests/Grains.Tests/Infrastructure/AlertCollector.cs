using System.Collections.Concurrent;
using Orleans.Runtime;
using Orleans.Streams;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.TestSupport;

namespace SignauxFaibles.Grains.Tests.Infrastructure;

/// <summary>Follows the cluster's alert stream from the test client, as `alerts --follow` does.</summary>
internal sealed class AlertCollector : IAsyncDisposable
{
    private readonly ConcurrentQueue<AlertEvent> _received = new();
    private StreamSubscriptionHandle<AlertEvent>? _handle;

    public static async Task<AlertCollector> StartAsync(IClusterClient client)
    {
        var collector = new AlertCollector();
        var stream = client.GetStreamProvider(AlertStreams.Provider)
            .GetStream<AlertEvent>(StreamId.Create(AlertStreams.Namespace, AlertStreams.Key));
        collector._handle = await stream.SubscribeAsync((alert, _) =>
        {
            collector._received.Enqueue(alert);
            return Task.CompletedTask;
        });
        return collector;
    }

    /// <summary>The alerts received for one firm, after waiting until <paramref name="expected"/> arrived or the timeout.</summary>
    public async Task<IReadOnlyList<AlertEvent>> ForAsync(string siren, int expected, TimeSpan? settle = null)
    {
        await Eventually.Until(
            () => Of(siren).Count >= expected,
            TimeSpan.FromSeconds(10),
            () => $"{Of(siren).Count} of {expected} alerts for {siren} received",
            TimeSpan.FromMilliseconds(50));

        // Allowed fixed wait (FixedDelayTests): an absence check. The alert stream has no end marker, so the
        // only way to see that no unexpected extra event follows (and to collect redeliveries) is to watch it
        // for a while; nothing waits on this delay for something to happen.
        await Task.Delay(settle ?? TimeSpan.FromMilliseconds(750));
        return Of(siren);
    }

    /// <summary>Every alert received, after waiting until at least <paramref name="expected"/> arrived or the timeout.</summary>
    public async Task<IReadOnlyList<AlertEvent>> AllAsync(int expected)
    {
        await Eventually.Until(
            () => _received.Count >= expected,
            TimeSpan.FromSeconds(10),
            () => $"{_received.Count} of {expected} alerts received",
            TimeSpan.FromMilliseconds(50));
        return [.. _received];
    }

    private List<AlertEvent> Of(string siren) => [.. _received.Where(a => a.Siren == siren)];

    public async ValueTask DisposeAsync()
    {
        if (_handle is not null)
        {
            await _handle.UnsubscribeAsync();
        }
    }
}
