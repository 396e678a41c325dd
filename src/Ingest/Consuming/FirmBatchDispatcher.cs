using Microsoft.Extensions.Logging;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Ingest.Configuration;
using SignauxFaibles.Ingest.DeadLetters;
using SignauxFaibles.Ingest.Telemetry;

namespace SignauxFaibles.Ingest.Consuming;

/// <summary>
/// The heart of the ingest, free of Kafka client calls so it can be tested alone. For each batch taken
/// from the consumer: the <see cref="BatchSorter"/> registers every offset, decodes, validates and groups
/// the valid events by SIREN; each firm's group becomes one call (<see cref="FirmApplier"/>), chained
/// after the firm's previous call (<see cref="FirmCallChain"/>); the invalid messages go to the
/// <see cref="DeadLetterSender"/>. Offsets complete only when their call or dead letter is done.
/// </summary>
/// <remarks>
/// Backpressure: at most <see cref="IngestOptions.MaxInFlightCalls"/> calls are awaited at once
/// (<see cref="InFlightSlots"/>); <see cref="Dispatch"/> blocks the consumer thread when they are all
/// taken, so a slow grain or storage slows consumption instead of growing memory. A call waiting for the
/// store (<see cref="StorageOutage"/>) gives its slot back and the consumer pauses instead.
/// </remarks>
public sealed partial class FirmBatchDispatcher : IDisposable
{
    private const string DeadLettersSubject = "(dead letters)";

    private readonly ILogger logger;
    private readonly IngestMetrics metrics;
    private readonly BatchSorter sorter;
    private readonly InFlightSlots slots;
    private readonly StorageOutage outage;
    private readonly FirmCallChain chain;
    private readonly DeadLetterSender deadLetters;
    private readonly FirmApplier applier;

    public FirmBatchDispatcher(IFirmBatchSink sink, IDeadLetterSink deadLetters, OffsetTracker tracker, IngestOptions options, IngestMetrics metrics, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        this.logger = logger;
        this.metrics = metrics;
        var validation = options.VerifyCheckDigits ? ValidationOptions.Strict : ValidationOptions.ShapeOnly;
        sorter = new BatchSorter(tracker, validation, logger);
        slots = new InFlightSlots(options.MaxInFlightCalls, metrics);
        outage = new StorageOutage(slots, logger);
        chain = new FirmCallChain(4 * options.MaxInFlightCalls);
        this.deadLetters = new DeadLetterSender(deadLetters, tracker, metrics, options.ApplyRetryDelay, logger);
        applier = new FirmApplier(sink, this.deadLetters, tracker, outage, options, metrics, logger);
    }

    /// <summary>Totals of the ingest meter this dispatcher records into.</summary>
    public IngestStatistics Statistics => metrics.Statistics;

    /// <summary>Calls and dead-letter deliveries started and not finished.</summary>
    public int InFlight => slots.InFlight;

    /// <summary>True while at least one call waits for the store or the cluster to come back: the consumer pauses.</summary>
    public bool StorageUnavailable => outage.Unavailable;

    /// <summary>Calls waiting for the store or the cluster to come back.</summary>
    public int WaitingForStorage => outage.Waiting;

    /// <summary>
    /// Hands a batch out. Blocks while every in-flight slot is taken. <paramref name="cancellationToken"/>
    /// cancels the calls themselves (their offsets then stay uncommitted and the messages come again).
    /// </summary>
    public void Dispatch(IReadOnlyList<IngestMessage> batch, CancellationToken cancellationToken)
    {
        // The batch's span, linked to its messages' trace contexts; it is the ambient activity of each firm's
        // call chained below (parent or link of its apply span, IngestTracing).
        using var activity = IngestTracing.StartBatch(batch);
        CountConsumed(batch);
        var sorted = sorter.Sort(batch);
        if (sorted.Rejected is { } rejected)
        {
            var call = slots.Take(DeadLettersSubject, cancellationToken);
            _ = RunAsync(() => deadLetters.SendAllAsync(rejected, cancellationToken), call, cancellationToken);
        }

        foreach (var group in sorted.Groups)
        {
            var call = slots.Take(group.Siren, cancellationToken);
            chain.Append(group.Siren, previous => RunAsync(() => applier.ApplyAsync(group, call, previous, cancellationToken), call, cancellationToken));
        }

        chain.Prune();
    }

    private void CountConsumed(IReadOnlyList<IngestMessage> batch)
    {
        metrics.Batch(batch.Count);
        var byTopic = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var message in batch)
        {
            byTopic[message.TopicPartition.Topic] = byTopic.GetValueOrDefault(message.TopicPartition.Topic) + 1;
        }

        foreach (var (topic, count) in byTopic)
        {
            metrics.Consumed(topic, count);
        }
    }

    /// <summary>Waits until nothing is in flight or the timeout passes; returns whether everything finished.</summary>
    public bool Drain(TimeSpan timeout)
    {
        if (!slots.WaitIdle(timeout))
        {
            return false;
        }

        chain.Clear();
        return true;
    }

    public void Dispose() => slots.Dispose();

    /// <summary>Runs one call to its end, which never faults: shutdown leaves its offsets uncommitted, anything unexpected is logged.</summary>
    private async Task RunAsync(Func<Task> work, InFlightCall call, CancellationToken cancellationToken)
    {
        try
        {
            await work().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: what is not done stays uncommitted and is delivered again.
        }
        catch (Exception ex)
        {
            LogUnexpected(logger, ex, call.Subject);
        }
        finally
        {
            outage.Leave(call);
            slots.Release(call);
        }
    }

    [LoggerMessage(EventId = 5102, Level = LogLevel.Error, Message = "Unexpected failure while dispatching to {Siren}")]
    private static partial void LogUnexpected(ILogger logger, Exception ex, string siren);
}
