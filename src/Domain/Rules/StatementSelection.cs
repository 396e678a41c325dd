namespace SignauxFaibles.Domain.Rules;

/// <summary>
/// Indexes (into the history's statements) of the latest valid statement at a month and of the one before
/// it, -1 when there is none.
/// </summary>
public readonly record struct StatementSelection(int Latest, int Previous)
{
    public static StatementSelection None => new(-1, -1);

    public bool HasLatest => Latest >= 0;

    public bool HasPrevious => Previous >= 0;
}
