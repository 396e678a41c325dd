namespace SignauxFaibles.Silo.Feed;

/// <summary>A source of deliveries in day order (the simulator now; files or replays later).</summary>
public interface IDeliverySource
{
    /// <summary>The first month the source delivers, to know when pacing starts.</summary>
    SignauxFaibles.Domain.Time.Month FirstMonth { get; }

    IAsyncEnumerable<Delivery> ReadAsync(CancellationToken cancellationToken);
}
