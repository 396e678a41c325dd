using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Confluent.Kafka;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Ingest.Alerts;
using SignauxFaibles.Ingest.Configuration;
using SignauxFaibles.Ingest.Consuming;
using SignauxFaibles.Ingest.Hosting;
using SignauxFaibles.Ingest.Producing;
using SignauxFaibles.Ingest.Scores;
using SignauxFaibles.Ingest.Telemetry;
using SignauxFaibles.Ingest.Tests.Support;
using SignauxFaibles.Ingest.Topics;

namespace SignauxFaibles.Ingest.Tests.Telemetry;

/// <summary>
/// W3C trace context through Kafka headers, without a broker (the local 0.9 broker drops headers): injection
/// and extraction round trip, the ingest's apply span parented to its message's context and linked to the
/// others, the batch span linked to every message context, and the alert produced during the grain call
/// carrying the apply span's context. Spans are observed with an in-process <see cref="ActivityListener"/>.
/// </summary>
public sealed class TraceContextPropagationTests : IDisposable
{
    private readonly SpanRecorder spans = new();

    public void Dispose() => spans.Dispose();

    [Fact]
    public void Inject_ThenExtract_GivesBackTheSpanContext_WithItsTraceState()
    {
        using var span = SpanRecorder.Producer.StartActivity("produce")!;
        span.TraceStateString = "sf=1,vendor=x";
        var message = new Message<string, byte[]> { Key = "542107651", Value = [] };

        TraceContextHeaders.Inject(message);

        // The W3C id of the span is its traceparent: version, trace id, span id, flags (sampled).
        Assert.StartsWith($"00-{span.TraceId}-{span.SpanId}-", span.Id, StringComparison.Ordinal);
        Assert.Equal(span.Id, Header(message, "traceparent"));
        Assert.Equal("sf=1,vendor=x", Header(message, "tracestate"));
        var extracted = TraceContextHeaders.Extract(message.Headers);
        Assert.Equal((span.TraceId, span.SpanId, "sf=1,vendor=x", true), (extracted.TraceId, extracted.SpanId, extracted.TraceState, extracted.IsRemote));
        Assert.True(extracted.TraceFlags.HasFlag(ActivityTraceFlags.Recorded), $"flags {extracted.TraceFlags}");
    }

    [Fact]
    public void Inject_WithoutACurrentSpan_AddsNoHeader_AndMissingOrInvalidHeadersExtractNothing()
    {
        Assert.Null(Activity.Current);
        var message = new Message<string, byte[]> { Key = "542107651", Value = [] };
        TraceContextHeaders.Inject(message);
        Assert.Null(message.Headers);

        Assert.Equal(default, TraceContextHeaders.Extract(null));
        Assert.Equal(default, TraceContextHeaders.Extract([]));
        Assert.Equal(default, TraceContextHeaders.Extract(new Headers { { "traceparent", "00-not-a-trace-context-01"u8.ToArray() } }));
    }

    [Fact]
    public void Producers_WriteTheCurrentContext_OnlyWhenPropagationIsOn()
    {
        using var span = SpanRecorder.Producer.StartActivity("produce")!;
        using var on = new OutboxProducer(Microsoft.Extensions.Options.Options.Create(new KafkaOptions { BootstrapServers = "127.0.0.1:1" }), NullLogger<KafkaProducerHandle>.Instance, FatalHandler());
        using var off = new OutboxProducer(Microsoft.Extensions.Options.Options.Create(new KafkaOptions { BootstrapServers = "127.0.0.1:1", PropagateTraceContext = false }), NullLogger<KafkaProducerHandle>.Instance, FatalHandler());
        var topics = new TopicNames();

        Assert.Equal(span.Id, Header(new KafkaAlertPublisher(on, topics).ToMessage(Alert("542107651")), "traceparent"));
        Assert.Equal(span.Id, Header(new KafkaScorePublisher(on, topics).ToMessage(Score("542107651")), "traceparent"));
        Assert.Null(new KafkaAlertPublisher(off, topics).ToMessage(Alert("542107651")).Headers);
        Assert.Null(new KafkaScorePublisher(off, topics).ToMessage(Score("542107651")).Headers);
        var debit = TestEvents.Debit("542107651");
        Assert.Equal(span.Id, Header(new EventProducer(on.Handle, topics).MessageFor(debit), "traceparent"));
        Assert.Null(new EventProducer(off.Handle, topics).MessageFor(debit).Headers);
    }

    [Fact]
    public void IngestApply_IsTheChildOfItsFirstMessageContext_AndTheAlertItProducesCarriesTheApplySpan()
    {
        var run = Random.Shared.Next(1, 80_000_000);
        string siren = TestEvents.SirenOf(run), other = TestEvents.SirenOf(run + 1);
        var first = ProducedContext();
        var second = ProducedContext();
        var third = ProducedContext();
        using var outbox = new OutboxProducer(Microsoft.Extensions.Options.Options.Create(new KafkaOptions { BootstrapServers = "127.0.0.1:1" }), NullLogger<KafkaProducerHandle>.Instance, FatalHandler());
        var alerts = new KafkaAlertPublisher(outbox, new TopicNames());
        var alertMessages = new ConcurrentDictionary<string, Message<string, byte[]>>();
        // Stands for the grain: it publishes its alert inside the call, as FirmGrain does through its outbox.
        var sink = new RecordingFirmSink((s, _, _) =>
        {
            alertMessages[s] = alerts.ToMessage(Alert(s));
            return Task.CompletedTask;
        });
        var tracker = new OffsetTracker();
        var partition = new TopicPartition("sf.urssaf.debit", 0);
        tracker.Assign(partition);
        using var dispatcher = new FirmBatchDispatcher(sink, new RecordingDeadLetterSink(), tracker, new IngestOptions(), TestMetrics.Create(), NullLogger.Instance);

        dispatcher.Dispatch(
        [
            TestEvents.Message(partition.Topic, 0, 0, TestEvents.Debit(siren, 1)) with { TraceContext = first },
            TestEvents.Message(partition.Topic, 0, 1, TestEvents.Debit(siren, 2)) with { TraceContext = second },
            TestEvents.Message(partition.Topic, 0, 2, TestEvents.Debit(siren, 3)) with { TraceContext = first },
            TestEvents.Message(partition.Topic, 0, 3, TestEvents.Debit(other, 1)),
            TestEvents.Message(partition.Topic, 0, 4, TestEvents.Debit(TestEvents.SirenOf(run + 2), 1)) with { TraceContext = third },
        ],
        CancellationToken.None);
        Assert.True(dispatcher.Drain(TimeSpan.FromSeconds(10)));

        var applies = spans.Stopped.Where(a => a.OperationName == "ingest apply").ToDictionary(a => (string)a.GetTagItem("sf.siren")!);
        var batch = Assert.Single(spans.Stopped, a => a.OperationName == "ingest batch" && a.Links.Any(l => l.Context == first));

        // The batch span links every distinct message context, once.
        Assert.Equal(new[] { first, second, third }.Order(ContextOrder.Instance), batch.Links.Select(l => l.Context).Order(ContextOrder.Instance));

        // The firm's apply span continues the trace of its first message, links its other one and the batch.
        var apply = applies[siren];
        Assert.Equal((first.TraceId, first.SpanId), (apply.TraceId, apply.ParentSpanId));
        Assert.Equal([second, batch.Context], apply.Links.Select(l => l.Context));

        // A firm whose messages carry no context: the apply span is the batch span's child, as without headers.
        Assert.Equal((batch.TraceId, batch.SpanId), (applies[other].TraceId, applies[other].ParentSpanId));

        // The alert produced during the call carries the apply span's context.
        Assert.Equal(apply.Id, Header(alertMessages[siren], "traceparent"));
        Assert.Equal(applies[other].Id, Header(alertMessages[other], "traceparent"));
    }

    [Fact]
    public void IngestMessage_From_ExtractsTheHeaderOfTheConsumedMessage()
    {
        var context = ProducedContext();
        var message = new Message<byte[]?, byte[]?> { Key = "k"u8.ToArray(), Value = [], Headers = new Headers { { "traceparent", Encoding.UTF8.GetBytes($"00-{context.TraceId}-{context.SpanId}-01") } } };

        var ingested = IngestMessage.From(new ConsumeResult<byte[]?, byte[]?> { TopicPartitionOffset = new TopicPartitionOffset("sf.urssaf.debit", 0, 7), Message = message });

        Assert.Equal((context.TraceId, context.SpanId, true), (ingested.TraceContext.TraceId, ingested.TraceContext.SpanId, ingested.TraceContext.IsRemote));
    }

    /// <summary>The context a producer's span writes in a message (a remote context on the ingest's side).</summary>
    private static ActivityContext ProducedContext()
    {
        var saved = Activity.Current;
        Activity.Current = null;
        using var span = SpanRecorder.Producer.StartActivity("produce")!;
        var message = new Message<string, byte[]> { Key = "k", Value = [] };
        TraceContextHeaders.Inject(message);
        span.Stop();
        Activity.Current = saved;
        return TraceContextHeaders.Extract(message.Headers);
    }

    private static string? Header(Message<string, byte[]> message, string name) =>
        message.Headers is { } h && h.TryGetLastBytes(name, out var bytes) ? Encoding.UTF8.GetString(bytes) : null;

    private static KafkaFatalErrorHandler FatalHandler() => new(new NoLifetime(), NullLogger<KafkaFatalErrorHandler>.Instance);

    private static AlertEvent Alert(string siren) => new()
    {
        Id = Guid.NewGuid(),
        Siren = siren,
        Month = Month.Of(2024, 2),
        Level = AlertLevel.Eleve,
        PreviousLevel = AlertLevel.Modere,
        ModelVersion = "m",
        AsOf = new DateOnly(2024, 3, 20),
        Sequence = 1,
    };

    private static Contracts.ScoreChange Score(string siren) => new()
    {
        Id = Guid.NewGuid(),
        Siren = siren,
        Month = Month.Of(2024, 2),
        ModelVersion = "m",
        Score = 0.2,
        Level = AlertLevel.Modere,
        AsOf = new DateOnly(2024, 3, 20),
        Sequence = 0,
    };

    private sealed class ContextOrder : IComparer<ActivityContext>
    {
        public static readonly ContextOrder Instance = new();

        public int Compare(ActivityContext x, ActivityContext y) => string.CompareOrdinal(x.SpanId.ToHexString(), y.SpanId.ToHexString());
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
