using Microsoft.Extensions.Logging;
using SignauxFaibles.Contracts;

namespace SignauxFaibles.Web.Models;

/// <summary>
/// The id of the model version the cluster scores with, for the page footer: asked of the model registry
/// grain at most every <see cref="CacheFor"/> (a switch shows within that time), null while the cluster
/// cannot answer (the page is still served).
/// </summary>
public sealed partial class ActiveModelReader(IGrainFactory grains, TimeProvider time, ILogger<ActiveModelReader> logger)
{
    /// <summary>How long an answer is reused.</summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    // Replaced whole (a reference), so concurrent requests never see half an answer.
    private volatile Answer? _last;

    // The last report read, for its version id (versions are immutable).
    private volatile ModelReport? _report;

    /// <summary>The active version's id, or null when the registry does not answer within 2 s.</summary>
    public async Task<string?> ActiveIdAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_last is { } last && now - last.At < CacheFor)
        {
            return last.Id;
        }

        try
        {
            var status = await grains.GetGrain<IModelRegistryGrain>(ModelRegistry.Key)
                .GetStatusAsync(cancellationToken)
                .WaitAsync(Timeout, time, cancellationToken);
            _last = new Answer(status.ActiveId, now);
            return status.ActiveId;
        }
        catch (Exception ex) when (ex is TimeoutException or OrleansException)
        {
            LogUnavailable(logger, ex);
            return _last?.Id;
        }
    }

    /// <summary>
    /// The evaluation report of the active version, or null (built-in scorer, no report, cluster unavailable).
    /// Kept for its version: a version never changes, so the page and its figures cost one read of the store.
    /// </summary>
    public async Task<ModelReport?> ActiveReportAsync(CancellationToken cancellationToken)
    {
        if (await ActiveIdAsync(cancellationToken) is not { } id)
        {
            return null;
        }

        if (_report is { } kept && kept.Id == id)
        {
            return kept;
        }

        try
        {
            var report = await grains.GetGrain<IModelRegistryGrain>(ModelRegistry.Key).GetReportAsync(id, cancellationToken).WaitAsync(Timeout, time, cancellationToken);
            if (report is not null)
            {
                _report = report;
            }

            return report;
        }
        catch (Exception ex) when (ex is TimeoutException or OrleansException)
        {
            LogUnavailable(logger, ex);
            return null;
        }
    }

    private sealed record Answer(string Id, DateTimeOffset At);

    [LoggerMessage(EventId = 11005, Level = LogLevel.Warning, Message = "Web: the model registry did not answer; the footer shows the last known model version")]
    private static partial void LogUnavailable(ILogger logger, Exception exception);
}
