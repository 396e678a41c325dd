using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SignauxFaibles.Ingest.Configuration;
using SignauxFaibles.Ingest.Topics;
using SignauxFaibles.ReadModel.Projection;

namespace SignauxFaibles.ReadModel.Kafka;

/// <summary>
/// Rebuilds the read model from the scores topic (<c>sf-admin readmodel rebuild</c>, docs/readmodel.md):
/// takes the high watermarks of every partition, clears the store, replays the topic from the beginning up
/// to them in batches (rows and positions in one transaction each), closes the due lists at the end (so a
/// rebuild is reproducible, docs/lists.md) and leaves every partition's position at its watermark, where a
/// continuous projection started afterwards resumes. The broker is asked first: an unreachable broker or a
/// missing topic throws <see cref="KafkaException"/> before anything is cleared.
/// </summary>
public sealed partial class ReadModelRebuild
{
    private readonly IReadModelProjector _projector;
    private readonly ReadModelStore _store;
    private readonly ReadModelOptions _readModel;
    private readonly KafkaOptions _kafka;
    private readonly ScoresProjectionOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ReadModelRebuild> _logger;

    public ReadModelRebuild(
        IReadModelProjector projector,
        ReadModelStore store,
        IOptions<ReadModelOptions> readModel,
        IOptions<KafkaOptions> kafka,
        IOptions<ScoresProjectionOptions> options,
        TopicNames topics,
        TimeProvider time,
        ILogger<ReadModelRebuild> logger)
    {
        ArgumentNullException.ThrowIfNull(readModel);
        ArgumentNullException.ThrowIfNull(kafka);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(topics);
        _projector = projector;
        _store = store;
        _readModel = readModel.Value;
        _kafka = kafka.Value;
        _options = options.Value;
        _time = time;
        _logger = logger;
        Topic = topics.Scores;
    }

    /// <summary>The scores topic replayed.</summary>
    public string Topic { get; }

    /// <summary>
    /// Runs the rebuild with batches of <paramref name="batchSize"/> messages (default: <see cref="ScoresProjectionOptions.BatchSize"/>),
    /// reporting to <paramref name="progress"/> at most every <paramref name="progressInterval"/> and once at the end.
    /// </summary>
    public async Task<RebuildResult> RunAsync(int? batchSize, TimeSpan progressInterval, Action<RebuildProgress>? progress, CancellationToken cancellationToken)
    {
        var size = batchSize ?? _options.BatchSize;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size, nameof(batchSize));
        var started = _time.GetTimestamp();
        using var consumer = new ScoresConsumer(_kafka, Topic, "sf-readmodel-rebuild", _options.BrokerTimeout, _time);

        // Kafka first: nothing is cleared when the broker or the topic is not there.
        var (partitions, ends, total) = await Task.Run(() => Watermarks(consumer), cancellationToken);
        LogStarting(_logger, Topic, partitions.Count, total);
        await _store.EnsureSchemaAsync(cancellationToken);
        await _projector.ClearAsync(cancellationToken);

        var until = ends.Where(e => e.Value.High > e.Value.Low).ToDictionary(e => e.Key, e => e.Value.High.Value);
        consumer.Assign([.. until.Keys], []);
        long done = 0, malformed = 0;

        // Rate and ETA over the replay itself (not the broker and schema round trips before it).
        var replayStarted = _time.GetTimestamp();
        var lastReport = replayStarted;
        while (consumer.Finished.Count < until.Count)
        {
            var batch = new ScoreBatch();
            await Task.Run(() => consumer.Fill(batch, size, TimeSpan.FromSeconds(1), _options.MaxBatchWait, until, cancellationToken), cancellationToken);
            foreach (var (at, reason) in batch.Malformed)
            {
                LogMalformed(_logger, at.Topic, at.Partition.Value, at.Offset.Value, reason);
            }

            if (!batch.IsEmpty)
            {
                await _projector.ApplyAsync(batch.Updates, batch.Positions(), cancellationToken);
            }

            done += batch.Messages;
            malformed += batch.Malformed.Count;
            if (progress is not null && _time.GetElapsedTime(lastReport) >= progressInterval)
            {
                progress(new RebuildProgress(done, total, _time.GetElapsedTime(replayStarted)));
                lastReport = _time.GetTimestamp();
            }
        }

        // Every partition at its watermark (empty ones too), then the lists due at the replayed clock.
        await _projector.ApplyAsync([], [.. ends.Select(e => new ProjectionPosition(Topic, e.Key.Partition.Value, e.Value.High.Value))], cancellationToken);
        var closer = new DueListCloser(_projector, _readModel, _logger);
        closer.Resume(await _projector.ClockAsync(cancellationToken));
        await closer.CloseDueAsync(cancellationToken);

        var result = new RebuildResult(done, malformed, partitions.Count, closer.Clock, _time.GetElapsedTime(started));
        progress?.Invoke(new RebuildProgress(done, total, _time.GetElapsedTime(replayStarted)));
        LogDone(_logger, Topic, done, malformed, result.Elapsed);
        return result;
    }

    private static (IReadOnlyList<TopicPartition> Partitions, Dictionary<TopicPartition, WatermarkOffsets> Ends, long Total) Watermarks(ScoresConsumer consumer)
    {
        var partitions = consumer.Partitions();
        var ends = partitions.ToDictionary(p => p, consumer.Watermarks);
        var total = ends.Values.Sum(w => Math.Max(0, w.High.Value - Math.Max(0, w.Low.Value)));
        return (partitions, ends, total);
    }

    [LoggerMessage(EventId = 12101, Level = LogLevel.Information, Message = "Read model rebuild: replaying {Topic} ({Partitions} partition(s), {Total} message(s) up to the watermarks)")]
    private static partial void LogStarting(ILogger logger, string topic, int partitions, long total);

    [LoggerMessage(EventId = 12102, Level = LogLevel.Warning, Message = "Read model rebuild: skipped malformed message {Topic}/{Partition}@{Offset}: {Reason}")]
    private static partial void LogMalformed(ILogger logger, string topic, int partition, long offset, string reason);

    [LoggerMessage(EventId = 12103, Level = LogLevel.Information, Message = "Read model rebuild: {Topic} replayed, {Messages} message(s), {Malformed} malformed skipped, in {Elapsed}")]
    private static partial void LogDone(ILogger logger, string topic, long messages, long malformed, TimeSpan elapsed);
}
