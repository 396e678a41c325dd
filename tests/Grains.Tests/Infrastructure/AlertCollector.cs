using System.Collections.Concurrent;
using Orleans.Runtime;
using Orleans.Streams;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Alerts;

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
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (Of(siren).Count < expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        // Give an unexpected extra event the time to show up too.
        await Task.Delay(settle ?? TimeSpan.FromMilliseconds(750));
        return Of(siren);
    }

    /// <summary>Every alert received, after waiting until at least <paramref name="expected"/> arrived or the timeout.</summary>
    public async Task<IReadOnlyList<AlertEvent>> AllAsync(int expected)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (_received.Count < expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

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
