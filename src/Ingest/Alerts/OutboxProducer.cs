using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SignauxFaibles.Ingest.Configuration;
using SignauxFaibles.Ingest.Hosting;
using SignauxFaibles.Ingest.Producing;

namespace SignauxFaibles.Ingest.Alerts;

/// <summary>
/// The producer of the firm grains' outboxes (alert transitions, score changes), separate from the shared
/// throughput-oriented producer because a grain call awaits its acknowledgement: with the default
/// <c>linger.ms=5</c> every changed batch would hold its grain (and an ingest in-flight slot) at least 5 ms.
/// It lingers 0 ms unless <c>Kafka:Producer:linger.ms</c> is configured; under load librdkafka still batches
/// what is queued meanwhile. Every other setting is the shared one.
/// </summary>
public sealed class OutboxProducer : IDisposable
{
    public OutboxProducer(IOptions<KafkaOptions> options, ILogger<KafkaProducerHandle> logger, KafkaFatalErrorHandler fatal) =>
        Handle = new KafkaProducerHandle(Options.Create(LowLatency(options.Value)), logger, fatal);

    public KafkaProducerHandle Handle { get; }

    public void Dispose() => Handle.Dispose();

    private static KafkaOptions LowLatency(KafkaOptions options)
    {
        var copy = new KafkaOptions { BootstrapServers = options.BootstrapServers, TopicPrefix = options.TopicPrefix, PropagateTraceContext = options.PropagateTraceContext };
        foreach (var (source, target) in new[] { (options.Client, copy.Client), (options.Producer, copy.Producer), (options.Consumer, copy.Consumer) })
        {
            foreach (var (key, value) in source)
            {
                target[key] = value;
            }
        }

        copy.Producer.TryAdd("linger.ms", "0");
        return copy;
    }
}
