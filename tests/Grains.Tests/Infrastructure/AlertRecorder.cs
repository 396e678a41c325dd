using System.Collections.Concurrent;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Alerts;

namespace SignauxFaibles.Grains.Tests.Infrastructure;

/// <summary>An <see cref="IAlertPublisher"/> that keeps every alert event the silo's grains publish, per firm.</summary>
public sealed class AlertRecorder : IAlertPublisher
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<AlertEvent>> _alerts = new(StringComparer.Ordinal);

    public Task PublishAsync(AlertEvent alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        _alerts.GetOrAdd(alert.Siren, _ => new()).Enqueue(alert);
        return Task.CompletedTask;
    }

    /// <summary>The events published for <paramref name="siren"/>, in publication order (republications included).</summary>
    public IReadOnlyList<AlertEvent> Of(string siren) => _alerts.TryGetValue(siren, out var q) ? [.. q] : [];

    /// <summary>Forgets what was published for <paramref name="siren"/>.</summary>
    public void Forget(string siren) => _alerts.TryRemove(siren, out _);
}
