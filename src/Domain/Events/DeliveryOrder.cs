namespace SignauxFaibles.Domain.Events;

/// <summary>
/// The delivery sequence of a fact read from a partner file (docs/events.md, "Same-day corrections"):
/// <c>millisecond of the day the file was delivered x 10^9 + line number</c>. Two versions of one fact
/// delivered the same day are thus ordered by the time of their delivery, then by their line in the file
/// (a later line of one file corrects an earlier one); a delivery known only by its date counts as
/// delivered at midnight. Deterministic: reading the same file with the same delivery stamp always gives
/// the same sequences, so a redelivery changes nothing.
/// </summary>
public static class DeliveryOrder
{
    /// <summary>Line numbers beyond this share the top sequence of their millisecond (no real file comes close).</summary>
    public const long MaxLine = 999_999_999;

    public static long Of(TimeOnly? deliveredAt, long line)
    {
        var millisecond = deliveredAt is { } t ? (long)(t.Ticks / TimeSpan.TicksPerMillisecond) : 0;
        return (millisecond * (MaxLine + 1)) + Math.Clamp(line, 0, MaxLine);
    }
}
