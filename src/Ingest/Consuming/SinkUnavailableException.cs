namespace SignauxFaibles.Ingest.Consuming;

/// <summary>
/// Thrown by an <see cref="IFirmBatchSink"/> when what it delivers to (the cluster, its storage) cannot
/// take the batch now. The dispatcher retries the same batch until it can; it is never dead-lettered.
/// </summary>
public sealed class SinkUnavailableException : Exception
{
    public SinkUnavailableException()
    {
    }

    public SinkUnavailableException(string message)
        : base(message)
    {
    }

    public SinkUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
