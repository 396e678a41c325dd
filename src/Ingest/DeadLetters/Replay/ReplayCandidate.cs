using SignauxFaibles.Ingest.Topics;

namespace SignauxFaibles.Ingest.DeadLetters.Replay;

/// <summary>One message of the dead-letter topic and what a replay makes of it.</summary>
internal sealed record ReplayCandidate(DeadLetter? Letter, string? Skip)
{
    /// <summary>
    /// Reads the message: a dead letter whose original can go back to its topic as it was (key and payload
    /// verbatim) has no <see cref="Skip"/>; any other gets the <see cref="ReplaySkip"/> code saying why not.
    /// </summary>
    public static ReplayCandidate Of(byte[]? value, TopicNames topics)
    {
        var letter = value is null ? null : DeadLetterJson.TryParse(value);
        return new ReplayCandidate(letter, letter is null ? ReplaySkip.NotADeadLetter : SkipOf(letter, topics));
    }

    private static string? SkipOf(DeadLetter letter, TopicNames topics)
    {
        if (letter.Source.Kind != DeadLetterSource.KafkaKind)
        {
            return ReplaySkip.FileLine;
        }

        if (letter.Truncation is not null)
        {
            return ReplaySkip.PayloadTruncated;
        }

        if (letter.Key is null)
        {
            return ReplaySkip.NoKey;
        }

        if (letter.Key.Length >= DeadLetterLimits.MaxTextChars && letter.Key.EndsWith('\u2026'))
        {
            return ReplaySkip.KeyTruncated;
        }

        return letter.Source.Topic is { } topic && topics.Sources.Contains(topic) ? null : ReplaySkip.ForeignTopic;
    }
}
