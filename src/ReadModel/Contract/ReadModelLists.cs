namespace SignauxFaibles.ReadModel;

/// <summary>Well-known list dates.</summary>
public static class ReadModelLists
{
    /// <summary>
    /// The live list: every firm's latest state, updated on each score change. Stored beside the dated lists
    /// under this sentinel date so one query serves both.
    /// </summary>
    public static readonly DateOnly Live = DateOnly.MaxValue;
}
