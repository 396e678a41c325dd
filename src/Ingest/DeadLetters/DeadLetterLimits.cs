namespace SignauxFaibles.Ingest.DeadLetters;

/// <summary>
/// Bounds that make every dead letter fit in one Kafka message whatever the input: a broker refusing a
/// dead letter would leave its input's offset undone and jam the partition for good. With these bounds a
/// dead letter is at most about 420 KB, well under the 1 MB default of every broker since 0.9.
/// </summary>
public static class DeadLetterLimits
{
    /// <summary>
    /// Largest payload carried verbatim, bytes. It is also the largest input the ingest decodes
    /// (<c>oversized_input</c> above it), so any input that could be valid is kept whole and replayable.
    /// </summary>
    public const int MaxPayloadBytes = SignauxFaibles.Domain.Validation.ValidationOptions.DefaultMaxInputBytes;

    /// <summary>Largest serialized dead letter, bytes: above it the payload is carried as base64 of its beginning.</summary>
    public const int MaxLetterBytes = 512 * 1024;

    /// <summary>Longest reason detail, key, field or file name carried, characters (longer ones are cut with an ellipsis).</summary>
    public const int MaxTextChars = 1024;

    /// <summary>Most reasons listed in one dead letter (the count of the others is recorded).</summary>
    public const int MaxRejects = 50;
}
