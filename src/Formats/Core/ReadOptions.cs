using System.Text;
using SignauxFaibles.Domain.Validation;

namespace SignauxFaibles.Formats.Core;

/// <summary>How a partner file is read.</summary>
public sealed record ReadOptions
{
    /// <summary>The day the partner delivered the file; stamped on every event it yields.</summary>
    public required DateOnly DeliveredOn { get; init; }

    /// <summary>
    /// The time of day of the delivery (00:00 when only its date is known). When set, every event read gets
    /// the delivery sequence <see cref="Domain.Events.DeliveryOrder.Of"/>(time, line), so that of two
    /// versions of a fact delivered the same day the later one wins (docs/events.md, "Same-day
    /// corrections"); when null (library callers, tests) events keep sequence 0 and ties fall back to content.
    /// </summary>
    public TimeOnly? DeliveredAt { get; init; }

    /// <summary>Validation applied to every event before it is accepted.</summary>
    public ValidationOptions Validation { get; init; } = ValidationOptions.Strict;

    /// <summary>How many rejected lines the report keeps verbatim (counts are always complete).</summary>
    public int MaxRejectSamples { get; init; } = 100;

    /// <summary>
    /// Text encoding of delimited files when they carry no byte order mark; null reads UTF-8 (a BOM, when
    /// present, always wins). Some partner exports are Windows-1252.
    /// </summary>
    public Encoding? Encoding { get; init; }
}
