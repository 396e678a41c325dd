namespace SignauxFaibles.Ingest.DeadLetters.Replay;

/// <summary>What <see cref="DeadLetterReplay"/> reads and does.</summary>
public sealed record DeadLetterReplayRequest
{
    /// <summary>The consumer group whose committed offsets on the dead-letter topic mark the dead letters already dealt with.</summary>
    public required string GroupId { get; init; }

    /// <summary>Reason codes (snake_case, the dead letter's first reason) to replay; empty: every reason.</summary>
    public IReadOnlySet<string> Reasons { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Replay only dead letters produced at or after this time (<see cref="DeadLetter.DeadLetteredAt"/>); those that did not record it count as older.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Count what would be replayed; produce nothing, store no position.</summary>
    public bool DryRun { get; init; }

    /// <summary>Start at the beginning of the topic instead of the group's stored position.</summary>
    public bool FromBeginning { get; init; }

    /// <summary>Messages produced before their acknowledgement is awaited and the position stored.</summary>
    public int ChunkSize { get; init; } = 500;

    /// <summary>A read that brings nothing for this long while the end taken at start is not reached fails the run.</summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Timeout of each broker request (metadata, watermarks, committed offsets, commit).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
