namespace SignauxFaibles.ReadModel.Kafka;

/// <summary>
/// The Kafka projection of the scores topic into the read model, bound from <c>ReadModel:Kafka</c>. The
/// broker, the topic prefix and the librdkafka pass-through properties come from the <c>Kafka</c> section
/// (<see cref="Ingest.Configuration.KafkaOptions"/>), as for the silos.
/// </summary>
public sealed class ScoresProjectionOptions
{
    public const string SectionName = "ReadModel:Kafka";

    /// <summary>Score changes applied per read-model transaction at most. Default 500.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>How long a batch keeps filling once its first message arrived. Default 200 ms.</summary>
    public TimeSpan MaxBatchWait { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Longest delay between two attempts when the store or the broker is away (retried without limit). Default 30 s.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a metadata or watermark request to the broker may take. Default 15 s.</summary>
    public TimeSpan BrokerTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
