namespace SignauxFaibles.Ingest.DeadLetters.Replay;

/// <summary>A replay that could not go on: a dead letter could not be produced, or the topic could not be read to the end taken at start.</summary>
public sealed class DeadLetterReplayException : Exception
{
    public DeadLetterReplayException(string message)
        : base(message)
    {
    }

    public DeadLetterReplayException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public DeadLetterReplayException()
    {
    }
}
