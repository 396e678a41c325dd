using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Confluent.Kafka;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Hosting;
using Orleans.TestingHost;
using SignauxFaibles.Contracts;
using SignauxFaibles.Grains;
using SignauxFaibles.Grains.Firms;
using SignauxFaibles.Ingest.Alerts;
using SignauxFaibles.Ingest.Cluster;
using SignauxFaibles.Ingest.Configuration;
using SignauxFaibles.Ingest.Consuming;
using SignauxFaibles.Ingest.Hosting;
using SignauxFaibles.Ingest.Producing;
using SignauxFaibles.Ingest.Scores;
using SignauxFaibles.Ingest.Telemetry;
using SignauxFaibles.Ingest.Tests.Scores;
using SignauxFaibles.Ingest.Tests.Support;
using SignauxFaibles.Ingest.Topics;

namespace SignauxFaibles.Ingest.Tests.Telemetry;

/// <summary>
/// The trace from a message's context to the score change the production firm grain produces, in process:
/// messages carrying a context go through the dispatcher to the real <see cref="FirmGrain"/> in an Orleans
/// test cluster with activity propagation (as the silo runs it), and the score message the grain's outbox makes
/// with <see cref="KafkaScorePublisher"/> carries a context of the same trace, under the ingest's apply span.
/// No broker: headers cannot travel through the 0.9 test broker.
/// </summary>
public sealed class TraceThroughGrainTests : IAsyncLifetime
{
    private readonly SpanRecorder spans = new("Microsoft.Orleans");
    private readonly OutboxProducer outbox = new(
        Microsoft.Extensions.Options.Options.Create(new KafkaOptions { BootstrapServers = "127.0.0.1:1" }),
        NullLogger<KafkaProducerHandle>.Instance,
        new KafkaFatalErrorHandler(new NoLifetime(), NullLogger<KafkaFatalErrorHandler>.Instance));

    private readonly HeaderRecordingPublisher publisher;
    private InProcessTestCluster cluster = null!;

    public TraceThroughGrainTests()
    {
        publisher = new HeaderRecordingPublisher(new KafkaScorePublisher(outbox, new TopicNames()));
    }

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage(FirmGrain.StorageName).AddMemoryGrainStorage("PubSubStore").AddMemoryStreams(AlertStreams.Provider);
            silo.AddActivityPropagation();
            silo.Services.AddFirmGrains();
            silo.Services.AddSingleton<IScorePublisher>(publisher);
        });
        builder.ConfigureClient(client => client.AddActivityPropagation());
        cluster = builder.Build();
        await cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await cluster.DisposeAsync();
        spans.Dispose();
        outbox.Dispose();
    }

    [Fact]
    public void ScoreChangeProducedByTheGrain_CarriesTheMessagesTrace_UnderTheApplySpan()
    {
        var siren = TestEvents.SirenOf(Random.Shared.Next(1, 80_000_000));
        var message = ProducedContext();
        var partition = new TopicPartition("sf.urssaf.cotisation", 0);
        var tracker = new OffsetTracker();
        tracker.Assign(partition);
        using var dispatcher = new FirmBatchDispatcher(
            new GrainFirmBatchSink(cluster.Client), new RecordingDeadLetterSink(), tracker, new IngestOptions { VerifyCheckDigits = false }, TestMetrics.Create(), NullLogger.Instance);
        var events = ScoreOutboxTests.Basics(siren);

        dispatcher.Dispatch([.. events.Select((e, i) => TestEvents.Message(partition.Topic, 0, i, e) with { TraceContext = message })], CancellationToken.None);
        Assert.True(dispatcher.Drain(TimeSpan.FromSeconds(30)), "the batch was not applied");
        Assert.Equal(events.Count, tracker.Watermark(partition));

        var (change, traceParent) = Assert.Single(publisher.Messages, m => m.Change.Siren == siren);
        Assert.NotNull(traceParent);
        var context = ActivityContext.Parse(traceParent, null);
        var apply = Assert.Single(spans.Stopped, a => a.OperationName == "ingest apply" && Equals(a.GetTagItem("sf.siren"), siren));

        // The apply span continues the message's trace; the score message is in it, below the apply span.
        Assert.Equal((message.TraceId, message.SpanId), (apply.TraceId, apply.ParentSpanId));
        Assert.Equal(message.TraceId, context.TraceId);
        Assert.NotEqual(apply.SpanId, context.SpanId);
        Assert.Contains(apply.SpanId, Ancestors(context.SpanId));
        Assert.Equal(0, change.Sequence);
    }

    /// <summary>The span ids above <paramref name="spanId"/> among the spans recorded (the grain call's own spans, the apply span...).</summary>
    private List<ActivitySpanId> Ancestors(ActivitySpanId spanId)
    {
        var bySpan = spans.Stopped.ToArray().GroupBy(a => a.SpanId).ToDictionary(g => g.Key, g => g.First());
        var chain = new List<ActivitySpanId>();
        while (bySpan.TryGetValue(spanId, out var span) && span.ParentSpanId != default)
        {
            chain.Add(span.ParentSpanId);
            spanId = span.ParentSpanId;
        }

        return chain;
    }

    private static ActivityContext ProducedContext()
    {
        using var span = SpanRecorder.Producer.StartActivity("produce")!;
        var message = new Message<string, byte[]> { Key = "k", Value = [] };
        TraceContextHeaders.Inject(message);
        var context = TraceContextHeaders.Extract(message.Headers);
        Assert.True(context != default, $"span {span.Id} ({span.IdFormat}), propagator {DistributedContextPropagator.Current.GetType().Name}, headers [{string.Join(", ", message.Headers?.Select(h => $"{h.Key}={Encoding.UTF8.GetString(h.GetValueBytes())}") ?? [])}]");
        return context;
    }

    /// <summary>The silo's score publisher: builds the Kafka message as the production publisher does and keeps it instead of producing.</summary>
    private sealed class HeaderRecordingPublisher(KafkaScorePublisher kafka) : IScorePublisher
    {
        public ConcurrentQueue<(ScoreChange Change, string? TraceParent)> Messages { get; } = new();

        public Task PublishAsync(ScoreChange change, CancellationToken cancellationToken)
        {
            var message = kafka.ToMessage(change);
            Messages.Enqueue((change, message.Headers is { } h && h.TryGetLastBytes("traceparent", out var b) ? Encoding.UTF8.GetString(b) : null));
            return Task.CompletedTask;
        }
    }

    private sealed class NoLifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}
