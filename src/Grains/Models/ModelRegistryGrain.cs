using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SignauxFaibles.Contracts;
using SignauxFaibles.Grains.Firms;

namespace SignauxFaibles.Grains.Models;

/// <summary>
/// Holds the cluster's active model version (persisted in the firm storage). An activation is checked by
/// loading the version in full on this grain's silo from the shared store before anything is written, so
/// an unknown, tampered or unreadable version is refused while every silo goes on with the current one.
/// Silos poll <see cref="SyncAsync"/> and report their progress, kept in memory only (they report again).
/// </summary>
[GrainType("model-registry")]
public sealed partial class ModelRegistryGrain(
    [PersistentState("models", FirmGrain.StorageName)] IPersistentState<ModelRegistryState> state,
    ModelCatalog catalog,
    IOptions<ModelsOptions> options,
    ILogger<ModelRegistryGrain> logger) : Grain, IModelRegistryGrain
{
    /// <summary>How many activations the registry remembers.</summary>
    public const int HistoryLength = 20;

    private readonly Dictionary<string, SiloModelStatus> _silos = new(StringComparer.Ordinal);

    public Task<ImmutableArray<ModelVersionInfo>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(catalog.List());

    public Task<ModelReport?> GetReportAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(catalog.Report(id));

    public Task<ModelRegistryStatus> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        // A silo that stopped reporting for several poll intervals is gone (or cut off): drop it from the view.
        var stale = DateTimeOffset.UtcNow - (options.Value.PollInterval * 5) - TimeSpan.FromSeconds(5);
        foreach (var silo in _silos.Values.Where(s => s.ReportedAt < stale).ToArray())
        {
            _silos.Remove(silo.Silo);
        }

        return Task.FromResult(new ModelRegistryStatus(
            state.State.Active,
            catalog.BuiltIn.Model.Id,
            state.State.History,
            [.. _silos.Values.OrderBy(s => s.Silo, StringComparer.Ordinal)]));
    }

    public Task<ModelActivationResult> ActivateAsync(string id, CancellationToken cancellationToken = default) =>
        ActivateCoreAsync(id, onlyIfNone: false, cancellationToken);

    public Task<ModelActivationResult> InitializeAsync(string id, CancellationToken cancellationToken = default) =>
        ActivateCoreAsync(id, onlyIfNone: true, cancellationToken);

    public Task<ModelActivation?> SyncAsync(SiloModelStatus report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        _silos[report.Silo] = report;
        return Task.FromResult(state.State.Active);
    }

    private async Task<ModelActivationResult> ActivateCoreAsync(string id, bool onlyIfNone, CancellationToken cancellationToken)
    {
        var active = state.State.Active;
        if (onlyIfNone && active is not null)
        {
            return new ModelActivationResult(false, $"the cluster already has an active version, '{active.Id}'; '{id}' not applied", active);
        }

        if (active?.Id == id || (active is null && id == catalog.BuiltIn.Model.Id && onlyIfNone))
        {
            return new ModelActivationResult(true, $"'{id}' is already the active version", active);
        }

        // Loading reads and hashes the model file: off the grain's scheduler.
        var load = await Task.Run(() => catalog.Load(id), cancellationToken);
        if (!load.Loaded)
        {
            LogRefused(logger, id, load.Error);
            return new ModelActivationResult(false, $"version '{id}' refused, nothing changed: {load.Error}", active);
        }

        var next = new ModelActivation(id, (active?.Generation ?? 0) + 1, DateTimeOffset.UtcNow);
        var history = state.State.History.Add(next);
        state.State.Active = next;
        state.State.History = history.Length > HistoryLength ? history.RemoveRange(0, history.Length - HistoryLength) : history;
        await state.WriteStateAsync(cancellationToken);
        LogActivated(logger, id, next.Generation, active?.Id ?? catalog.BuiltIn.Model.Id);
        return new ModelActivationResult(
            true,
            $"'{id}' is now the active version (activation {next.Generation}); silos switch within {options.Value.PollInterval.TotalSeconds:0.#} s and re-score their active firms",
            next);
    }

    [LoggerMessage(EventId = 4301, Level = LogLevel.Warning, Message = "Model version {Id} refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string id, string reason);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Information, Message = "Model version {Id} activated (activation {Generation}, was {Previous})")]
    private static partial void LogActivated(ILogger logger, string id, long generation, string previous);
}
