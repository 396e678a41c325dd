namespace SignauxFaibles.Ingest.Configuration;

/// <summary>
/// Connection to the Kafka cluster, bound from the <c>Kafka</c> configuration section. The code sets the
/// production defaults (see <see cref="KafkaConfigFactory"/>); anything a deployment needs beyond them
/// (security, tuning, or the compatibility settings of an old test broker) is passed through as raw
/// librdkafka properties, so the code carries no per-environment branches.
/// </summary>
public sealed class KafkaOptions
{
    public const string SectionName = "Kafka";

    /// <summary>Comma-separated host:port list. Default <c>localhost:9092</c>.</summary>
    public string BootstrapServers { get; set; } = "localhost:9092";

    /// <summary>Prefix of every topic name. Default <c>sf.</c> (so <c>sf.urssaf.debit</c>, <c>sf.deadletter</c>).</summary>
    public string TopicPrefix { get; set; } = "sf.";

    /// <summary>
    /// Producers write the W3C trace context of the current span in each message's headers
    /// (<see cref="Telemetry.TraceContextHeaders"/>). Default true. Headers need Kafka 0.11 or later: a 0.9
    /// broker (the local test broker) silently drops them, so its settings turn this off.
    /// </summary>
    public bool PropagateTraceContext { get; set; } = true;

    /// <summary>librdkafka properties applied to every client (producers and consumers), e.g. security settings.</summary>
    public Dictionary<string, string> Client { get; } = new(StringComparer.Ordinal);

    /// <summary>librdkafka properties applied to producers only; they override the defaults.</summary>
    public Dictionary<string, string> Producer { get; } = new(StringComparer.Ordinal);

    /// <summary>librdkafka properties applied to consumers only; they override the defaults.</summary>
    public Dictionary<string, string> Consumer { get; } = new(StringComparer.Ordinal);
}
