namespace SignauxFaibles.Ingest.DeadLetters;

/// <summary>Where rejected inputs go. The task completes once the dead letter is durably stored.</summary>
public interface IDeadLetterSink
{
    Task SendAsync(DeadLetter letter, CancellationToken cancellationToken);
}
