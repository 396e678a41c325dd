using Confluent.Kafka;
using ErrorCode = Confluent.Kafka.ErrorCode;
using Microsoft.Extensions.Options;
using SignauxFaibles.Ingest.Configuration;
using SignauxFaibles.Ingest.Consuming;

namespace SignauxFaibles.Ingest.Hosting;

/// <summary>
/// Measures the ingest group's lag for the health endpoint with one long-lived client of its own (never a
/// client per request). It never subscribes, so it does not join the group, and it commits nothing. Results
/// are cached for <see cref="CacheDuration"/> so frequent health probes do not load the brokers.
/// </summary>
public sealed class IngestLagProbe : IDisposable
{
    public static readonly TimeSpan CacheDuration = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(5);

    private readonly Lock gate = new();
    private readonly IngestConsumerService ingest;
    private readonly Lazy<IConsumer<byte[]?, byte[]?>> client;
    private IngestLag? last;

    public IngestLagProbe(IOptions<KafkaOptions> kafka, IOptions<IngestOptions> options, IngestConsumerService ingest)
    {
        this.ingest = ingest;
        client = new Lazy<IConsumer<byte[]?, byte[]?>>(() =>
        {
            var config = KafkaConfigFactory.Consumer(kafka.Value, options.Value.GroupId, $"sf-lag-{Environment.MachineName}");
            config.EnableAutoCommit = false;
            return new ConsumerBuilder<byte[]?, byte[]?>(config).Build();
        });
    }

    /// <summary>The lag, read at most every <see cref="CacheDuration"/>; blocks up to a few seconds when the brokers are slow.</summary>
    public IngestLag Measure()
    {
        lock (gate)
        {
            var now = DateTimeOffset.UtcNow;
            if (last is { } cached && now - cached.MeasuredAt < CacheDuration)
            {
                return cached;
            }

            last = Read(now);
            return last;
        }
    }

    public void Dispose()
    {
        if (client.IsValueCreated)
        {
            client.Value.Dispose();
        }
    }

    private IngestLag Read(DateTimeOffset now)
    {
        try
        {
            var consumer = client.Value;
            using var admin = new DependentAdminClientBuilder(consumer.Handle).Build();
            var subscribed = ingest.SubscribedTopics.ToHashSet(StringComparer.Ordinal);
            var partitions = admin.GetMetadata(RequestTimeout).Topics
                .Where(t => subscribed.Contains(t.Topic) && t.Error.Code == ErrorCode.NoError)
                .SelectMany(t => t.Partitions.Select(p => new TopicPartition(t.Topic, p.PartitionId)))
                .ToList();
            var committed = consumer.Committed(partitions, RequestTimeout).ToDictionary(c => c.TopicPartition, c => c.Offset);
            long lag = 0;
            foreach (var tp in partitions)
            {
                var marks = consumer.QueryWatermarkOffsets(tp, RequestTimeout);
                var from = committed.TryGetValue(tp, out var c) && c != Offset.Unset ? c.Value : marks.Low.Value;
                lag += Math.Max(0, marks.High.Value - from);
            }

            return new IngestLag(lag, partitions.Count, now, null);
        }
        catch (KafkaException ex)
        {
            return new IngestLag(null, 0, now, ex.Error.Reason);
        }
    }
}
