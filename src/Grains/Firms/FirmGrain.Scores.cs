using Microsoft.Extensions.Logging;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Population;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Grains.Firms;

/// <summary>
/// The score outbox: every change of the score's value or model version, and every move of the alert level or
/// of the procédure state / closure with the score unchanged (a procédure opening, a plan adopted), becomes a
/// <see cref="ScoreChange"/>
/// kept in the state (written with the batch that caused it) until every <see cref="IScorePublisher"/>
/// acknowledged it. Unlike the alert outbox, clearing it is not written on its own: the next state write
/// carries it, and a crash before that only republishes changes under the same ids, which subscribers drop.
/// That keeps one storage write per batch on the hot path.
/// </summary>
public sealed partial class FirmGrain
{
    /// <summary>Features listed with a score change, as with alerts.</summary>
    private const int ScoreTopFeatures = 5;

    private IGrainTimer? _scoreRetry;

    /// <summary>
    /// Queues a change when the score's value or model version moved, or when the level or the standing moved
    /// since the last change (subscribers such as the read model show both); nothing when no publisher listens.
    /// </summary>
    private void RecordScoreChange(RiskScore? previous, RiskScore? next, FirmStanding standing, Month month, DateOnly asOf, string activeModelId)
    {
        var s = state.State;
        if (_scorePublishers.Length == 0)
        {
            return;
        }

        // States written before the level and standing were kept (null) compare on the score alone.
        var moved = (s.ScoreLevel is { } level && level != s.Alert.Level)
            || (s.ScoreStanding is { } known && known != standing);
        if (!ScoreChange.IsChange(previous, next) && !moved)
        {
            return;
        }

        s.ScoreLevel = s.Alert.Level;
        s.ScoreStanding = standing;
        var modelVersion = next?.ModelVersion ?? activeModelId;
        var sequence = s.ScoreSequence;
        s.ScoreSequence = sequence + 1;
        s.ScoreOutbox = s.ScoreOutbox.Add(new ScoreChange
        {
            Id = ScoreChange.IdFor(Siren, sequence, month, modelVersion, next?.Probability),
            Siren = Siren,
            Month = month,
            ModelVersion = modelVersion,
            Score = next?.Probability,
            PreviousScore = previous?.Probability,
            Level = s.Alert.Level,
            AsOf = asOf,
            Sequence = sequence,
            TopFeatures = next?.TopAggravating(ScoreTopFeatures) ?? [],
            Figures = FirmDetectionFigures.Of(_history, s, month),
        });
    }

    /// <summary>Publishes the score outbox to every publisher and clears it in memory; on failure retries from a timer.</summary>
    private async Task PublishScoreOutboxAsync(CancellationToken cancellationToken)
    {
        var outbox = state.State.ScoreOutbox;
        if (outbox.IsEmpty)
        {
            return;
        }

        try
        {
            await OutboxDelivery.DeliverAsync(outbox, _scorePublishers, static (p, change, ct) => p.PublishAsync(change, ct), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogScorePublishFailed(logger, ex, Siren, outbox.Length);
            _scoreRetry ??= this.RegisterGrainTimer(PublishScoreOutboxAsync, OutboxRetryDelay, OutboxRetryDelay);
            return;
        }

        // Changes queued while publishing (none today: the grain is not reentrant) stay for the next round.
        state.State.ScoreOutbox = state.State.ScoreOutbox.RemoveRange(0, outbox.Length);
        ReportOutboxes();
        _scoreRetry?.Dispose();
        _scoreRetry = null;
    }

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning, Message = "Firm {Siren}: publishing {Count} score change(s) failed; kept in the outbox and retried")]
    private static partial void LogScorePublishFailed(ILogger logger, Exception exception, string siren, int count);
}
