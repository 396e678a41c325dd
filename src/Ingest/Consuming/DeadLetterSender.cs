using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using SignauxFaibles.Ingest.DeadLetters;
using SignauxFaibles.Ingest.Telemetry;

namespace SignauxFaibles.Ingest.Consuming;

/// <summary>
/// Delivers dead letters and completes their offsets once stored. A dead letter is retried until stored
/// (a retry pipeline without attempt limit, capped exponential backoff with jitter, up to
/// <see cref="MaxRetryDelay"/>): dropping it would lose the input, skipping it would lose the offset order.
/// </summary>
internal sealed partial class DeadLetterSender
{
    /// <summary>The longest wait between two attempts.</summary>
    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(10);

    private static readonly ResiliencePropertyKey<DeadLetter> LetterKey = new("sf.ingest.dead-letter");

    private readonly IDeadLetterSink sink;
    private readonly OffsetTracker tracker;
    private readonly IngestMetrics metrics;
    private readonly ILogger logger;
    private readonly ResiliencePipeline pipeline;

    public DeadLetterSender(IDeadLetterSink sink, OffsetTracker tracker, IngestMetrics metrics, TimeSpan retryDelay, ILogger logger)
    {
        this.sink = sink;
        this.tracker = tracker;
        this.metrics = metrics;
        this.logger = logger;
        pipeline = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } ex && !(ex is OperationCanceledException && args.Context.CancellationToken.IsCancellationRequested)),
                MaxRetryAttempts = int.MaxValue,
                Delay = retryDelay > TimeSpan.Zero ? retryDelay : TimeSpan.FromMilliseconds(1),
                MaxDelay = MaxRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = args =>
                {
                    LogDeadLetterFailed(this.logger, args.Outcome.Exception!, args.Context.Properties.GetValue(LetterKey, null!).Id);
                    return default;
                },
            })
            .Build();
    }

    /// <summary>Delivers a batch's rejected messages concurrently, completing each offset once its letter is stored.</summary>
    public Task SendAllAsync(List<RejectedMessage> rejected, CancellationToken cancellationToken) =>
        Task.WhenAll(rejected.Select(async r =>
        {
            await SendOneAsync(r.Letter, cancellationToken).ConfigureAwait(false);
            tracker.Complete(r.Pending);
            LogDeadLettered(logger, r.Letter.Id, r.Letter.Reason.CodeName, r.Letter.Reason.Detail);
        }));

    /// <summary>Delivers one dead letter, retrying until it is stored or <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task SendOneAsync(DeadLetter letter, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(LetterKey, letter);
        try
        {
            await pipeline.ExecuteAsync(
                static async (ctx, state) => await state.sink.SendAsync(state.letter, ctx.CancellationToken).ConfigureAwait(false),
                context,
                (sink, letter)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        metrics.DeadLettered(letter.Reason.CodeName);
    }

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information, Message = "Dead-lettered {Id}: {Reason} ({Detail})")]
    private static partial void LogDeadLettered(ILogger logger, string id, string reason, string detail);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Warning, Message = "Producing dead letter {Id} failed; retrying")]
    private static partial void LogDeadLetterFailed(ILogger logger, Exception ex, string id);
}
