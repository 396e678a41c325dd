using Microsoft.Extensions.Logging;
using SignauxFaibles.Ingest.DeadLetters;
using SignauxFaibles.Ingest.Telemetry;

namespace SignauxFaibles.Ingest.Consuming;

/// <summary>
/// Delivers dead letters and completes their offsets once stored. A dead letter is retried until stored,
/// with capped exponential backoff: dropping it would lose the input, skipping it would lose the offset order.
/// </summary>
internal sealed partial class DeadLetterSender(IDeadLetterSink sink, OffsetTracker tracker, IngestMetrics metrics, TimeSpan retryDelay, ILogger logger)
{
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(10);

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
        var delay = retryDelay;
        while (true)
        {
            try
            {
                await sink.SendAsync(letter, cancellationToken).ConfigureAwait(false);
                metrics.DeadLettered(letter.Reason.CodeName);
                return;
            }
            catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                LogDeadLetterFailed(logger, ex, letter.Id);
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRetryDelay.Ticks));
            }
        }
    }

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information, Message = "Dead-lettered {Id}: {Reason} ({Detail})")]
    private static partial void LogDeadLettered(ILogger logger, string id, string reason, string detail);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Warning, Message = "Producing dead letter {Id} failed; retrying")]
    private static partial void LogDeadLetterFailed(ILogger logger, Exception ex, string id);
}
