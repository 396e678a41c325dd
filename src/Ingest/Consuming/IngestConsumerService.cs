using Confluent.Kafka;
using ErrorCode = Confluent.Kafka.ErrorCode;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Ingest.Configuration;
using SignauxFaibles.Ingest.DeadLetters;
using SignauxFaibles.Ingest.Hosting;
using SignauxFaibles.Ingest.Telemetry;
using SignauxFaibles.Ingest.Topics;

namespace SignauxFaibles.Ingest.Consuming;

/// <summary>
/// The ingest hosted in every silo: one long-lived consumer of the source topics in the cluster's consumer
/// group, on a dedicated thread. The <see cref="BatchPoller"/> polls batches and hands them to the
/// <see cref="FirmBatchDispatcher"/>; the <see cref="OffsetCommitter"/> stores each partition's contiguous
/// watermark as calls complete (the client commits stored offsets in the background); the
/// <see cref="RebalanceHandler"/> commits when partitions are revoked; <see cref="StoragePause"/> pauses
/// the partitions while the store is away. At shutdown the service waits (up to
/// <see cref="IngestOptions.DrainTimeout"/>) for the calls in flight, then commits and leaves the group.
/// </summary>
public sealed partial class IngestConsumerService : BackgroundService, IIngestPartitionState
{
    private readonly KafkaOptions kafka;
    private readonly IngestOptions options;
    private readonly TopicNames topics;
    private readonly IHostApplicationLifetime lifetime;
    private readonly KafkaFatalErrorHandler fatal;
    private readonly ILogger<IngestConsumerService> logger;
    private readonly OffsetTracker tracker = new();
    private readonly FirmBatchDispatcher dispatcher;
    private readonly OffsetCommitter committer;
    private readonly RebalanceHandler rebalances;
    private readonly StoragePause pause;
    private readonly BatchPoller poller;
    private readonly PartitionLagSampler lag = new(TimeSpan.FromSeconds(1));
    // Cancels the grain calls themselves, only once draining at shutdown has given up.
    private readonly CancellationTokenSource callsCancellation = new();

    public IngestConsumerService(
        IOptions<KafkaOptions> kafka,
        IOptions<IngestOptions> options,
        TopicNames topics,
        IFirmBatchSink sink,
        IDeadLetterSink deadLetters,
        IngestMetrics metrics,
        KafkaFatalErrorHandler fatal,
        IHostApplicationLifetime lifetime,
        ILogger<IngestConsumerService> logger)
    {
        this.kafka = kafka.Value;
        this.options = options.Value;
        this.topics = topics;
        this.lifetime = lifetime;
        this.fatal = fatal;
        this.logger = logger;
        ArgumentNullException.ThrowIfNull(metrics);
        dispatcher = new FirmBatchDispatcher(sink, deadLetters, tracker, this.options, metrics, logger);
        committer = new OffsetCommitter(tracker, logger);
        var aligner = this.options.AlignByDeliveryDate ? new DeliveryDateAligner(this.options.AlignmentCapacity, this.options.AlignmentSilence) : null;
        rebalances = new RebalanceHandler(tracker, dispatcher, committer, aligner, this.options, logger);
        pause = new StoragePause(dispatcher, logger);
        poller = new BatchPoller(this.options, dispatcher, pause, committer, rebalances, aligner, lag, logger);
        metrics.Observe(this);
    }

    public IngestStatistics Statistics => dispatcher.Statistics;

    /// <summary>Partitions that cannot advance (<see cref="IngestOptions.StallAfter"/>), as topic/partition.</summary>
    public IReadOnlyList<string> StalledPartitions => [.. tracker.Stalled(options.StallAfter).Select(tp => $"{tp.Topic}/{tp.Partition.Value}")];

    /// <summary>Completes when the group first assigned partitions to this consumer.</summary>
    public Task Assigned => rebalances.Assigned;

    /// <summary>True while the ingest is paused for the store.</summary>
    public bool Paused => pause.Paused;

    /// <summary>Partitions paused for the store (all the assigned ones while paused).</summary>
    public int PausedPartitions => pause.Paused ? lag.Assigned : 0;

    /// <summary>Partitions the group assigned to this consumer, as of the last sample (every second on the consumer thread).</summary>
    public int AssignedPartitions => lag.Assigned;

    /// <summary>Each assigned partition's lag as the client last knew it (sampled every second on the consumer thread).</summary>
    public IReadOnlyList<PartitionLag> Lag() => lag.Last;

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
        if (options.AlignByDeliveryDate)
        {
            CheckCoPartitioning(consumer, subscribed);
        }

        try
        {
            poller.Run(consumer, stoppingToken, callsCancellation.Token);
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

    /// <summary>Logs an error when the source topics cannot be co-partitioned (docs/durability.md, "Delivery-date order").</summary>
    private void CheckCoPartitioning(IConsumer<byte[]?, byte[]?> consumer, IReadOnlyList<string> subscribed)
    {
        try
        {
            using var admin = new DependentAdminClientBuilder(consumer.Handle).Build();
            var wanted = subscribed.ToHashSet(StringComparer.Ordinal);
            var counts = admin.GetMetadata(TimeSpan.FromSeconds(10)).Topics
                .Where(t => wanted.Contains(t.Topic) && t.Error.Code == ErrorCode.NoError && t.Partitions.Count > 0)
                .ToDictionary(t => t.Topic, t => t.Partitions.Count, StringComparer.Ordinal);
            if (CoPartitioning.Problem(counts) is { } problem)
            {
                LogNotCoPartitioned(logger, problem);
            }
        }
        catch (KafkaException ex)
        {
            LogClientError(logger, ex.Error.Code, $"source topic metadata unavailable for the co-partitioning check: {ex.Error.Reason}");
        }
    }

    private IConsumer<byte[]?, byte[]?> Build() =>
        rebalances.Attach(new ConsumerBuilder<byte[]?, byte[]?>(
                KafkaConfigFactory.IngestConsumer(kafka, options.GroupId, $"sf-ingest-{Environment.MachineName}", options.AlignByDeliveryDate)))
            .SetErrorHandler((_, e) =>
            {
                // A fatal error turns readiness false and stops the host (exit code 75); others are retried by the client.
                if (!fatal.Handle("consumer", e))
                {
                    LogClientError(logger, e.Code, e.Reason);
                }
            })
            .SetLogHandler((_, m) => LogClientMessage(logger, m.Facility, m.Message))
            .Build();

    private void Shutdown(IConsumer<byte[]?, byte[]?> consumer)
    {
        var drained = dispatcher.Drain(options.DrainTimeout);
        if (!drained)
        {
            callsCancellation.Cancel();
            dispatcher.Drain(TimeSpan.FromSeconds(5));
        }

        committer.StoreAdvanced(consumer);
        committer.CommitAndLeave(consumer);
        LogStopped(logger, Statistics, drained);
    }

    [LoggerMessage(EventId = 5201, Level = LogLevel.Information, Message = "Ingest started: group {GroupId}, {TopicCount} topics on {Bootstrap}")]
    private static partial void LogStarted(ILogger logger, string groupId, int topicCount, string bootstrap);

    [LoggerMessage(EventId = 5206, Level = LogLevel.Warning, Message = "Kafka consumer error {Code}: {Reason}")]
    private static partial void LogClientError(ILogger logger, ErrorCode code, string reason);

    [LoggerMessage(EventId = 5207, Level = LogLevel.Debug, Message = "librdkafka {Facility}: {Message}")]
    private static partial void LogClientMessage(ILogger logger, string facility, string message);

    [LoggerMessage(EventId = 5209, Level = LogLevel.Critical, Message = "The ingest loop failed; stopping the host")]
    private static partial void LogLoopFailed(ILogger logger, Exception ex);

    [LoggerMessage(EventId = 5214, Level = LogLevel.Error, Message = "Source topics are not co-partitioned ({Problem}): with several silos, a firm's events may be consumed by different silos and its alerts may depend on fetch timing; give every source topic the same partition count")]
    private static partial void LogNotCoPartitioned(ILogger logger, string problem);

    [LoggerMessage(EventId = 5211, Level = LogLevel.Information, Message = "Ingest stopped ({Statistics}; all calls finished: {Drained})")]
    private static partial void LogStopped(ILogger logger, IngestStatistics statistics, bool drained);
}
