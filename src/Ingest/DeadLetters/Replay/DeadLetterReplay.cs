using System.Diagnostics;
using Confluent.Kafka;
using ErrorCode = Confluent.Kafka.ErrorCode;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using SignauxFaibles.Ingest.Configuration;
using SignauxFaibles.Ingest.Producing;
using SignauxFaibles.Ingest.Topics;

namespace SignauxFaibles.Ingest.DeadLetters.Replay;

/// <summary>
/// Replays dead letters (<c>sf-admin deadletter replay</c>): reads the dead-letter topic from the group's
/// stored position (or its beginning) up to the ends taken at start, and produces each replayable dead
/// letter's original key and payload to its source topic (same key, so the same partition). The group's
/// position advances, chunk by chunk, only once every replay of the chunk was acknowledged: a run stopped
/// or failed half-way replays at most its last chunk again (harmless, events are facts), a finished run is
/// never replayed by the next one. A dry run counts and changes nothing.
/// </summary>
public sealed partial class DeadLetterReplay
{
    private const string ClientId = "sf-admin-deadletter-replay";
    private static readonly ResiliencePropertyKey<DeadLetter> LetterKey = new("sf.deadletter.replay");

    private readonly KafkaOptions options;
    private readonly TopicNames topics;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly ResiliencePipeline produceRetry;
    private readonly HashSet<string> existingTopics = new(StringComparer.Ordinal);

    public DeadLetterReplay(IOptions<KafkaOptions> options, TimeProvider time, ILogger<DeadLetterReplay> logger)
    {
        this.options = options.Value;
        topics = new TopicNames(this.options.TopicPrefix);
        this.time = time;
        this.logger = logger;
        produceRetry = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                // librdkafka already retries within message.timeout.ms; a delivery that failed anyway is tried a few more times.
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is KafkaException { Error.IsFatal: false } k && k.Error.Code != ErrorCode.MsgSizeTooLarge),
                MaxRetryAttempts = 3,
                Delay = TimeSpan.FromMilliseconds(500),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = args =>
                {
                    LogReplayRetry(this.logger, args.Outcome.Exception!, args.Context.Properties.GetValue(LetterKey, null!).Id);
                    return default;
                },
            })
            .Build();
    }

    public string Topic => topics.DeadLetter;

    /// <summary>
    /// Runs the replay. Throws <see cref="KafkaException"/> when the broker cannot be reached or the
    /// dead-letter topic does not exist (nothing read), <see cref="DeadLetterReplayException"/> when a
    /// replay could not be produced or the topic could not be read to its end.
    /// </summary>
    public Task<DeadLetterReplayResult> RunAsync(DeadLetterReplayRequest request, TimeSpan progressEvery, Action<DeadLetterReplayProgress> progress, CancellationToken cancellationToken) =>
        Task.Run(() => Run(request, progressEvery, progress, cancellationToken), cancellationToken);

    private DeadLetterReplayResult Run(DeadLetterReplayRequest request, TimeSpan progressEvery, Action<DeadLetterReplayProgress> progress, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        existingTopics.Clear();
        using var producer = new KafkaProducerHandle(Options.Create(options), Microsoft.Extensions.Logging.Abstractions.NullLogger<KafkaProducerHandle>.Instance);
        var config = KafkaConfigFactory.Consumer(options, request.GroupId, ClientId);
        config.EnableAutoCommit = false;
        using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(config).SetLogHandler((_, _) => { }).Build();

        var ranges = ReplayRange.Read(producer, consumer, topics.DeadLetter, request.FromBeginning, request.RequestTimeout);
        var result = new DeadLetterReplayResult { DryRun = request.DryRun };
        var total = ranges.Sum(r => r.Count);
        LogStarting(logger, topics.DeadLetter, request.GroupId, total, request.DryRun);
        var pending = ranges.Where(r => r.Count > 0).ToDictionary(r => r.Partition);
        consumer.Assign(pending.Values.Select(r => new TopicPartitionOffset(r.Partition, r.Start)));

        var chunk = new ReplayChunk(request.ChunkSize);
        var lastRead = time.GetTimestamp();
        var lastProgress = started;
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var message = Consume(consumer, cancellationToken);
            if (message is not null && pending.TryGetValue(message.TopicPartition, out var range) && message.Offset.Value < range.End)
            {
                lastRead = time.GetTimestamp();
                result.Read++;
                Handle(message, request, result, chunk, producer, cancellationToken);
            }
            else if (time.GetElapsedTime(lastRead) > request.ReadTimeout)
            {
                throw new DeadLetterReplayException($"nothing read from {topics.DeadLetter} for {request.ReadTimeout.TotalSeconds:F0} s before the end taken at start ({string.Join(", ", pending.Values.Select(r => $"partition {r.Partition.Partition.Value} up to {r.End}"))})");
            }

            foreach (var done in pending.Values.Where(r => consumer.Position(r.Partition).Value >= r.End).ToList())
            {
                pending.Remove(done.Partition);
                chunk.Reached(done.Partition, done.End);
            }

            if (chunk.Full || pending.Count == 0)
            {
                Complete(chunk, consumer, request, cancellationToken);
                lastRead = time.GetTimestamp(); // waiting for acknowledgements is not a silent topic
            }

            if (time.GetElapsedTime(lastProgress) >= progressEvery || pending.Count == 0)
            {
                lastProgress = time.GetTimestamp();
                progress(new DeadLetterReplayProgress(result.Read, total, result.ReplayedTotal, result.SkippedTotal, request.DryRun));
            }
        }

        result.Elapsed = time.GetElapsedTime(started);
        LogFinished(logger, result.Read, result.ReplayedTotal, result.SkippedTotal, result.FilteredTotal, request.DryRun);
        return result;
    }

    private static ConsumeResult<byte[]?, byte[]?>? Consume(IConsumer<byte[]?, byte[]?> consumer, CancellationToken cancellationToken)
    {
        try
        {
            return consumer.Consume(TimeSpan.FromMilliseconds(200));
        }
        catch (ConsumeException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DeadLetterReplayException($"reading the dead-letter topic failed: {ex.Error.Reason} ({ex.Error.Code})", ex);
        }
    }

    private void Handle(ConsumeResult<byte[]?, byte[]?> message, DeadLetterReplayRequest request, DeadLetterReplayResult result, ReplayChunk chunk, KafkaProducerHandle producer, CancellationToken cancellationToken)
    {
        chunk.Reached(message.TopicPartition, message.Offset.Value + 1);
        var candidate = ReplayCandidate.Of(message.Message.Value, topics);
        var letter = candidate.Letter;
        if (letter is not null && request.Reasons.Count > 0 && !request.Reasons.Contains(letter.Reason.CodeName))
        {
            DeadLetterReplayResult.Count(result.Filtered, letter.Reason.CodeName);
            return;
        }

        if (letter is not null && request.Since is { } since && !(letter.DeadLetteredAt >= since))
        {
            result.BeforeSince++;
            return;
        }

        if (candidate.Skip is { } skip)
        {
            DeadLetterReplayResult.Count(result.Skipped, skip);
            LogSkipped(logger, message.TopicPartitionOffset, skip);
            return;
        }

        var topic = letter!.Source.Topic!;
        if (!request.DryRun && existingTopics.Add(topic) && producer.MissingTopics([topic], request.RequestTimeout).Count > 0)
        {
            existingTopics.Remove(topic);
            // librdkafka would wait message.timeout.ms for each replay to a topic that does not exist.
            throw new DeadLetterReplayException($"source topic {topic} does not exist (topic creation is an operator step: scripts/create-topics.sh)");
        }

        DeadLetterReplayResult.Count(result.Replayed, (letter.Reason.CodeName, topic));
        if (!request.DryRun)
        {
            chunk.Add(ProduceAsync(producer, letter, cancellationToken));
        }
    }

    private async Task ProduceAsync(KafkaProducerHandle producer, DeadLetter letter, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(LetterKey, letter);
        try
        {
            await produceRetry.ExecuteAsync(
                static async (ctx, state) => await state.producer.Producer.ProduceAsync(
                    state.letter.Source.Topic!,
                    new Message<string, byte[]> { Key = state.letter.Key!, Value = state.letter.Payload.ToArray() },
                    ctx.CancellationToken).ConfigureAwait(false),
                context,
                (producer, letter)).ConfigureAwait(false);
        }
        catch (KafkaException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DeadLetterReplayException($"replaying {letter.Id} to {letter.Source.Topic} failed: {ex.Error.Reason} ({ex.Error.Code})", ex);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        LogReplayed(logger, letter.Id, letter.Reason.CodeName, letter.Source.Topic!);
    }

    /// <summary>Awaits every replay of the chunk, then stores the position past it (not in a dry run).</summary>
    private static void Complete(ReplayChunk chunk, IConsumer<byte[]?, byte[]?> consumer, DeadLetterReplayRequest request, CancellationToken cancellationToken)
    {
        chunk.WaitAll(cancellationToken);
        var positions = chunk.TakePositions();
        if (!request.DryRun && positions.Count > 0)
        {
            try
            {
                consumer.Commit(positions);
            }
            catch (KafkaException ex)
            {
                throw new DeadLetterReplayException($"the replays were acknowledged but storing the position of group {request.GroupId} failed ({ex.Error.Reason}): the next run replays them again", ex);
            }
        }
    }

    [LoggerMessage(EventId = 5401, Level = LogLevel.Information, Message = "Replaying {Total} dead letter(s) of {Topic} for group {GroupId} (dry run: {DryRun})")]
    private static partial void LogStarting(ILogger logger, string topic, string groupId, long total, bool dryRun);

    [LoggerMessage(EventId = 5402, Level = LogLevel.Debug, Message = "Replayed dead letter {Id} ({Reason}) to {Topic}")]
    private static partial void LogReplayed(ILogger logger, string id, string reason, string topic);

    [LoggerMessage(EventId = 5403, Level = LogLevel.Information, Message = "Dead letter at {Position} not replayable: {Skip}")]
    private static partial void LogSkipped(ILogger logger, TopicPartitionOffset position, string skip);

    [LoggerMessage(EventId = 5404, Level = LogLevel.Warning, Message = "Replaying dead letter {Id} failed; retrying")]
    private static partial void LogReplayRetry(ILogger logger, Exception ex, string id);

    [LoggerMessage(EventId = 5405, Level = LogLevel.Information, Message = "Dead-letter replay done: {Read} read, {Replayed} replayed, {Skipped} skipped, {Filtered} filtered out (dry run: {DryRun})")]
    private static partial void LogFinished(ILogger logger, long read, long replayed, long skipped, long filtered, bool dryRun);
}
