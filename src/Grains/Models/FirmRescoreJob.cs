using System.Diagnostics;
using Microsoft.Extensions.Logging;
using SignauxFaibles.Contracts;

namespace SignauxFaibles.Grains.Models;

/// <summary>
/// Re-scores the firms active in this silo after a switch to <see cref="ModelId"/>, a bounded number at a
/// time, through <see cref="IFirmGrain.RescoreAsync"/> (so each firm does it in its own turn, between two
/// batches). Firms that activate meanwhile score with the new version on activation.
/// </summary>
internal sealed partial class FirmRescoreJob
{
    private static readonly TimeSpan LogPeriod = TimeSpan.FromSeconds(5);

    private readonly string[] _sirens;
    private readonly DateTimeOffset _startedAt = DateTimeOffset.UtcNow;
    private int _done;
    private int _rescored;
    private int _failed;
    private long _finishedTicks;

    public FirmRescoreJob(string modelId, string[] sirens)
    {
        ModelId = modelId;
        _sirens = sirens;
    }

    public string ModelId { get; }

    public RescoreProgress Progress => new(
        ModelId, _sirens.Length, Volatile.Read(ref _done), Volatile.Read(ref _rescored), Volatile.Read(ref _failed), _startedAt, FinishedAt);

    private DateTimeOffset? FinishedAt => Interlocked.Read(ref _finishedTicks) is var t and > 0 ? new DateTimeOffset(t, TimeSpan.Zero) : null;

    public async Task RunAsync(IGrainFactory grains, int concurrency, ILogger logger, CancellationToken cancellationToken)
    {
        LogStarted(logger, ModelId, _sirens.Length);
        var clock = Stopwatch.StartNew();
        var lastLog = TimeSpan.Zero;
        try
        {
            await Parallel.ForEachAsync(
                _sirens,
                new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
                async (siren, ct) =>
                {
                    try
                    {
                        // Cancellation stops the walk between firms, never a firm halfway through its write.
                        if (await grains.GetGrain<IFirmGrain>(siren).RescoreAsync(CancellationToken.None))
                        {
                            Interlocked.Increment(ref _rescored);
                        }
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        // The firm keeps its score until its next batch or activation re-scores it.
                        Interlocked.Increment(ref _failed);
                        LogFirmFailed(logger, ex, siren);
                    }

                    var done = Interlocked.Increment(ref _done);
                    var elapsed = clock.Elapsed;
                    if (elapsed - lastLog >= LogPeriod)
                    {
                        lastLog = elapsed;
                        var rescored = Volatile.Read(ref _rescored);
                        LogProgress(logger, ModelId, done, _sirens.Length, rescored);
                    }
                });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Another switch (or shutdown) superseded this one.
            var stoppedAt = Volatile.Read(ref _done);
            LogCancelled(logger, ModelId, stoppedAt, _sirens.Length);
            return;
        }
        finally
        {
            Interlocked.Exchange(ref _finishedTicks, DateTimeOffset.UtcNow.UtcTicks);
        }

        var (total, rescoredAll, failed, seconds) = (_sirens.Length, Volatile.Read(ref _rescored), Volatile.Read(ref _failed), clock.Elapsed.TotalSeconds);
        LogFinished(logger, ModelId, total, rescoredAll, failed, seconds);
    }

    [LoggerMessage(EventId = 4311, Level = LogLevel.Information, Message = "Re-scoring {Total} active firm(s) with model {ModelId}")]
    private static partial void LogStarted(ILogger logger, string modelId, int total);

    [LoggerMessage(EventId = 4312, Level = LogLevel.Information, Message = "Re-scoring with model {ModelId}: {Done}/{Total} firms, {Rescored} re-scored")]
    private static partial void LogProgress(ILogger logger, string modelId, int done, int total, int rescored);

    [LoggerMessage(EventId = 4313, Level = LogLevel.Information, Message = "Re-scoring with model {ModelId} done: {Total} firms, {Rescored} re-scored, {Failed} failed, in {Seconds:F1} s")]
    private static partial void LogFinished(ILogger logger, string modelId, int total, int rescored, int failed, double seconds);

    [LoggerMessage(EventId = 4314, Level = LogLevel.Information, Message = "Re-scoring with model {ModelId} stopped at {Done}/{Total} firms (superseded or shutting down)")]
    private static partial void LogCancelled(ILogger logger, string modelId, int done, int total);

    [LoggerMessage(EventId = 4315, Level = LogLevel.Warning, Message = "Re-scoring firm {Siren} failed")]
    private static partial void LogFirmFailed(ILogger logger, Exception exception, string siren);
}
