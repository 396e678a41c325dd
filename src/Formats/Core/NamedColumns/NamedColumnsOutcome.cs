using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Validation;

namespace SignauxFaibles.Formats.Core.NamedColumns;

/// <summary>
/// What a format's line parser made of one line: an event (still to be validated), the reasons the line
/// cannot become one, or nothing because the format deliberately filters such lines out (counted as
/// skipped, like the original pipeline's "lignes filtrées").
/// </summary>
internal readonly record struct NamedColumnsOutcome(FirmEvent? Event, IReadOnlyList<Reject>? Rejects)
{
    public bool IsSkipped => Event is null && Rejects is null;

    public static NamedColumnsOutcome Skip => default;

    public static NamedColumnsOutcome Accept(FirmEvent e) => new(e, null);

    public static NamedColumnsOutcome Reject(IReadOnlyList<Reject> rejects) => new(null, rejects);
}
