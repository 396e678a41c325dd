using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Domain.Wire;
using SignauxFaibles.Ingest.Configuration;
using SignauxFaibles.Ingest.DeadLetters;

namespace SignauxFaibles.Ingest.Consuming;

/// <summary>
/// The heart of the ingest, free of Kafka client calls so it can be tested alone. For each batch taken
/// from the consumer: registers every offset, decodes and validates, groups the valid events by SIREN
/// (one sink call per firm per batch, events in partition order), sends the invalid ones to the
/// dead-letter sink, and completes offsets only when their call or dead letter is done.
/// </summary>
/// <remarks>
/// Backpressure: at most <see cref="IngestOptions.MaxInFlightCalls"/> calls are awaited at once;
/// <see cref="Dispatch"/> blocks the consumer thread when they are all taken, so a slow grain or storage
/// slows consumption instead of growing memory. Ordering: calls for the same SIREN are chained, never
/// concurrent, so a firm sees its events in offset order even across batches.
/// </remarks>
public sealed partial class FirmBatchDispatcher : IDisposable
{
    private readonly IFirmBatchSink sink;
    private readonly IDeadLetterSink deadLetters;
    private readonly OffsetTracker tracker;
    private readonly IngestOptions options;
    private readonly ValidationOptions validation;
    private readonly ILogger logger;
    private readonly SemaphoreSlim slots;
    // Last call per SIREN, touched only by the dispatching thread.
    private readonly Dictionary<string, Task> tails = new(StringComparer.Ordinal);
    private int inFlight;
    // Calls waiting for the store to come back; while any waits the consumer pauses (see StorageUnavailable).
    private int waitingForStorage;

    public FirmBatchDispatcher(IFirmBatchSink sink, IDeadLetterSink deadLetters, OffsetTracker tracker, IngestOptions options, ILogger logger)
    {
        this.sink = sink;
        this.deadLetters = deadLetters;
        this.tracker = tracker;
        this.options = options;
        this.logger = logger;
        validation = options.VerifyCheckDigits ? ValidationOptions.Strict : ValidationOptions.ShapeOnly;
        slots = new SemaphoreSlim(options.MaxInFlightCalls, options.MaxInFlightCalls);
        applyPipeline = BuildApplyPipeline();
    }

    // Messages decoded per pool work item: enough to amortise the hand-off, few enough to spread a batch.
    private const int DecodeSlice = 128;

    public IngestStatistics Statistics { get; } = new();

    /// <summary>Calls and dead-letter deliveries started and not finished.</summary>
    public int InFlight => Volatile.Read(ref inFlight);

    /// <summary>
    /// Hands a batch out. Blocks while every in-flight slot is taken. <paramref name="cancellationToken"/>
    /// cancels the calls themselves (their offsets then stay uncommitted and the messages come again).
    /// </summary>
    public void Dispatch(IReadOnlyList<IngestMessage> batch, CancellationToken cancellationToken)
    {
        Statistics.AddMessages(batch.Count);
        var pending = new PendingOffset?[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var message = batch[i];
            if ((pending[i] = tracker.Register(message.TopicPartition, message.Offset)) is null)
            {
                LogOutOfOrder(logger, message.TopicPartition.Topic, message.TopicPartition.Partition.Value, message.Offset);
            }
        }

        // Decoding is most of the consumer thread's own work and messages are independent: spread it over
        // the pool in slices, keeping each result at its message's index so grouping stays in offset order.
        var decoded = new Decoded[batch.Count];
        if (batch.Count >= 2 * DecodeSlice)
        {
            Parallel.For(0, (batch.Count + DecodeSlice - 1) / DecodeSlice, slice =>
            {
                for (int i = slice * DecodeSlice, end = Math.Min(batch.Count, i + DecodeSlice); i < end; i++)
                {
                    decoded[i] = Decode(batch[i], pending[i]);
                }
            });
        }
        else
        {
            for (var i = 0; i < batch.Count; i++)
            {
                decoded[i] = Decode(batch[i], pending[i]);
            }
        }

        var groups = new Dictionary<string, FirmGroup>(StringComparer.Ordinal);
        List<(DeadLetter Letter, PendingOffset Pending)>? rejected = null;
        for (var i = 0; i < batch.Count; i++)
        {
            if (pending[i] is not { } offset)
            {
                continue;
            }

            if (decoded[i].Event is { } sourced)
            {
                var siren = sourced.Event.Siren;
                if (!groups.TryGetValue(siren, out var group))
                {
                    groups[siren] = group = new FirmGroup(siren);
                }

                group.Add(sourced, offset);
            }
            else
            {
                var message = batch[i];
                var source = DeadLetterSource.KafkaMessage(message.TopicPartition.Topic, message.TopicPartition.Partition.Value, message.Offset);
                var letter = new DeadLetter(decoded[i].Rejects!, source, IngestDecoder.KeyText(message.Key), message.Value ?? []);
                (rejected ??= []).Add((letter, offset));
            }
        }

        if (rejected is not null)
        {
            TakeSlot(cancellationToken);
            _ = SendDeadLettersAsync(rejected, cancellationToken);
        }

        foreach (var group in groups.Values)
        {
            TakeSlot(cancellationToken);
            var previous = tails.TryGetValue(group.Siren, out var tail) ? tail : Task.CompletedTask;
            tails[group.Siren] = ApplyAsync(group, previous, cancellationToken);
        }

        if (tails.Count > 4 * options.MaxInFlightCalls)
        {
            foreach (var done in tails.Where(kv => kv.Value.IsCompleted).Select(kv => kv.Key).ToList())
            {
                tails.Remove(done);
            }
        }
    }

    /// <summary>Waits until nothing is in flight or the timeout passes; returns whether everything finished.</summary>
    public bool Drain(TimeSpan timeout)
    {
        var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        while (InFlight > 0)
        {
            if (Environment.TickCount64 >= deadline)
            {
                return false;
            }

            Thread.Sleep(2);
        }

        tails.Clear();
        return true;
    }

    public void Dispose() => slots.Dispose();

    private Decoded Decode(IngestMessage message, PendingOffset? pending)
    {
        if (pending is null)
        {
            return default;
        }

        return IngestDecoder.TryDecode(message, validation, out var sourced, out var rejects) ? new Decoded(sourced, null) : new Decoded(null, rejects);
    }

    private void TakeSlot(CancellationToken cancellationToken)
    {
        if (!slots.Wait(0, CancellationToken.None))
        {
            Statistics.AddBackpressureWait();
            slots.Wait(cancellationToken);
        }

        Interlocked.Increment(ref inFlight);
    }

    private async Task SendDeadLettersAsync(List<(DeadLetter Letter, PendingOffset Pending)> rejected, CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(rejected.Select(async r =>
            {
                await SendOneAsync(r.Letter, cancellationToken).ConfigureAwait(false);
                tracker.Complete(r.Pending);
                LogDeadLettered(logger, r.Letter.Id, r.Letter.Reason.CodeName, r.Letter.Reason.Detail);
            })).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            LogUnexpected(logger, ex, "(dead letters)");
        }
        finally
        {
            Release();
        }
    }

    /// <summary>A dead letter is retried until stored: dropping it would lose the input, skipping it would lose the offset order.</summary>
    private async Task SendOneAsync(DeadLetter letter, CancellationToken cancellationToken)
    {
        var delay = options.ApplyRetryDelay;
        while (true)
        {
            try
            {
                await deadLetters.SendAsync(letter, cancellationToken).ConfigureAwait(false);
                Statistics.AddDeadLettered();
                return;
            }
            catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                LogDeadLetterFailed(logger, ex, letter.Id);
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(10).Ticks));
            }
        }
    }

    private void Release(ApplyCall? call = null)
    {
        Interlocked.Decrement(ref inFlight);
        if (call is null || !call.SlotReleased)
        {
            slots.Release();
        }
    }

    private readonly record struct Decoded(SourcedEvent? Event, IReadOnlyList<Reject>? Rejects);

    private sealed class FirmGroup(string siren)
    {
        public string Siren { get; } = siren;

        public List<SourcedEvent> Events { get; } = [];

        public List<PendingOffset> Pending { get; } = [];

        public FirmBatch ToBatch() => new(Siren, [.. Events]);

        public void Add(SourcedEvent e, PendingOffset pending)
        {
            Events.Add(e);
            Pending.Add(pending);
        }

        public void CompleteAll(OffsetTracker tracker)
        {
            foreach (var p in Pending)
            {
                tracker.Complete(p);
            }
        }
    }

    [LoggerMessage(EventId = 5102, Level = LogLevel.Error, Message = "Unexpected failure while dispatching to {Siren}")]
    private static partial void LogUnexpected(ILogger logger, Exception ex, string siren);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information, Message = "Dead-lettered {Id}: {Reason} ({Detail})")]
    private static partial void LogDeadLettered(ILogger logger, string id, string reason, string detail);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Warning, Message = "Skipped {Topic}/{Partition}@{Offset}: not after the last offset taken from that partition")]
    private static partial void LogOutOfOrder(ILogger logger, string topic, int partition, long offset);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Warning, Message = "Producing dead letter {Id} failed; retrying")]
    private static partial void LogDeadLetterFailed(ILogger logger, Exception ex, string id);
}
