namespace SignauxFaibles.ReadModel;

/// <summary>
/// The read side of the read model: the one query implementation every caller (web pages, API, silo
/// endpoints, export) uses, whatever the store (PostgreSQL or SQLite).
/// </summary>
public interface IDetectionListReader
{
    /// <summary>Every dated list, newest first (the live list excluded).</summary>
    Task<IReadOnlyList<DatedList>> ListsAsync(CancellationToken cancellationToken);

    /// <summary>The current list: the latest closed one, or null when none is closed yet.</summary>
    Task<DatedList?> CurrentAsync(CancellationToken cancellationToken);

    /// <summary>One page of the list the query names, with its total and counts. An unknown list gives an empty page.</summary>
    Task<DetectionListPage> QueryAsync(DetectionListQuery query, CancellationToken cancellationToken);

    /// <summary>Every row matching the query in its order, ignoring paging (exports).</summary>
    IAsyncEnumerable<DetectionRow> ExportAsync(DetectionListQuery query, CancellationToken cancellationToken);

    /// <summary>The firm's row on a list (default: live), or null.</summary>
    Task<DetectionRow?> FirmAsync(string siren, DateOnly? listDate, CancellationToken cancellationToken);

    /// <summary>The firm's entries on every dated list, newest first (its alert history across lists).</summary>
    Task<IReadOnlyList<DetectionRow>> FirmHistoryAsync(string siren, CancellationToken cancellationToken);

    /// <summary>What changed between two lists, over the firms in alert on either.</summary>
    Task<ListDiff> DiffAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);
}
