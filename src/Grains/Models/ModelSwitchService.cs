using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime;
using SignauxFaibles.Contracts;

namespace SignauxFaibles.Grains.Models;

/// <summary>
/// Keeps this silo on the cluster's active model version. When the silo becomes active it applies the
/// configured initial version (<see cref="ModelsOptions.Active"/>) if the cluster has none, and loads the
/// active one before the silo serves (start fails loudly if it cannot). Then it polls the registry every
/// <see cref="ModelsOptions.PollInterval"/>, reporting its state; on a new version it loads the artifact,
/// swaps the scorer of <see cref="ActiveModel"/> in one step and re-scores the firms active here.
/// </summary>
public sealed partial class ModelSwitchService(
    ActiveModel active,
    ActiveFirms firms,
    ModelCatalog catalog,
    IGrainFactory grains,
    ILocalSiloDetails silo,
    IOptions<ModelsOptions> options,
    ILogger<ModelSwitchService> logger) : ILifecycleParticipant<ISiloLifecycle>, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _loop = Task.CompletedTask;
    private FirmRescoreJob? _job;
    private CancellationTokenSource? _jobCancellation;
    private Task _jobTask = Task.CompletedTask;
    private string? _error;
    private string? _failedId;

    /// <summary>The latest re-scoring of this silo (null before the first switch).</summary>
    public RescoreProgress? Rescore => _job?.Progress;

    /// <summary>Why this silo could not load the cluster's version, or null.</summary>
    public string? Error => _error;

    public void Participate(ISiloLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        lifecycle.Subscribe(nameof(ModelSwitchService), ServiceLifecycleStage.Active, StartAsync, StopAsync);
    }

    /// <summary>Asks the registry once and switches if needed; returns the version the silo now scores with.</summary>
    private async Task<string> SyncOnceAsync(CancellationToken cancellationToken)
    {
        var registry = grains.GetGrain<IModelRegistryGrain>(ModelRegistry.Key);
        var activation = await registry.SyncAsync(Report(), cancellationToken);
        var target = activation?.Id ?? catalog.BuiltIn.Model.Id;
        var current = active.Current.Model.Id;
        if (target == current)
        {
            _error = null;
            return current;
        }

        var clock = Stopwatch.StartNew();
        var load = await Task.Run(() => catalog.Load(target), cancellationToken);
        if (!load.Loaded)
        {
            _error = $"cannot load '{target}': {load.Error}";
            if (_failedId != target)
            {
                // Once per version: the poll retries quietly (the store may be catching up on this machine).
                _failedId = target;
                LogLoadFailed(logger, target, load.Error, current);
            }

            return current;
        }

        active.Activate(load.Scorer);
        _error = null;
        _failedId = null;
        LogSwitched(logger, current, target, clock.Elapsed.TotalMilliseconds);
        await StartRescoreAsync(target);
        await registry.SyncAsync(Report(), cancellationToken);
        return target;
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        var registry = grains.GetGrain<IModelRegistryGrain>(ModelRegistry.Key);
        if (options.Value.InitialVersion is { } initial)
        {
            var result = await registry.InitializeAsync(initial, cancellationToken);
            if (!result.Accepted && result.Active is null)
            {
                throw new InvalidOperationException($"Models:Active: {result.Message}");
            }
        }

        await SyncOnceAsync(cancellationToken);
        if (_error is not null)
        {
            throw new InvalidOperationException($"This silo cannot score with the cluster's active model version: {_error}");
        }

        _loop = Task.Run(() => PollAsync(_stopping.Token), CancellationToken.None);
    }

    private async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_jobCancellation is not null)
        {
            await _jobCancellation.CancelAsync();
        }

        await Task.WhenAll(_loop, _jobTask).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task PollAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                try
                {
                    await SyncOnceAsync(cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The registry may be moving between silos; the next tick asks again.
                    LogPollFailed(logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Silo stopping.
        }
    }

    private async Task StartRescoreAsync(string modelId)
    {
        if (_jobCancellation is not null)
        {
            // The previous switch's walk is moot: every firm it has left will be walked again now.
            await _jobCancellation.CancelAsync();
            await _jobTask.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            _jobCancellation.Dispose();
        }

        var job = new FirmRescoreJob(modelId, firms.Snapshot());
        _jobCancellation = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        _job = job;
        var token = _jobCancellation.Token;
        _jobTask = Task.Run(() => job.RunAsync(grains, options.Value.RescoreConcurrency, logger, token), CancellationToken.None);
    }

    private SiloModelStatus Report() =>
        new($"{silo.Name} {silo.SiloAddress}", active.Current.Model.Id, _job?.Progress, _error, DateTimeOffset.UtcNow);

    public void Dispose()
    {
        _stopping.Dispose();
        _jobCancellation?.Dispose();
    }

    [LoggerMessage(EventId = 4321, Level = LogLevel.Information, Message = "Model switched from {Previous} to {Current} (loaded in {Milliseconds:F0} ms)")]
    private static partial void LogSwitched(ILogger logger, string previous, string current, double milliseconds);

    [LoggerMessage(EventId = 4322, Level = LogLevel.Error, Message = "Cannot load the cluster's model version {Id}: {Reason}; still scoring with {Current}")]
    private static partial void LogLoadFailed(ILogger logger, string id, string reason, string current);

    [LoggerMessage(EventId = 4323, Level = LogLevel.Warning, Message = "Asking the model registry failed; retrying at the next poll")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);
}
