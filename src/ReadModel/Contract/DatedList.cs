namespace SignauxFaibles.ReadModel;

/// <summary>
/// A dated detection list (docs/lists.md): its date (also its cut-off), whether it is closed (frozen: every
/// firm known at the cut-off has its entry) and, once closed, its counts over every firm in alert.
/// </summary>
public sealed record DatedList(DateOnly Date, DateTimeOffset? ClosedAt, int Firms, LevelCounts Counts)
{
    public bool IsClosed => ClosedAt is not null;
}
