namespace SignauxFaibles.ReadModel;

/// <summary>
/// The write side of the read model: applies firm state changes in order and closes dated lists
/// (docs/lists.md). One implementation over either provider; callers serialise their calls per store.
/// </summary>
public interface IReadModelProjector
{
    /// <summary>
    /// Applies <paramref name="updates"/> (each firm's in its sequence order) and records
    /// <paramref name="positions"/> in the same transaction. A firm whose delivery clock crosses a list's
    /// cut-off first gets its entry on that list (its state before the update).
    /// </summary>
    Task ApplyAsync(IReadOnlyList<FirmRowUpdate> updates, IReadOnlyList<ProjectionPosition> positions, CancellationToken cancellationToken);

    /// <summary>
    /// Closes the list of <paramref name="listDate"/> (and every earlier open one first): firms known before
    /// its cut-off with no entry yet get their current state, then its counts are frozen. Idempotent.
    /// </summary>
    Task CloseAsync(DateOnly listDate, CancellationToken cancellationToken);

    /// <summary>The next offset to read of every topic-partition the projection consumed.</summary>
    Task<IReadOnlyList<ProjectionPosition>> PositionsAsync(CancellationToken cancellationToken);

    /// <summary>The latest delivery date among the firms' live states (the projection's clock), or null when empty.</summary>
    Task<DateOnly?> ClockAsync(CancellationToken cancellationToken);

    /// <summary>Deletes every row (before a rebuild).</summary>
    Task ClearAsync(CancellationToken cancellationToken);
}

/// <summary>The next offset to read of one topic-partition.</summary>
public sealed record ProjectionPosition(string Topic, int Partition, long NextOffset);
