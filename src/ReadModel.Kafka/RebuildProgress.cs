namespace SignauxFaibles.ReadModel.Kafka;

/// <summary>
/// Where a rebuild stands: messages taken out of the total to replay (the high watermarks at start minus the
/// low ones; a compacted topic holds fewer, so the count may end below the total), the rate and the time left.
/// </summary>
public sealed record RebuildProgress(long Done, long Total, TimeSpan Elapsed)
{
    /// <summary>Messages per second since the replay started (0 before its first second).</summary>
    public double Rate => Elapsed.TotalSeconds >= 1 ? Done / Elapsed.TotalSeconds : 0;

    /// <summary>Estimated time left at the current rate, or null while the rate is unknown.</summary>
    public TimeSpan? Eta => Rate > 0 ? TimeSpan.FromSeconds(Math.Max(0, Total - Done) / Rate) : null;

    /// <summary>One line for an operator: <c>1200/5000 messages (24.0 %), 600 msg/s, ETA 00:00:06</c>.</summary>
    public override string ToString() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{Done}/{Total} messages ({(Total == 0 ? 100 : 100.0 * Done / Total):F1} %), {Rate:F0} msg/s, ETA {(Eta is { } eta ? eta.ToString(@"hh\:mm\:ss", System.Globalization.CultureInfo.InvariantCulture) : "unknown")}");
}

/// <summary>What a rebuild did.</summary>
public sealed record RebuildResult(long Messages, long Malformed, int Partitions, DateOnly? Clock, TimeSpan Elapsed);
