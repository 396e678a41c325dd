using Confluent.Kafka;
using ErrorCode = Confluent.Kafka.ErrorCode;
using SignauxFaibles.Ingest.Producing;

namespace SignauxFaibles.Ingest.DeadLetters.Replay;

/// <summary>What a replay reads of one partition of the dead-letter topic: from <see cref="Start"/> up to <see cref="End"/> (excluded), the end taken at start.</summary>
internal sealed record ReplayRange(TopicPartition Partition, long Start, long End)
{
    public long Count => Math.Max(0, End - Start);

    /// <summary>
    /// Every partition's range: from the group's committed offset (the beginning when it has none, or with
    /// <paramref name="fromBeginning"/>) to the current end. Throws <see cref="KafkaException"/> when no broker
    /// answers or the topic does not exist.
    /// </summary>
    public static IReadOnlyList<ReplayRange> Read(KafkaProducerHandle producer, IConsumer<byte[]?, byte[]?> consumer, string topic, bool fromBeginning, TimeSpan timeout)
    {
        if (producer.MissingTopics([topic], timeout).Count > 0)
        {
            throw new KafkaException(new Error(ErrorCode.UnknownTopicOrPart, $"topic {topic} does not exist"));
        }

        using var admin = new DependentAdminClientBuilder(producer.Producer.Handle).Build();
        var partitions = admin.GetMetadata(topic, timeout).Topics.Single(t => t.Topic == topic).Partitions
            .Select(p => new TopicPartition(topic, p.PartitionId))
            .OrderBy(p => p.Partition.Value)
            .ToList();
        var committed = fromBeginning
            ? []
            : consumer.Committed(partitions, timeout).Where(c => c.Offset.Value >= 0).ToDictionary(c => c.TopicPartition, c => c.Offset.Value);
        return
        [
            .. partitions.Select(p =>
            {
                var marks = consumer.QueryWatermarkOffsets(p, timeout);
                var start = Math.Max(marks.Low.Value, committed.GetValueOrDefault(p, marks.Low.Value));
                return new ReplayRange(p, start, marks.High.Value);
            }),
        ];
    }
}
