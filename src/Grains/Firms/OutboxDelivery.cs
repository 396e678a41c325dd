using System.Collections.Immutable;

namespace SignauxFaibles.Grains.Firms;

/// <summary>
/// Hands every item of an outbox to every publisher, in order, awaiting each. Shared by the alert and score
/// outboxes of <see cref="FirmGrain"/>; a failure propagates so the caller keeps its outbox and retries.
/// </summary>
internal static class OutboxDelivery
{
    public static async Task DeliverAsync<TItem, TPublisher>(
        ImmutableArray<TItem> items,
        TPublisher[] publishers,
        Func<TPublisher, TItem, CancellationToken, Task> publish,
        CancellationToken cancellationToken)
    {
        foreach (var item in items)
        {
            foreach (var publisher in publishers)
            {
                await publish(publisher, item, cancellationToken);
            }
        }
    }
}
