using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Validation;

namespace SignauxFaibles.Formats.Core;

/// <summary>
/// The outcome of one data line: either events (a wide headcount line yields one event, a valid line of
/// other formats one event) or the reasons it was rejected, with the raw line for the dead-letter topic.
/// </summary>
public readonly record struct ReadResult(long LineNumber, FirmEvent? Event, IReadOnlyList<Reject> Rejects, string? RawLine)
{
    public bool IsAccepted => Event is not null;

    public static ReadResult Accepted(long line, FirmEvent e) => new(line, e, [], null);

    public static ReadResult Rejected(long line, IReadOnlyList<Reject> rejects, string? rawLine) => new(line, null, rejects, rawLine);
}
