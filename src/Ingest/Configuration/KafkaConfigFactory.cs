using Confluent.Kafka;

namespace SignauxFaibles.Ingest.Configuration;

/// <summary>
/// Builds librdkafka configurations: production defaults first, then the configured pass-through
/// properties (<see cref="KafkaOptions.Client"/>, then the producer or consumer ones), then the few
/// properties the code owns because correctness depends on them.
/// </summary>
public static class KafkaConfigFactory
{
    /// <summary>Consumer properties the ingest sets itself: offsets are stored by the code, never automatically.</summary>
    public static readonly IReadOnlyList<string> CodeOwnedConsumerKeys = ["enable.auto.offset.store", "group.id"];

    /// <summary>
    /// <c>topic.metadata.refresh.interval.ms</c> of every client (librdkafka's default is 5 minutes). A broker
    /// that has just restarted answers metadata requests before it knows its topics ("topic does not exist");
    /// a client that asked then keeps that answer until its next refresh: the consumer loses its partitions and,
    /// assigned them again, does not fetch them, and the producers fail with "Unknown topic". The fault test
    /// (tests/Cluster.Tests/FaultTests) measured the ingest stalled for more than 3 minutes after a broker
    /// restart with the default; with 10 s it resumes within seconds. One metadata request per client every 10 s.
    /// </summary>
    public const int MetadataRefreshIntervalMs = 10_000;

    public static ProducerConfig Producer(KafkaOptions options, string clientId)
    {
        var config = new ProducerConfig
        {
            BootstrapServers = options.BootstrapServers,
            ClientId = clientId,
            // Durable and ordered per partition: a message counts as sent once every in-sync replica has it.
            Acks = Acks.All,
            EnableIdempotence = true,
            LingerMs = 5,
            CompressionType = CompressionType.Lz4,
            // SIREN keys hash with the Java client's murmur2, so any producer puts a firm on the same partition.
            Partitioner = Partitioner.Murmur2Random,
            TopicMetadataRefreshIntervalMs = MetadataRefreshIntervalMs,
            // Delivery reports carry the outcome only: no producer here reads back the key or the value, and
            // copying them out of librdkafka was the largest allocation of the live path (scores are kilobytes).
            DeliveryReportFields = "status",
        };
        Apply(config, options.Client);
        Apply(config, options.Producer);
        return config;
    }

    public static ConsumerConfig Consumer(KafkaOptions options, string groupId, string clientId)
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = options.BootstrapServers,
            ClientId = clientId,
            AutoOffsetReset = AutoOffsetReset.Earliest,
            // Stored offsets are committed in the background; the ingest also commits on revoke and shutdown.
            EnableAutoCommit = true,
            AutoCommitIntervalMs = 2_000,
            EnablePartitionEof = false,
            TopicMetadataRefreshIntervalMs = MetadataRefreshIntervalMs,
        };
        Apply(config, options.Client);
        Apply(config, options.Consumer);
        config.GroupId = groupId;
        config.EnableAutoOffsetStore = false;
        return config;
    }

    /// <summary>
    /// The ingest's consumer: <see cref="Consumer"/> plus end-of-partition events (the delivery-date merge
    /// must know when a partition has nothing more) and the <c>range</c> assignor, which gives partition n of
    /// every source topic to the same member (co-partitioning, docs/durability.md). Without the merge
    /// (<paramref name="alignByDeliveryDate"/> false) it is <see cref="Consumer"/> as is.
    /// </summary>
    public static ConsumerConfig IngestConsumer(KafkaOptions options, string groupId, string clientId, bool alignByDeliveryDate = true)
    {
        var config = Consumer(options, groupId, clientId);
        if (!alignByDeliveryDate)
        {
            return config;
        }

        config.EnablePartitionEof = true;
        config.PartitionAssignmentStrategy = PartitionAssignmentStrategy.Range;
        return config;
    }

    private static void Apply(ClientConfig config, IReadOnlyDictionary<string, string> properties)
    {
        foreach (var (key, value) in properties)
        {
            config.Set(key, value);
        }
    }
}
