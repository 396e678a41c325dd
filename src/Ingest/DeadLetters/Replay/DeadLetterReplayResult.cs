namespace SignauxFaibles.Ingest.DeadLetters.Replay;

/// <summary>
/// What a replay did: dead letters read, replayed (or, in a dry run, replayable) by reason and source topic,
/// skipped by <see cref="ReplaySkip"/> code, and left out by the reason filter.
/// </summary>
public sealed class DeadLetterReplayResult
{
    public long Read { get; internal set; }

    /// <summary>Replayed (a dry run: that would be), by (reason, source topic).</summary>
    public SortedDictionary<(string Reason, string Topic), long> Replayed { get; } = [];

    /// <summary>Not replayable, by <see cref="ReplaySkip"/> code.</summary>
    public SortedDictionary<string, long> Skipped { get; } = new(StringComparer.Ordinal);

    /// <summary>Left out by the reason filter, by reason.</summary>
    public SortedDictionary<string, long> Filtered { get; } = new(StringComparer.Ordinal);

    /// <summary>Left out by <see cref="DeadLetterReplayRequest.Since"/>: produced before it, or without a recorded time.</summary>
    public long BeforeSince { get; internal set; }

    public long ReplayedTotal => Replayed.Values.Sum();

    public long SkippedTotal => Skipped.Values.Sum();

    public long FilteredTotal => Filtered.Values.Sum();

    public bool DryRun { get; internal set; }

    public TimeSpan Elapsed { get; internal set; }

    internal static void Count<TKey>(SortedDictionary<TKey, long> counts, TKey key)
        where TKey : notnull =>
        counts[key] = counts.GetValueOrDefault(key) + 1;
}

/// <summary>A progress line: dead letters read of those to read, replayed (a dry run: that would be) and skipped so far.</summary>
public readonly record struct DeadLetterReplayProgress(long Read, long Total, long Replayed, long Skipped, bool DryRun = false)
{
    public override string ToString() =>
        $"{Read}/{Total} dead letters read ({(Total == 0 ? 100 : 100.0 * Read / Total):F1} %), {Replayed} {(DryRun ? "would replay" : "replayed")}, {Skipped} skipped";
}
