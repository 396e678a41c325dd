using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Perimeter;
using SignauxFaibles.Domain.Population;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Grains.Models;
using SignauxFaibles.Grains.Telemetry;

namespace SignauxFaibles.Grains.Firms;

/// <summary>
/// One live firm. Applies batches of events through the domain rules, skipping positions already applied;
/// when the history changed, recomputes the features of the month scored, scores them, updates the alert
/// state and persists everything in one write before acknowledging. Alert events go through an outbox in
/// the same state, so a crash between the write and the publication republishes them (same ids) rather
/// than losing them.
/// </summary>
[GrainType("firm")]
public sealed partial class FirmGrain(
    [PersistentState("firm", FirmGrain.StorageName)] IPersistentState<FirmGrainState> state,
    ActiveModel activeModel,
    ActiveFirms activeFirms,
    IEnumerable<IAlertPublisher> publishers,
    IEnumerable<IScorePublisher> scorePublishers,
    GrainMetrics metrics,
    ILogger<FirmGrain> logger) : Grain, IFirmGrain
{
    /// <summary>The grain storage provider firm states are written to.</summary>
    public const string StorageName = "firms";

    /// <summary>How many alert events a firm keeps for its page (older ones live in the alerts topic).</summary>
    public const int AlertHistoryLength = 32;

    private static readonly TimeSpan OutboxRetryDelay = TimeSpan.FromSeconds(10);

    private readonly IAlertPublisher[] _publishers = [.. publishers];
    private readonly IScorePublisher[] _scorePublishers = [.. scorePublishers];
    private FirmHistory _history = null!;
    private IGrainTimer? _outboxRetry;
    private string? _siren;
    // The snapshot of _history last written; a write that follows no change (the outbox clearing) reuses it.
    private FirmHistoryState? _snapshot;

    // The key is decoded into a new string on every GetPrimaryKeyString; it is compared once per event.
    private string Siren => _siren ??= this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        activeFirms.Add(Siren);
        var s = state.State;
        _history = s.History is { } h ? FirmHistory.FromState(h) : new FirmHistory(Siren);

        // The live history is the grain's own; the snapshot is only materialised to be written.
        s.History = null;

        if (ScoredWithAnotherModel())
        {
            // A new model version (and its thresholds) applies to every firm, not only the ones receiving data.
            Rescore(s.AsOf);
            await WriteAsync(cancellationToken);
        }

        await PublishOutboxesAsync(cancellationToken);
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        activeFirms.Remove(Siren);
        ForgetOutboxes();
        return Task.CompletedTask;
    }

    public async Task<bool> RescoreAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfUnwritten();
        if (!ScoredWithAnotherModel())
        {
            return false;
        }

        Rescore(state.State.AsOf);
        await WriteAsync(cancellationToken);
        await PublishOutboxesAsync(cancellationToken);
        return true;
    }

    public async Task<ApplyOutcome> ApplyAsync(FirmBatch batch, CancellationToken cancellationToken = default)
    {
        ThrowIfUnwritten();
        var s = state.State;
        int applied = 0, duplicates = 0, rejected = 0;
        var changed = false;
        // Mutated in place (one copy per batch rather than one per event), published to the state once.
        var positions = s.Positions.ToBuilder();
        var asOf = s.AsOf;
        var emitted = 0;
        // Changed since the last evaluation: a batch spanning delivery dates is evaluated at the end of each.
        var pending = false;
        foreach (var sourced in batch.Events)
        {
            if (!string.Equals(sourced.Event.Siren, Siren, StringComparison.Ordinal))
            {
                rejected++;
                continue;
            }

            if (SourcePositions.IsApplied(positions, sourced.Position))
            {
                duplicates++;
                continue;
            }

            if (pending && asOf is { } day && sourced.Event.DeliveredOn > day)
            {
                s.AsOf = day;
                emitted += Rescore(day);
                pending = false;
            }

            if (_history.Apply(sourced.Event))
            {
                changed = true;
                pending = true;
                _snapshot = null;
            }

            SourcePositions.Advance(positions, sourced.Position);
            if (asOf is null || sourced.Event.DeliveredOn > asOf)
            {
                asOf = sourced.Event.DeliveredOn;
            }

            applied++;
        }

        if (rejected > 0)
        {
            LogRejected(logger, Siren, rejected);
        }

        if (applied > 0)
        {
            s.Positions = positions.DrainToImmutable();
        }

        s.AsOf = asOf;
        if (!changed)
        {
            // Nothing to persist: a redelivery of these positions would change nothing either.
            metrics.Applied(changed: false);
            return new ApplyOutcome(applied, duplicates, rejected, false, s.Alert.Level, 0);
        }

        if (pending)
        {
            emitted += Rescore(asOf);
        }

        await WriteAsync(cancellationToken);
        metrics.Applied(changed: true);
        await PublishOutboxesAsync(cancellationToken);
        return new ApplyOutcome(applied, duplicates, rejected, true, s.Alert.Level, emitted);
    }

    public Task<FirmSummary> GetSummaryAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(FirmViews.Summary(_history, state.State));

    public Task<FirmSeries> GetSeriesAsync(int months, CancellationToken cancellationToken = default) =>
        Task.FromResult(FirmViews.Series(_history, months));

    public Task<ImmutableArray<AlertEvent>> GetAlertHistoryAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(state.State.AlertHistory);

    public Task<ScoreExplanation?> GetExplanationAsync(CancellationToken cancellationToken = default)
    {
        if (state.State.Score is not { } score)
        {
            return Task.FromResult<ScoreExplanation?>(null);
        }

        var started = Stopwatch.GetTimestamp();
        var explanation = ScoreExplanation.From(score);
        metrics.Explained(Stopwatch.GetElapsedTime(started));
        return Task.FromResult<ScoreExplanation?>(explanation);
    }

    public Task<ImmutableArray<MonthFeatures>> GetFeaturesAsync(Month from, Month toExclusive, CancellationToken cancellationToken = default)
    {
        var rows = ImmutableArray.CreateBuilder<MonthFeatures>(Math.Max(0, toExclusive.MonthsSince(from)));
        foreach (var month in Month.Range(from, toExclusive))
        {
            rows.Add(new MonthFeatures(month, FeatureCalculator.Compute(_history, month).Values));
        }

        return Task.FromResult(rows.DrainToImmutable());
    }

    public Task<ImmutableArray<SourcePosition>> GetPositionsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(state.State.Positions);

    private bool ScoredWithAnotherModel() =>
        _history.LastMonth is not null && state.State.Score is { } score && score.ModelVersion != activeModel.Current.Model.Id;

    /// <summary>
    /// Scores the latest month and runs the alert state machine for the delivery date <paramref name="date"/>
    /// (one decision per date: a re-evaluation of the same date supersedes its earlier event); returns the
    /// number of events emitted.
    /// </summary>
    private int Rescore(DateOnly? date)
    {
        // One scorer for the score and its thresholds, whatever switch happens meanwhile.
        var scorer = activeModel.Current;
        var s = state.State;
        if (_history.LastMonth is not { } month)
        {
            return 0;
        }

        RiskScore? score = null;
        if (PerimeterRule.Evaluate(_history, month).IsInPerimeter)
        {
            var started = Stopwatch.GetTimestamp();
            score = scorer.Score(FeatureCalculator.Compute(_history, month));
            metrics.Scored(Stopwatch.GetElapsedTime(started));
        }

        var previousScore = s.Score;
        s.Score = score;
        var asOf = date ?? month.FirstDay;
        // Procédure and closure are read at the month's last day, as the features read dated facts.
        var standing = PopulationRule.Evaluate(_history, month.EndExclusive.AddDays(-1));
        var decision = DeliveryDateAlerts.Evaluate(s.Day, s.Alert, asOf, new AlertInput(Siren, month, asOf, score, scorer.Model, standing));
        s.Alert = decision.State;
        s.Day = decision.Day;
        RecordScoreChange(previousScore, score, standing, month, asOf, scorer.Model.Id);
        if (decision.Replaced is { } replaced)
        {
            // Superseded or amended (same id) by this evaluation of the same date: gone from the page and from the
            // outbox; an amendment takes its place below and is published again under its id.
            s.AlertHistory = s.AlertHistory.RemoveAll(a => a.Id == replaced.Id);
            s.Outbox = s.Outbox.RemoveAll(a => a.Id == replaced.Id);
        }

        if (!decision.EventChanged || decision.Event is not { } alert)
        {
            return 0;
        }

        var history = s.AlertHistory.RemoveAll(a => a.Id == alert.Id).Add(alert);
        s.AlertHistory = history.Length > AlertHistoryLength ? history.RemoveRange(0, history.Length - AlertHistoryLength) : history;
        s.Outbox = s.Outbox.RemoveAll(a => a.Id == alert.Id).Add(alert);
        LogAlert(logger, Siren, alert.PreviousLevel, alert.Level, alert.Score ?? double.NaN, alert.Id);
        metrics.AlertEmitted(alert.Level, alert.PreviousLevel);
        return 1;
    }

    /// <summary>Publishes the outbox to every publisher, then clears it; on failure retries later from a timer.</summary>
    private async Task PublishOutboxAsync(CancellationToken cancellationToken)
    {
        var outbox = state.State.Outbox;
        if (outbox.IsEmpty)
        {
            return;
        }

        try
        {
            await OutboxDelivery.DeliverAsync(outbox, _publishers, static (p, alert, ct) => p.PublishAsync(alert, ct), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogPublishFailed(logger, ex, Siren, outbox.Length);
            _outboxRetry ??= this.RegisterGrainTimer(PublishOutboxAsync, OutboxRetryDelay, OutboxRetryDelay);
            return;
        }

        state.State.Outbox = [];
        await WriteAsync(cancellationToken);
        ReportOutboxes();
        _outboxRetry?.Dispose();
        _outboxRetry = null;
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Firm {Siren}: {Previous} -> {Level} (score {Score:F3}, alert {AlertId})")]
    private static partial void LogAlert(ILogger logger, string siren, AlertLevel previous, AlertLevel level, double score, Guid alertId);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Firm {Siren}: {Count} event(s) of another firm skipped")]
    private static partial void LogRejected(ILogger logger, string siren, int count);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Firm {Siren}: publishing {Count} alert(s) failed; kept in the outbox and retried")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, string siren, int count);
}
