namespace SignauxFaibles.Formats.Core;

/// <summary>
/// Reads one partner format into events, streaming (constant memory whatever the file size). Never throws
/// on bad content: bad lines come back as rejected results, an unreadable header as a fatal in the report.
/// </summary>
public interface IPartnerFileReader
{
    /// <summary>Short format name, e.g. "debit", "effectif", "apdemande" (as in the original pipeline).</summary>
    string Format { get; }

    IEnumerable<ReadResult> Read(Stream input, ReadOptions options, FileReport report, CancellationToken cancellationToken = default);
}
