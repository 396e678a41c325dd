using System.Collections.Immutable;
using Orleans;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Contracts;

/// <summary>
/// One live firm, keyed by its SIREN: its event history, features, score and alert level.
/// </summary>
[Alias("sf.IFirmGrain")]
public interface IFirmGrain : IGrainWithStringKey
{
    /// <summary>
    /// Applies a batch of events. Idempotent: an event whose position is at or below the last applied
    /// offset of its topic-partition is skipped, so a redelivered batch changes nothing. When the history
    /// changed, the firm is rescored and its alert level updated; the new state is persisted before this
    /// returns.
    /// </summary>
    [Alias("apply")]
    Task<ApplyOutcome> ApplyAsync(FirmBatch batch, CancellationToken cancellationToken = default);

    /// <summary>The firm as a detection-list row.</summary>
    [Alias("summary")]
    Task<FirmSummary> GetSummaryAsync(CancellationToken cancellationToken = default);

    /// <summary>The chart series over the last <paramref name="months"/> months up to the month scored (24 on the firm page).</summary>
    [Alias("series")]
    Task<FirmSeries> GetSeriesAsync(int months, CancellationToken cancellationToken = default);

    /// <summary>The alert events of the firm, oldest first (the most recent ones when the history is long).</summary>
    [Alias("alerts")]
    Task<ImmutableArray<AlertEvent>> GetAlertHistoryAsync(CancellationToken cancellationToken = default);

    /// <summary>The explanation of the current score, or null when the firm is not scored.</summary>
    [Alias("explain")]
    Task<ScoreExplanation?> GetExplanationAsync(CancellationToken cancellationToken = default);

    /// <summary>The feature vectors of the months in [<paramref name="from"/>, <paramref name="toExclusive"/>).</summary>
    [Alias("features")]
    Task<ImmutableArray<MonthFeatures>> GetFeaturesAsync(Month from, Month toExclusive, CancellationToken cancellationToken = default);

    /// <summary>The last applied offset of every topic-partition this firm received events from.</summary>
    [Alias("positions")]
    Task<ImmutableArray<SourcePosition>> GetPositionsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Re-scores the latest month with the silo's active model when the current score came from another
    /// version (after a model switch), persisting and publishing any alert change; true when it re-scored.
    /// </summary>
    [Alias("rescore")]
    Task<bool> RescoreAsync(CancellationToken cancellationToken = default);
}
