using SignauxFaibles.Domain.Alerts;

namespace SignauxFaibles.Contracts;

/// <summary>
/// Where a firm grain sends the alert events it emits. Every registered publisher receives every event,
/// at least once (the grain keeps unpublished events in its state and retries); events carry a
/// deterministic id so consumers drop duplicates. The Orleans stream publisher is always there; the Kafka
/// producer (alerts topic) registers as another one.
/// </summary>
public interface IAlertPublisher
{
    Task PublishAsync(AlertEvent alert, CancellationToken cancellationToken);
}
