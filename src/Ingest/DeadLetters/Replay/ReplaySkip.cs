namespace SignauxFaibles.Ingest.DeadLetters.Replay;

/// <summary>
/// Why a dead letter is not replayed (the codes of the summary, src/Admin/README.md). A skipped dead letter
/// is passed over for good by the group: it cannot be replayed as it is, whatever the run.
/// </summary>
public static class ReplaySkip
{
    /// <summary>The message on the dead-letter topic is not a dead letter.</summary>
    public const string NotADeadLetter = "not_a_dead_letter";

    /// <summary>A partner-file line rejected by the connector: fix the file and produce it again.</summary>
    public const string FileLine = "file_line";

    /// <summary>Only the beginning of an oversized input was kept (<c>payloadTruncated</c>): fetch the original by its source position.</summary>
    public const string PayloadTruncated = "payload_truncated";

    /// <summary>The original message had no key, or one that is not UTF-8: it was not recorded.</summary>
    public const string NoKey = "no_key";

    /// <summary>The original key was longer than a dead letter carries and was cut.</summary>
    public const string KeyTruncated = "key_truncated";

    /// <summary>The source topic is not a source topic of the configured prefix (or is missing from the dead letter).</summary>
    public const string ForeignTopic = "foreign_topic";
}
