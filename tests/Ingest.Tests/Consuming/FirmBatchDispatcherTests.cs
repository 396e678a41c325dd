using Confluent.Kafka;
using Microsoft.Extensions.Logging.Abstractions;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Ingest.Configuration;
using SignauxFaibles.Ingest.Consuming;
using SignauxFaibles.Ingest.Tests.Support;
using SignauxFaibles.TestSupport;

namespace SignauxFaibles.Ingest.Tests.Consuming;

public class FirmBatchDispatcherTests
{
    private const string Topic = "sf.urssaf.debit";
    private static readonly TopicPartition P0 = new(Topic, 0);
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private static (FirmBatchDispatcher Dispatcher, OffsetTracker Tracker) Create(IFirmBatchSink sink, RecordingDeadLetterSink deadLetters, int maxInFlight = 16, int maxAttempts = 3)
    {
        var tracker = new OffsetTracker();
        tracker.Assign(P0);
        var options = new IngestOptions { MaxInFlightCalls = maxInFlight, MaxApplyAttempts = maxAttempts, ApplyRetryDelay = TimeSpan.FromMilliseconds(1) };
        return (new FirmBatchDispatcher(sink, deadLetters, tracker, options, TestMetrics.Create(), NullLogger.Instance), tracker);
    }

    [Fact]
    public void Dispatch_EventsOfSeveralFirms_OneCallPerFirmWithEventsInOffsetOrder()
    {
        var sink = new RecordingFirmSink();
        var (dispatcher, tracker) = Create(sink, new RecordingDeadLetterSink());
        string a = TestEvents.SirenOf(1), b = TestEvents.SirenOf(2);
        var batch = new[]
        {
            TestEvents.Message(Topic, 0, 0, TestEvents.Debit(a, 1)),
            TestEvents.Message(Topic, 0, 1, TestEvents.Debit(b, 1)),
            TestEvents.Message(Topic, 0, 2, TestEvents.Debit(a, 2)),
            TestEvents.Message(Topic, 0, 3, TestEvents.Debit(a, 3)),
        };

        dispatcher.Dispatch(batch, CancellationToken.None);
        Assert.True(dispatcher.Drain(Wait));

        var calls = sink.Calls.ToDictionary(c => c.Siren, c => c.Events);
        Assert.Equal(2, sink.Calls.Count);
        Assert.Equal([0L, 2, 3], calls[a].Select(e => e.Position.Offset));
        Assert.Equal([1, 2, 3], calls[a].Select(e => ((Domain.Events.Debit)e.Event).NumeroHistorique));
        Assert.Equal([1L], calls[b].Select(e => e.Position.Offset));
        Assert.Equal(4, tracker.Watermark(P0));
        Assert.Equal(4, dispatcher.Statistics.EventsApplied);
        Assert.Equal(2, dispatcher.Statistics.GrainCalls);
    }

    [Fact]
    public void Dispatch_LargeBatchDecodedInParallel_SameGroupsOrderAndDeadLettersAsOneByOne()
    {
        var sink = new RecordingFirmSink();
        var deadLetters = new RecordingDeadLetterSink();
        var (dispatcher, tracker) = Create(sink, deadLetters, maxInFlight: 64);
        const int Firms = 37, Count = 1_500;
        var batch = new IngestMessage[Count];
        for (var i = 0; i < Count; i++)
        {
            var siren = TestEvents.SirenOf(i % Firms);
            batch[i] = i % 101 == 50
                ? TestEvents.Raw(Topic, 0, i, siren, "{not json")
                : TestEvents.Message(Topic, 0, i, TestEvents.Debit(siren, i + 1));
        }

        dispatcher.Dispatch(batch, CancellationToken.None);
        Assert.True(dispatcher.Drain(Wait));

        var invalid = Enumerable.Range(0, Count).Where(i => i % 101 == 50).Select(i => (long)i).ToList();
        Assert.Equal(invalid, deadLetters.Letters.Select(l => l.Source.Offset ?? -1).Order());
        Assert.Equal(Firms, sink.Calls.Count);
        foreach (var (siren, events) in sink.Calls)
        {
            var expected = Enumerable.Range(0, Count).Where(i => TestEvents.SirenOf(i % Firms) == siren && i % 101 != 50).Select(i => (long)i);
            Assert.Equal(expected, events.Select(e => e.Position.Offset));
            Assert.All(events, e => Assert.Equal((int)e.Position.Offset + 1, ((Domain.Events.Debit)e.Event).NumeroHistorique));
        }

        Assert.Equal(Count, tracker.Watermark(P0));
        Assert.Equal(Count - invalid.Count, dispatcher.Statistics.EventsApplied);
    }

    [Fact]
    public void Dispatch_InvalidMessages_DeadLetteredWithReasonAndNeverApplied()
    {
        var sink = new RecordingFirmSink();
        var deadLetters = new RecordingDeadLetterSink();
        var (dispatcher, tracker) = Create(sink, deadLetters);
        var siren = TestEvents.SirenOf(7);
        var valid = TestEvents.Debit(siren);
        var badChecksum = TestEvents.Debit(siren) with { Siren = siren[..8] + (char)('0' + ((siren[8] - '0' + 1) % 10)) };
        var batch = new[]
        {
            TestEvents.Raw(Topic, 0, 0, siren, "{not json"),
            TestEvents.Raw(Topic, 0, 1, siren, """{"schema":"urssaf.nope","version":1,"data":{}}"""),
            TestEvents.Raw(Topic, 0, 2, siren, """{"schema":"urssaf.debit","version":99,"data":{}}"""),
            TestEvents.Message(Topic, 0, 3, valid, key: TestEvents.SirenOf(8)),
            TestEvents.Message(Topic, 0, 4, valid, key: null) with { Key = null },
            TestEvents.Message(Topic, 0, 5, badChecksum, key: badChecksum.Siren),
            TestEvents.Message(Topic, 0, 6, valid),
            new IngestMessage(P0, 7, null, null),
        };

        dispatcher.Dispatch(batch, CancellationToken.None);
        Assert.True(dispatcher.Drain(Wait));

        var (only, events) = Assert.Single(sink.Calls);
        Assert.Equal(siren, only);
        Assert.Equal(6, Assert.Single(events).Position.Offset);
        var reasons = deadLetters.Letters.OrderBy(l => l.Source.Offset).Select(l => (l.Source.Offset, l.Reason.Code)).ToList();
        Assert.Equal(
            [
                (0L, RejectCode.InvalidJson), (1, RejectCode.UnknownSchema), (2, RejectCode.UnsupportedSchemaVersion),
                (3, RejectCode.KeyMismatch), (4, RejectCode.KeyMismatch), (5, RejectCode.InvalidSirenChecksum), (7, RejectCode.InvalidJson),
            ],
            reasons.Select(r => (r.Offset ?? -1, r.Code)));
        Assert.Equal("{not json", System.Text.Encoding.UTF8.GetString(deadLetters.Letters.First(l => l.Source.Offset == 0).Payload.Span));
        Assert.Equal(8, tracker.Watermark(P0));
    }

    [Fact]
    public void Dispatch_CallsFinishOutOfOrder_WatermarkWaitsForEarliest()
    {
        var release = new TaskCompletionSource();
        var first = TestEvents.SirenOf(1);
        var sink = new RecordingFirmSink((siren, _, _) => siren == first ? release.Task : Task.CompletedTask);
        var (dispatcher, tracker) = Create(sink, new RecordingDeadLetterSink());
        var batch = Enumerable.Range(1, 5).Select(i => TestEvents.Message(Topic, 0, i - 1, TestEvents.Debit(TestEvents.SirenOf(i)))).ToList();

        dispatcher.Dispatch(batch, CancellationToken.None);
        SpinWait.SpinUntil(() => sink.Calls.Count == 4, Wait);
        Assert.Equal(4, sink.Calls.Count);
        Assert.Null(tracker.Watermark(P0));

        release.SetResult();
        Assert.True(dispatcher.Drain(Wait));
        Assert.Equal(5, tracker.Watermark(P0));
    }

    [Fact]
    public async Task Dispatch_AllSlotsTaken_BlocksUntilACallFinishes()
    {
        var release = new TaskCompletionSource();
        var sink = new RecordingFirmSink((_, _, _) => release.Task);
        var (dispatcher, _) = Create(sink, new RecordingDeadLetterSink(), maxInFlight: 2);
        var batch = Enumerable.Range(1, 3).Select(i => TestEvents.Message(Topic, 0, i, TestEvents.Debit(TestEvents.SirenOf(i)))).ToList();

        var dispatching = Task.Run(() => dispatcher.Dispatch(batch, CancellationToken.None));
        // The third call waits for a slot once it counted a backpressure wait: no slot frees before the release.
        Eventually.Wait(() => dispatcher.Statistics.BackpressureWaits == 1, Wait, () => $"{dispatcher.InFlight} in flight, no backpressure wait counted");
        Assert.False(dispatching.IsCompleted);
        Assert.Equal(2, dispatcher.InFlight);
        Assert.Equal(1, dispatcher.Statistics.BackpressureWaits);

        release.SetResult();
        await dispatching.WaitAsync(Wait);
        Assert.True(dispatcher.Drain(Wait));
        Assert.Equal(3, sink.Calls.Count);
        Assert.True(sink.MaxConcurrent <= 2);
    }

    [Fact]
    public void Dispatch_SameFirmInConsecutiveBatches_CallsNeverOverlapAndKeepOrder()
    {
        var siren = TestEvents.SirenOf(3);
        // Allowed fixed wait (FixedDelayTests): the fake grain is slow on the first call, so a later call
        // would overtake it if the dispatcher did not chain a firm's calls; nothing waits on it.
        var sink = new RecordingFirmSink(async (_, events, ct) => await Task.Delay(events[0].Position.Offset == 0 ? 80 : 1, ct));
        var (dispatcher, tracker) = Create(sink, new RecordingDeadLetterSink());

        for (var offset = 0; offset < 4; offset++)
        {
            dispatcher.Dispatch([TestEvents.Message(Topic, 0, offset, TestEvents.Debit(siren, offset + 1))], CancellationToken.None);
        }

        Assert.True(dispatcher.Drain(Wait));
        Assert.Equal([0L, 1, 2, 3], sink.Calls.Select(c => c.Events[0].Position.Offset));
        Assert.Equal(1, sink.MaxConcurrent);
        Assert.Equal(4, tracker.Watermark(P0));
    }

    [Fact]
    public void Dispatch_SinkFailsTransiently_RetriedThenApplied()
    {
        var failures = 2;
        var sink = new RecordingFirmSink((_, _, _) => Interlocked.Decrement(ref failures) >= 0 ? Task.FromException(new TimeoutException("grain busy")) : Task.CompletedTask);
        var deadLetters = new RecordingDeadLetterSink();
        var (dispatcher, tracker) = Create(sink, deadLetters, maxAttempts: 3);

        dispatcher.Dispatch([TestEvents.Message(Topic, 0, 0, TestEvents.Debit(TestEvents.SirenOf(4)))], CancellationToken.None);
        Assert.True(dispatcher.Drain(Wait));

        Assert.Single(sink.Calls);
        Assert.Empty(deadLetters.Letters);
        Assert.Equal(2, dispatcher.Statistics.ApplyFailures);
        Assert.Equal(1, tracker.Watermark(P0));
    }

    [Fact]
    public void Dispatch_SinkAlwaysFails_EventsDeadLetteredAsApplyFailedAndPartitionMovesOn()
    {
        var siren = TestEvents.SirenOf(5);
        var sink = new RecordingFirmSink((s, _, _) => s == siren ? Task.FromException(new InvalidOperationException("bug")) : Task.CompletedTask);
        var deadLetters = new RecordingDeadLetterSink(failures: 1);
        var (dispatcher, tracker) = Create(sink, deadLetters, maxAttempts: 2);

        dispatcher.Dispatch(
            [
                TestEvents.Message(Topic, 0, 0, TestEvents.Debit(siren, 1)),
                TestEvents.Message(Topic, 0, 1, TestEvents.Debit(siren, 2)),
                TestEvents.Message(Topic, 0, 2, TestEvents.Debit(TestEvents.SirenOf(6))),
            ],
            CancellationToken.None);
        Assert.True(dispatcher.Drain(Wait));

        Assert.Equal([0L, 1], deadLetters.Letters.Select(l => l.Source.Offset ?? -1).Order());
        Assert.All(deadLetters.Letters, l => Assert.Equal(RejectCode.ApplyFailed, l.Reason.Code));
        Assert.Equal(3, tracker.Watermark(P0));
    }

    [Fact]
    public void Dispatch_CancelledWhileApplying_OffsetsStayUncommitted()
    {
        var sink = new RecordingFirmSink((_, _, ct) => new TaskCompletionSource().Task.WaitAsync(ct));
        var (dispatcher, tracker) = Create(sink, new RecordingDeadLetterSink());
        using var cts = new CancellationTokenSource();

        dispatcher.Dispatch([TestEvents.Message(Topic, 0, 0, TestEvents.Debit(TestEvents.SirenOf(9)))], cts.Token);
        Assert.False(dispatcher.Drain(TimeSpan.FromMilliseconds(50)));
        cts.Cancel();
        Assert.True(dispatcher.Drain(Wait));

        Assert.Null(tracker.Watermark(P0));
        Assert.Empty(sink.Calls);
    }

    [Fact]
    public void Dispatch_OffsetDeliveredTwice_AppliedOnce()
    {
        var sink = new RecordingFirmSink();
        var (dispatcher, tracker) = Create(sink, new RecordingDeadLetterSink());
        var siren = TestEvents.SirenOf(11);

        dispatcher.Dispatch([TestEvents.Message(Topic, 0, 0, TestEvents.Debit(siren, 1)), TestEvents.Message(Topic, 0, 1, TestEvents.Debit(siren, 2))], CancellationToken.None);
        dispatcher.Dispatch([TestEvents.Message(Topic, 0, 1, TestEvents.Debit(siren, 2)), TestEvents.Message(Topic, 0, 2, TestEvents.Debit(siren, 3))], CancellationToken.None);
        Assert.True(dispatcher.Drain(Wait));

        Assert.Equal([0L, 1, 2], sink.Calls.SelectMany(c => c.Events).Select(e => e.Position.Offset));
        Assert.Equal(3, tracker.Watermark(P0));
    }
}
