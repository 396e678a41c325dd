using Confluent.Kafka;
using ErrorCode = Confluent.Kafka.ErrorCode;
using SignauxFaibles.Ingest.Configuration;

namespace SignauxFaibles.ReadModel.Kafka;

/// <summary>
/// The scores topic as the read model reads it: one consumer that assigns itself every partition at the
/// positions the read model stores (no consumer group, no committed offsets: the read model's
/// <c>projection_positions</c>, written with the rows, is the only record of progress). Blocking calls;
/// callers run them off the request path.
/// </summary>
internal sealed class ScoresConsumer : IDisposable
{
    /// <summary>The client's group id: only a label, nothing is ever committed under it.</summary>
    public const string GroupId = "sf-readmodel";

    private readonly IConsumer<Ignore, byte[]?> _consumer;
    private readonly TimeSpan _brokerTimeout;
    private readonly TimeProvider _time;

    public ScoresConsumer(KafkaOptions kafka, string topic, string clientId, TimeSpan brokerTimeout, TimeProvider time, Action<Error>? onError = null)
    {
        var config = KafkaConfigFactory.Consumer(kafka, GroupId, clientId);
        config.EnableAutoCommit = false;
        config.EnablePartitionEof = true;
        // Errors go to the caller's handler (the rebuild gets them as exceptions instead); librdkafka's own
        // log lines (connection refused, every 50 ms) would flood the operator's terminal.
        _consumer = new ConsumerBuilder<Ignore, byte[]?>(config)
            .SetErrorHandler((_, e) => onError?.Invoke(e))
            .SetLogHandler((_, _) => { })
            .Build();
        Topic = topic;
        _brokerTimeout = brokerTimeout;
        _time = time;
    }

    public string Topic { get; }

    /// <summary>The topic's partitions; throws <see cref="KafkaException"/> when the broker does not answer or the topic does not exist.</summary>
    public IReadOnlyList<TopicPartition> Partitions()
    {
        using var admin = new DependentAdminClientBuilder(_consumer.Handle).Build();
        var metadata = admin.GetMetadata(Topic, _brokerTimeout);
        var topic = metadata.Topics.SingleOrDefault(t => t.Topic == Topic);
        if (topic is null || topic.Error.Code != ErrorCode.NoError || topic.Partitions.Count == 0)
        {
            throw new KafkaException(topic?.Error.Code is { } code && code != ErrorCode.NoError ? code : ErrorCode.UnknownTopicOrPart);
        }

        return [.. topic.Partitions.Select(p => new TopicPartition(Topic, p.PartitionId)).OrderBy(p => p.Partition.Value)];
    }

    /// <summary>A partition's low and high watermarks (the first offset held and the next one to be written).</summary>
    public WatermarkOffsets Watermarks(TopicPartition partition) => _consumer.QueryWatermarkOffsets(partition, _brokerTimeout);

    /// <summary>Reads every partition from the stored positions; a partition without one from its beginning.</summary>
    public void Assign(IReadOnlyList<TopicPartition> partitions, IReadOnlyList<ProjectionPosition> positions)
    {
        var stored = positions.Where(p => p.Topic == Topic).ToDictionary(p => p.Partition, p => p.NextOffset);
        _consumer.Assign(partitions.Select(tp => new TopicPartitionOffset(tp, stored.TryGetValue(tp.Partition.Value, out var next) ? new Offset(next) : Offset.Beginning)));
    }

    /// <summary>
    /// Partitions that reached their limit (<see cref="Fill"/>'s <c>until</c>): paused, nothing more is read from them.
    /// </summary>
    public HashSet<TopicPartition> Finished { get; } = [];

    /// <summary>
    /// Fills <paramref name="batch"/>: waits up to <paramref name="firstWait"/> for a first message, then takes
    /// more for up to <paramref name="maxWait"/> or until <paramref name="maxMessages"/>. Ends of partitions
    /// are recorded in the batch. With <paramref name="until"/> (the rebuild), a partition stops before the
    /// offset given for it: it is paused and listed in <see cref="Finished"/>, and the call returns once
    /// every partition of <paramref name="until"/> is.
    /// </summary>
    public void Fill(ScoreBatch batch, int maxMessages, TimeSpan firstWait, TimeSpan maxWait, IReadOnlyDictionary<TopicPartition, long>? until, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var started = _time.GetTimestamp();
        var window = firstWait;
        while (batch.Messages < maxMessages && (until is null || Finished.Count < until.Count))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var left = window - _time.GetElapsedTime(started);
            if (left <= TimeSpan.Zero)
            {
                return;
            }

            var result = _consumer.Consume(left < TimeSpan.FromMilliseconds(100) ? left : TimeSpan.FromMilliseconds(100));
            if (result is null)
            {
                continue;
            }

            var limit = until is not null && until.TryGetValue(result.TopicPartition, out var l) ? l : long.MaxValue;
            if (result.IsPartitionEOF || result.Offset.Value >= limit)
            {
                if (result.IsPartitionEOF)
                {
                    batch.Reached(result.TopicPartition, Math.Min(result.Offset.Value, limit));
                }

                Finish(result.TopicPartition, result.Offset.Value, limit);
                continue;
            }

            if (batch.Messages == 0)
            {
                // The first message opens the batch's window.
                started = _time.GetTimestamp();
                window = maxWait;
            }

            batch.Add(result);
            Finish(result.TopicPartition, result.Offset.Value + 1, limit);
        }
    }

    private void Finish(TopicPartition partition, long next, long limit)
    {
        if (next >= limit && Finished.Add(partition))
        {
            _consumer.Pause([partition]);
        }
    }

    public void Dispose()
    {
        try
        {
            _consumer.Close();
        }
        catch (KafkaException)
        {
            // Nothing to hand back (no group, no commits): a broker gone at close changes nothing.
        }

        _consumer.Dispose();
    }
}
