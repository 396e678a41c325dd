using Confluent.Kafka;
using ErrorCode = Confluent.Kafka.ErrorCode;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using SignauxFaibles.Ingest.Configuration;
using SignauxFaibles.Ingest.Topics;
using SignauxFaibles.ReadModel.Projection;

namespace SignauxFaibles.ReadModel.Kafka;

/// <summary>
/// The continuous projection of the scores topic into the read model (<c>ReadModel:Feed=Kafka</c>, the web
/// app in production). At start it brings the schema up to date, then reads every partition of the topic
/// from the position the read model stores (so a restart neither loses nor re-applies a change); each batch
/// of score changes and the partitions' next offsets are committed in one transaction
/// (<see cref="IReadModelProjector.ApplyAsync"/>), then due lists are closed (<see cref="DueListCloser"/>).
/// A malformed message is skipped with a warning and counted; a store or broker away is retried without
/// limit. One instance per read model: two would race on the same rows.
/// </summary>
public sealed partial class KafkaScoresProjection : BackgroundService
{
    private readonly IReadModelProjector _projector;
    private readonly ReadModelStore _store;
    private readonly KafkaOptions _kafka;
    private readonly ScoresProjectionOptions _options;
    private readonly ScoresProjectionMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger<KafkaScoresProjection> _logger;
    private readonly DueListCloser _closer;
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private static readonly ResiliencePropertyKey<string> StepKey = new("sf.readmodel.step");
    private readonly ResiliencePipeline _retry;

    public KafkaScoresProjection(
        IReadModelProjector projector,
        ReadModelStore store,
        IOptions<ReadModelOptions> readModel,
        IOptions<KafkaOptions> kafka,
        IOptions<ScoresProjectionOptions> options,
        TopicNames topics,
        ScoresProjectionMetrics metrics,
        TimeProvider time,
        ILogger<KafkaScoresProjection> logger)
    {
        ArgumentNullException.ThrowIfNull(readModel);
        ArgumentNullException.ThrowIfNull(kafka);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(topics);
        _projector = projector;
        _store = store;
        _kafka = kafka.Value;
        _options = options.Value;
        _metrics = metrics;
        _time = time;
        _logger = logger;
        Topic = topics.Scores;
        _closer = new DueListCloser(projector, readModel.Value, logger);
        _retry = BuildRetry();
    }

    /// <summary>The scores topic read.</summary>
    public string Topic { get; }

    /// <summary>Completes once the partitions are assigned at their stored positions.</summary>
    public Task Started => _started.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var applied = await RetryAsync(_store.EnsureSchemaAsync, "schema", stoppingToken);
            LogSchema(_logger, applied.Count == 0 ? "up to date" : string.Join(", ", applied));
            using var consumer = new ScoresConsumer(_kafka, Topic, "sf-readmodel-projection", _options.BrokerTimeout, _time, e => LogKafkaError(_logger, e.Code, e.Reason));
            var partitions = await RetryAsync(ct => Task.Run(consumer.Partitions, ct), "topic metadata", stoppingToken);
            var positions = await RetryAsync(_projector.PositionsAsync, "positions", stoppingToken);
            consumer.Assign(partitions, positions);
            var stored = positions.Count(p => p.Topic == Topic);
            LogStarted(_logger, Topic, partitions.Count, stored);
            _started.TrySetResult();

            // Lists that became due while nothing ran (a failure is logged and retried as the clock moves).
            if (await RetryAsync(_projector.ClockAsync, "clock", stoppingToken) is { } clock)
            {
                await _closer.AdvanceAsync(clock, stoppingToken);
            }

            while (!stoppingToken.IsCancellationRequested)
            {
                var batch = new ScoreBatch();
                try
                {
                    await Task.Run(() => consumer.Fill(batch, _options.BatchSize, TimeSpan.FromSeconds(1), _options.MaxBatchWait, until: null, stoppingToken), stoppingToken);
                }
                catch (KafkaException ex)
                {
                    // A consume error (the messages taken before it are committed below, the rest read again).
                    LogConsumeFailed(_logger, ex, ex.Error.Code);
                    await Task.Delay(TimeSpan.FromSeconds(1), _time, stoppingToken);
                }

                if (!batch.IsEmpty)
                {
                    await CommitAsync(batch, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is committed is in the store with its positions; the rest is read again at start.
        }
        finally
        {
            _started.TrySetCanceled(CancellationToken.None);
        }
    }

    private async Task CommitAsync(ScoreBatch batch, CancellationToken cancellationToken)
    {
        foreach (var (at, reason) in batch.Malformed)
        {
            LogMalformed(_logger, at.Topic, at.Partition.Value, at.Offset.Value, reason);
        }

        var positions = batch.Positions();
        await RetryAsync(async ct => { await _projector.ApplyAsync(batch.Updates, positions, ct); return true; }, "apply", cancellationToken);
        _metrics.Committed(batch.Messages, batch.Malformed.Count);
        if (batch.LatestAsOf is { } latest)
        {
            await _closer.AdvanceAsync(latest, cancellationToken);
        }
    }

    /// <summary>Runs <paramref name="step"/> until it succeeds, through <see cref="_retry"/>.</summary>
    private async Task<T> RetryAsync<T>(Func<CancellationToken, Task<T>> step, string what, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(StepKey, what);
        try
        {
            return await _retry.ExecuteAsync(static async (ctx, step) => await step(ctx.CancellationToken), context, step);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>Retries without limit, waiting 200 ms then doubling up to <see cref="ScoresProjectionOptions.RetryMaxDelay"/>; cancellation is not retried.</summary>
    private ResiliencePipeline BuildRetry() =>
        new ResiliencePipelineBuilder { TimeProvider = _time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } ex && ex is not OperationCanceledException),
                MaxRetryAttempts = int.MaxValue,
                Delay = TimeSpan.FromMilliseconds(200),
                MaxDelay = _options.RetryMaxDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                OnRetry = args =>
                {
                    LogRetry(_logger, args.Outcome.Exception!, args.Context.Properties.GetValue(StepKey, "step"), args.AttemptNumber + 1, args.RetryDelay);
                    return default;
                },
            })
            .Build();

    [LoggerMessage(EventId = 12001, Level = LogLevel.Information, Message = "Read model Kafka projection: schema {Applied}")]
    private static partial void LogSchema(ILogger logger, string applied);

    [LoggerMessage(EventId = 12002, Level = LogLevel.Information, Message = "Read model Kafka projection: reading {Topic} ({Partitions} partition(s), {Stored} stored position(s))")]
    private static partial void LogStarted(ILogger logger, string topic, int partitions, int stored);

    [LoggerMessage(EventId = 12003, Level = LogLevel.Warning, Message = "Read model Kafka projection: skipped malformed message {Topic}/{Partition}@{Offset}: {Reason}")]
    private static partial void LogMalformed(ILogger logger, string topic, int partition, long offset, string reason);

    [LoggerMessage(EventId = 12004, Level = LogLevel.Warning, Message = "Read model Kafka projection: {What} failed (attempt {Attempt}); retrying in {Delay}")]
    private static partial void LogRetry(ILogger logger, Exception exception, string what, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 12006, Level = LogLevel.Warning, Message = "Read model Kafka projection: consuming failed ({Code}); continuing")]
    private static partial void LogConsumeFailed(ILogger logger, Exception exception, ErrorCode code);

    [LoggerMessage(EventId = 12005, Level = LogLevel.Warning, Message = "Read model Kafka projection: Kafka client error {Code}: {Reason}")]
    private static partial void LogKafkaError(ILogger logger, ErrorCode code, string reason);
}
