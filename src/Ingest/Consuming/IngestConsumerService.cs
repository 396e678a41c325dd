using Confluent.Kafka;
using ErrorCode = Confluent.Kafka.ErrorCode;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Ingest.Configuration;
using SignauxFaibles.Ingest.DeadLetters;
using SignauxFaibles.Ingest.Topics;

namespace SignauxFaibles.Ingest.Consuming;

/// <summary>
/// The ingest hosted in every silo: one long-lived consumer of the source topics in the cluster's consumer
/// group, on a dedicated thread. It polls batches, hands them to the <see cref="FirmBatchDispatcher"/>,
/// and stores each partition's contiguous watermark as calls complete; the client commits stored offsets
/// in the background, and the service commits explicitly when partitions are revoked and at shutdown,
/// after waiting (up to <see cref="IngestOptions.DrainTimeout"/>) for the calls in flight.
/// </summary>
public sealed partial class IngestConsumerService : BackgroundService
{
    private readonly KafkaOptions kafka;
    private readonly IngestOptions options;
    private readonly TopicNames topics;
    private readonly IHostApplicationLifetime lifetime;
    private readonly ILogger<IngestConsumerService> logger;
    private readonly OffsetTracker tracker = new();
    private readonly FirmBatchDispatcher dispatcher;
    // Cancels the grain calls themselves, only once draining at shutdown has given up.
    private readonly CancellationTokenSource callsCancellation = new();
    private readonly TaskCompletionSource assigned = new(TaskCreationOptions.RunContinuationsAsynchronously);
    // Rebalances seen; touched only on the consumer thread (the rebalance callbacks run inside Consume).
    private int rebalances;

    public IngestConsumerService(
        IOptions<KafkaOptions> kafka,
        IOptions<IngestOptions> options,
        TopicNames topics,
        IFirmBatchSink sink,
        IDeadLetterSink deadLetters,
        IHostApplicationLifetime lifetime,
        ILogger<IngestConsumerService> logger)
    {
        this.kafka = kafka.Value;
        this.options = options.Value;
        this.topics = topics;
        this.lifetime = lifetime;
        this.logger = logger;
        dispatcher = new FirmBatchDispatcher(sink, deadLetters, tracker, this.options, logger);
    }

    public IngestStatistics Statistics => dispatcher.Statistics;

    /// <summary>Partitions that cannot advance (<see cref="IngestOptions.StallAfter"/>), as topic/partition.</summary>
    public IReadOnlyList<string> StalledPartitions => [.. tracker.Stalled(options.StallAfter).Select(tp => $"{tp.Topic}/{tp.Partition.Value}")];

    /// <summary>Completes when the group first assigned partitions to this consumer.</summary>
    public Task Assigned => assigned.Task;

    public IReadOnlyList<string> SubscribedTopics =>
        options.Sources.Count == 0
            ? topics.Sources
            : [.. options.Sources.Select(s => EventSchemas.TryGet(s, out var schema) ? topics.For(schema) : s)];

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        // librdkafka's Consume blocks: give the loop its own thread rather than a pool thread.
        Task.Factory.StartNew(() => Run(stoppingToken), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    public override void Dispose()
    {
        base.Dispose();
        dispatcher.Dispose();
        callsCancellation.Dispose();
    }

    private void Run(CancellationToken stoppingToken)
    {
        using var consumer = Build();
        var subscribed = SubscribedTopics;
        consumer.Subscribe(subscribed);
        LogStarted(logger, options.GroupId, subscribed.Count, kafka.BootstrapServers);
        var batch = new List<IngestMessage>(options.MaxBatchSize);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (PausedForStorage(consumer))
                {
                    // Keep polling (group membership, rebalances) without fetching, until the store is back.
                    HoldWhilePaused(consumer, batch);
                    Store(consumer, tracker.TakeAdvanced());
                    continue;
                }

                // Messages held while paused go first, before a poll could run a rebalance under them.
                if (batch.Count == 0)
                {
                    Poll(consumer, batch, stoppingToken);
                }

                if (batch.Count > 0)
                {
                    dispatcher.Dispatch(batch, callsCancellation.Token);
                    batch.Clear();
                }

                Store(consumer, tracker.TakeAdvanced());
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // Not a place to limp on without a consumer: stop the silo so it is restarted and rebalanced.
            LogLoopFailed(logger, ex);
            lifetime.StopApplication();
        }
        finally
        {
            Shutdown(consumer);
        }
    }

    private IConsumer<byte[]?, byte[]?> Build() =>
        new ConsumerBuilder<byte[]?, byte[]?>(KafkaConfigFactory.Consumer(kafka, options.GroupId, $"sf-ingest-{Environment.MachineName}"))
            .SetPartitionsAssignedHandler((_, partitions) =>
            {
                foreach (var tp in partitions)
                {
                    tracker.Assign(tp);
                }

                rebalances++;
                LogAssigned(logger, partitions.Count, partitions);
                assigned.TrySetResult();
            })
            .SetPartitionsRevokedHandler((c, partitions) => OnRevoked(c, partitions.Select(p => p.TopicPartition).ToList()))
            .SetPartitionsLostHandler((_, partitions) =>
            {
                // Another member may own them already: committing now could move its offsets backwards.
                foreach (var p in partitions)
                {
                    tracker.Remove(p.TopicPartition);
                }

                rebalances++;
                LogLost(logger, partitions.Count);
            })
            .SetErrorHandler((_, e) =>
            {
                if (e.IsFatal)
                {
                    LogFatal(logger, e.Code, e.Reason);
                    lifetime.StopApplication();
                }
                else
                {
                    LogClientError(logger, e.Code, e.Reason);
                }
            })
            .SetLogHandler((_, m) => LogClientMessage(logger, m.Facility, m.Message))
            .Build();

    private void Poll(IConsumer<byte[]?, byte[]?> consumer, List<IngestMessage> batch, CancellationToken stoppingToken)
    {
        var first = ConsumeOne(consumer, TimeSpan.FromMilliseconds(100));
        // A message returned by the call that ran a rebalance callback already belongs to the new assignment.
        var seen = rebalances;
        if (first is null)
        {
            return;
        }

        batch.Add(IngestMessage.From(first));
        var deadline = Environment.TickCount64 + (long)options.MaxBatchWait.TotalMilliseconds;
        while (batch.Count < options.MaxBatchSize && !stoppingToken.IsCancellationRequested)
        {
            var remaining = deadline - Environment.TickCount64;
            var next = ConsumeOne(consumer, remaining > 0 ? TimeSpan.FromMilliseconds(Math.Min(remaining, 10)) : TimeSpan.Zero);
            if (rebalances != seen)
            {
                // Messages taken before a rebalance (not the one this call returned) are fetched again from the
                // committed offsets by whoever owns their partition now (maybe us): drop them rather than apply
                // them twice out of order.
                batch.Clear();
                seen = rebalances;
            }

            if (next is null)
            {
                if (remaining <= 0)
                {
                    return;
                }

                continue;
            }

            batch.Add(IngestMessage.From(next));
        }
    }

    private ConsumeResult<byte[]?, byte[]?>? ConsumeOne(IConsumer<byte[]?, byte[]?> consumer, TimeSpan timeout)
    {
        try
        {
            return consumer.Consume(timeout);
        }
        catch (ConsumeException ex) when (!ex.Error.IsFatal)
        {
            // E.g. a subscribed topic that does not exist yet: report it and keep consuming the others.
            LogConsumeError(logger, ex.Error.Code, ex.Error.Reason);
            return null;
        }
    }

    private void OnRevoked(IConsumer<byte[]?, byte[]?> consumer, List<TopicPartition> partitions)
    {
        // Let the calls on these partitions finish so their offsets can be committed before another member takes over.
        rebalances++;
        var drained = dispatcher.Drain(options.DrainTimeout);
        var offsets = partitions.Select(tracker.Remove).OfType<TopicPartitionOffset>().ToList();
        Commit(consumer, offsets);
        LogRevoked(logger, partitions.Count, offsets.Count, drained);
    }

    private void Shutdown(IConsumer<byte[]?, byte[]?> consumer)
    {
        var drained = dispatcher.Drain(options.DrainTimeout);
        if (!drained)
        {
            callsCancellation.Cancel();
            dispatcher.Drain(TimeSpan.FromSeconds(5));
        }

        Store(consumer, tracker.TakeAdvanced());
        try
        {
            consumer.Commit();
        }
        catch (KafkaException ex) when (ex.Error.Code is ErrorCode.Local_NoOffset)
        {
        }
        catch (KafkaException ex)
        {
            LogCommitFailed(logger, ex.Error.Code, ex.Error.Reason);
        }

        try
        {
            // Leaves the group now (revoking, hence committing again) instead of after the session timeout.
            consumer.Close();
        }
        catch (KafkaException ex)
        {
            LogCommitFailed(logger, ex.Error.Code, ex.Error.Reason);
        }

        LogStopped(logger, Statistics, drained);
    }

    private static void Store(IConsumer<byte[]?, byte[]?> consumer, IReadOnlyList<TopicPartitionOffset> offsets)
    {
        foreach (var offset in offsets)
        {
            try
            {
                consumer.StoreOffset(offset);
            }
            catch (KafkaException ex) when (ex.Error.Code == ErrorCode.Local_State)
            {
                // The partition was revoked meanwhile; its new owner resumes from the last commit.
            }
        }
    }

    private void Commit(IConsumer<byte[]?, byte[]?> consumer, List<TopicPartitionOffset> offsets)
    {
        if (offsets.Count == 0)
        {
            return;
        }

        try
        {
            consumer.Commit(offsets);
        }
        catch (KafkaException ex)
        {
            LogCommitFailed(logger, ex.Error.Code, ex.Error.Reason);
        }
    }

    [LoggerMessage(EventId = 5201, Level = LogLevel.Information, Message = "Ingest started: group {GroupId}, {TopicCount} topics on {Bootstrap}")]
    private static partial void LogStarted(ILogger logger, string groupId, int topicCount, string bootstrap);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Information, Message = "Assigned {Count} partitions: {Partitions}")]
    private static partial void LogAssigned(ILogger logger, int count, IEnumerable<TopicPartition> partitions);

    [LoggerMessage(EventId = 5203, Level = LogLevel.Information, Message = "Revoked {Count} partitions, committed {Committed} offsets (all calls finished: {Drained})")]
    private static partial void LogRevoked(ILogger logger, int count, int committed, bool drained);

    [LoggerMessage(EventId = 5204, Level = LogLevel.Warning, Message = "Lost {Count} partitions; their uncommitted messages will be delivered again")]
    private static partial void LogLost(ILogger logger, int count);

    [LoggerMessage(EventId = 5205, Level = LogLevel.Critical, Message = "Fatal Kafka consumer error {Code}: {Reason}; stopping the host")]
    private static partial void LogFatal(ILogger logger, ErrorCode code, string reason);

    [LoggerMessage(EventId = 5206, Level = LogLevel.Warning, Message = "Kafka consumer error {Code}: {Reason}")]
    private static partial void LogClientError(ILogger logger, ErrorCode code, string reason);

    [LoggerMessage(EventId = 5207, Level = LogLevel.Debug, Message = "librdkafka {Facility}: {Message}")]
    private static partial void LogClientMessage(ILogger logger, string facility, string message);

    [LoggerMessage(EventId = 5208, Level = LogLevel.Warning, Message = "Consume error {Code}: {Reason}")]
    private static partial void LogConsumeError(ILogger logger, ErrorCode code, string reason);

    [LoggerMessage(EventId = 5209, Level = LogLevel.Critical, Message = "The ingest loop failed; stopping the host")]
    private static partial void LogLoopFailed(ILogger logger, Exception ex);

    [LoggerMessage(EventId = 5210, Level = LogLevel.Warning, Message = "Offset commit failed {Code}: {Reason}")]
    private static partial void LogCommitFailed(ILogger logger, ErrorCode code, string reason);

    [LoggerMessage(EventId = 5211, Level = LogLevel.Information, Message = "Ingest stopped ({Statistics}; all calls finished: {Drained})")]
    private static partial void LogStopped(ILogger logger, IngestStatistics statistics, bool drained);
}
