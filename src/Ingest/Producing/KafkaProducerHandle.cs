using Confluent.Kafka;
using ErrorCode = Confluent.Kafka.ErrorCode;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SignauxFaibles.Ingest.Configuration;
using SignauxFaibles.Ingest.Hosting;

namespace SignauxFaibles.Ingest.Producing;

/// <summary>
/// The one long-lived Kafka producer of a process, shared by the event and dead-letter producers (a
/// producer per message or per component would multiply connections and buffers); alerts and scores go
/// through <see cref="Alerts.OutboxProducer"/>, which has settings of its own. Disposing flushes what is
/// still queued.
/// </summary>
public sealed partial class KafkaProducerHandle : IDisposable
{
    private readonly ILogger logger;
    private readonly IProducer<string, byte[]> producer;

    /// <param name="options">The Kafka settings.</param>
    /// <param name="logger">Where client errors go.</param>
    /// <param name="fatal">Stops the host on a fatal error (the silo); without it (the connector) a fatal error is only logged.</param>
    public KafkaProducerHandle(IOptions<KafkaOptions> options, ILogger<KafkaProducerHandle> logger, KafkaFatalErrorHandler? fatal = null)
    {
        this.logger = logger;
        Options = options.Value;
        producer = new ProducerBuilder<string, byte[]>(KafkaConfigFactory.Producer(Options, "sf-producer"))
            .SetErrorHandler((_, e) =>
            {
                if (fatal?.Handle("producer", e) != true)
                {
                    LogClientError(logger, e.Code, e.Reason, e.IsFatal);
                }
            })
            .SetLogHandler((_, m) => LogClientMessage(logger, m.Facility, m.Message))
            .Build();
    }

    public KafkaOptions Options { get; }

    public IProducer<string, byte[]> Producer => producer;

    /// <summary>
    /// Produces without awaiting; when the local queue is full, waits for deliveries to free room rather
    /// than failing (backpressure on the caller).
    /// </summary>
    public void Produce(string topic, Message<string, byte[]> message, Action<DeliveryReport<string, byte[]>> onDelivered, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                producer.Produce(topic, message, onDelivered);
                return;
            }
            catch (ProduceException<string, byte[]> ex) when (ex.Error.Code == ErrorCode.Local_QueueFull)
            {
                cancellationToken.ThrowIfCancellationRequested();
                producer.Poll(TimeSpan.FromMilliseconds(50));
            }
        }
    }

    /// <summary>
    /// Topics of <paramref name="topics"/> the cluster does not have. Throws <see cref="KafkaException"/>
    /// when no broker answers within <paramref name="timeout"/>.
    /// </summary>
    public IReadOnlyList<string> MissingTopics(IEnumerable<string> topics, TimeSpan timeout)
    {
        using var admin = new DependentAdminClientBuilder(producer.Handle).Build();
        var metadata = admin.GetMetadata(timeout);
        if (metadata.Brokers.Count == 0)
        {
            throw new KafkaException(ErrorCode.Local_AllBrokersDown);
        }

        var present = metadata.Topics.Where(t => t.Error.Code == ErrorCode.NoError).Select(t => t.Topic).ToHashSet(StringComparer.Ordinal);
        return [.. topics.Where(t => !present.Contains(t))];
    }

    /// <summary>Waits until every queued message is delivered or failed; returns how many are still queued.</summary>
    public int Flush(TimeSpan timeout) => producer.Flush(timeout);

    public void Dispose()
    {
        var left = producer.Flush(TimeSpan.FromSeconds(10));
        if (left > 0)
        {
            LogUnflushed(logger, left);
        }

        producer.Dispose();
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Kafka producer error {Code}: {Reason} (fatal: {IsFatal})")]
    private static partial void LogClientError(ILogger logger, ErrorCode code, string reason, bool isFatal);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Debug, Message = "librdkafka {Facility}: {Message}")]
    private static partial void LogClientMessage(ILogger logger, string facility, string message);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Error, Message = "{Count} Kafka messages were still queued when the producer closed")]
    private static partial void LogUnflushed(ILogger logger, int count);
}
