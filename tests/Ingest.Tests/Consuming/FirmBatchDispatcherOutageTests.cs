using Confluent.Kafka;
using Microsoft.Extensions.Logging.Abstractions;
using SignauxFaibles.Contracts;
using SignauxFaibles.Ingest.Configuration;
using SignauxFaibles.Ingest.Consuming;
using SignauxFaibles.Ingest.Tests.Support;
using SignauxFaibles.TestSupport;

namespace SignauxFaibles.Ingest.Tests.Consuming;

/// <summary>
/// A store or cluster outage is not the events' fault: calls are retried for as long as it lasts, never
/// dead-lettered as apply_failed, their offsets stay uncommitted, and the dispatcher says it is waiting
/// (the consumer pauses on that) without blocking the consumer thread.
/// </summary>
public class FirmBatchDispatcherOutageTests
{
    private const string Topic = "sf.urssaf.debit";
    private static readonly TopicPartition P0 = new(Topic, 0);
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private static (FirmBatchDispatcher Dispatcher, OffsetTracker Tracker) Create(IFirmBatchSink sink, RecordingDeadLetterSink deadLetters, int maxInFlight = 16, int maxAttempts = 3)
    {
        var tracker = new OffsetTracker();
        tracker.Assign(P0);
        var options = new IngestOptions
        {
            MaxInFlightCalls = maxInFlight,
            MaxApplyAttempts = maxAttempts,
            ApplyRetryDelay = TimeSpan.FromMilliseconds(1),
            StorageRetryMaxDelay = TimeSpan.FromMilliseconds(20),
        };
        return (new FirmBatchDispatcher(sink, deadLetters, tracker, options, TestMetrics.Create(), NullLogger.Instance), tracker);
    }

    [Fact]
    public void Dispatch_StorageOutageLongerThanTheAttempts_NothingDeadLetteredPausedThenResumedAndApplied()
    {
        var down = 1;
        var sink = new RecordingFirmSink((_, _, _) => Volatile.Read(ref down) == 1
            ? Task.FromException(new StateNotPersistedException("injected: store down"))
            : Task.CompletedTask);
        var deadLetters = new RecordingDeadLetterSink();
        var (dispatcher, tracker) = Create(sink, deadLetters, maxInFlight: 1, maxAttempts: 2);

        dispatcher.Dispatch([TestEvents.Message(Topic, 0, 0, TestEvents.Debit(TestEvents.SirenOf(20)))], CancellationToken.None);
        WaitUntil(() => dispatcher.Statistics.StorageRetries >= 5, "the call was not retried through the outage");

        Assert.True(dispatcher.StorageUnavailable);
        Assert.Null(tracker.Watermark(P0));

        // The waiting call gave its slot back: the consumer thread is never blocked by an outage.
        dispatcher.Dispatch([TestEvents.Message(Topic, 0, 1, TestEvents.Debit(TestEvents.SirenOf(21)))], CancellationToken.None);
        Volatile.Write(ref down, 0);
        Assert.True(dispatcher.Drain(Wait));

        Assert.False(dispatcher.StorageUnavailable);
        Assert.Empty(deadLetters.Letters);
        Assert.Equal(2, sink.Calls.Count);
        Assert.Equal(2, tracker.Watermark(P0));
    }

    [Fact]
    public void Dispatch_ClusterUnavailableThenBack_RetriedWithoutDeadLetter()
    {
        var failures = 6;
        var sink = new RecordingFirmSink((_, _, _) => Interlocked.Decrement(ref failures) >= 0
            ? Task.FromException(new SinkUnavailableException("silo unavailable", new InvalidOperationException("inner")))
            : Task.CompletedTask);
        var deadLetters = new RecordingDeadLetterSink();
        var (dispatcher, tracker) = Create(sink, deadLetters, maxAttempts: 2);

        dispatcher.Dispatch([TestEvents.Message(Topic, 0, 0, TestEvents.Debit(TestEvents.SirenOf(22)))], CancellationToken.None);
        Assert.True(dispatcher.Drain(Wait));

        Assert.Single(sink.Calls);
        Assert.Empty(deadLetters.Letters);
        Assert.Equal(6, dispatcher.Statistics.StorageRetries);
        Assert.Equal(1, tracker.Watermark(P0));
    }

    [Fact]
    public void Dispatch_CancelledDuringAStorageOutage_OffsetsStayUncommittedAndNothingDeadLettered()
    {
        var sink = new RecordingFirmSink((_, _, _) => Task.FromException(new StateNotPersistedException("injected: store down")));
        var deadLetters = new RecordingDeadLetterSink();
        var (dispatcher, tracker) = Create(sink, deadLetters, maxAttempts: 2);
        using var cts = new CancellationTokenSource();

        dispatcher.Dispatch([TestEvents.Message(Topic, 0, 0, TestEvents.Debit(TestEvents.SirenOf(23)))], cts.Token);
        WaitUntil(() => dispatcher.StorageUnavailable, "the outage was not noticed");
        cts.Cancel();
        Assert.True(dispatcher.Drain(Wait));

        Assert.False(dispatcher.StorageUnavailable);
        Assert.Empty(deadLetters.Letters);
        Assert.Null(tracker.Watermark(P0));
    }

    [Theory]
    [InlineData(typeof(StateNotPersistedException), true)]
    [InlineData(typeof(SinkUnavailableException), true)]
    [InlineData(typeof(TimeoutException), true)]
    [InlineData(typeof(InvalidOperationException), false)]
    [InlineData(typeof(ArgumentException), false)]
    public void IsTransient_StorageAndClusterFailuresOnly(Type type, bool transient)
    {
        var ex = (Exception)Activator.CreateInstance(type, "x")!;
        Assert.Equal(transient, ApplyFailures.IsTransient(ex));
        Assert.Equal(transient, ApplyFailures.IsTransient(new InvalidOperationException("wrapper", ex)));
        Assert.Equal(transient, ApplyFailures.IsTransient(new AggregateException(ex)));
    }

    private static void WaitUntil(Func<bool> condition, string message)
    {
        Eventually.Wait(condition, Wait, () => message);
    }
}
