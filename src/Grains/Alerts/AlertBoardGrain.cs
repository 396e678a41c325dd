using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Orleans.Streams;
using Orleans.Streams.Core;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Lists;
using SignauxFaibles.Grains.Firms;

namespace SignauxFaibles.Grains.Alerts;

/// <summary>
/// Follows the alert stream (implicit subscription: the stream with key <see cref="AlertStreams.Key"/>
/// activates the board with that key) and keeps the latest alert of each firm in alert. Events older than
/// the one kept for a firm (lower sequence number: replays) are ignored; one with the same sequence number,
/// published later, is the amended or superseding version of the same date's decision and replaces it. The
/// board is written at most every few seconds, coalescing bursts of alerts into one write.
/// </summary>
[GrainType("alert-board")]
[KeepAlive]
[ImplicitStreamSubscription(AlertStreams.Namespace)]
public sealed partial class AlertBoardGrain(
    [PersistentState("board", FirmGrain.StorageName)] IPersistentState<AlertBoardState> state,
    ILogger<AlertBoardGrain> logger)
    : Grain, IAlertBoardGrain, IStreamSubscriptionObserver, IAsyncObserver<AlertEvent>
{
    private static readonly TimeSpan FlushPeriod = TimeSpan.FromSeconds(5);

    private readonly Dictionary<string, AlertEvent> _current = new(StringComparer.Ordinal);
    private bool _dirty;
    // The latest delivery date among the events received (the board's list clock); after a restart, among the kept ones.
    private DateOnly _clock;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var alert in state.State.Current)
        {
            _current[alert.Siren] = alert;
            _clock = alert.AsOf > _clock ? alert.AsOf : _clock;
        }

        this.RegisterGrainTimer(FlushAsync, FlushPeriod, FlushPeriod);
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // On silo shutdown the storage providers stop alongside the grains (in-silo memory storage is already
        // gone); the periodic flush has saved all but the last seconds, which the alert stream's consumers
        // downstream have anyway.
        if (reason.ReasonCode != DeactivationReasonCode.ShuttingDown)
        {
            await FlushAsync(cancellationToken);
        }
    }

    public Task<AlertBoard> GetCurrentAsync(int limit, CancellationToken cancellationToken = default)
    {
        int eleve = 0, modere = 0, premieres = 0;
        foreach (var alert in _current.Values)
        {
            eleve += alert.Level == AlertLevel.Eleve ? 1 : 0;
            modere += alert.Level == AlertLevel.Modere ? 1 : 0;
            // The lists' meaning (docs/lists.md): in alert and on no earlier list within the horizon; a kept
            // event's flag lapses once the clock has cut the list it was about (the firm was in alert on it).
            premieres += ListMembership.StillFirstOnNext(alert, _clock) ? 1 : 0;
        }

        var top = _current.Values
            .OrderByDescending(a => a.Score)
            .ThenBy(a => a.Siren, StringComparer.Ordinal)
            .Take(Math.Max(0, limit));
        return Task.FromResult(new AlertBoard(eleve, modere, premieres, state.State.Received, [.. top]));
    }

    public async Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        await handleFactory.Create<AlertEvent>().ResumeAsync(this);

    public Task OnNextAsync(AlertEvent item, StreamSequenceToken? token = null)
    {
        state.State.Received++;
        _clock = item.AsOf > _clock ? item.AsOf : _clock;
        _current.TryGetValue(item.Siren, out var kept);
        // A lower sequence number is a replay. The same one, published after the kept event, is the later
        // evaluation of the delivery date that emitted it (an amendment under the same id, or the transition that
        // superseded it) and replaces it; a redelivery of the kept event itself replaces it with an equal one
        // (docs/alerts.md, "One decision per delivery date").
        if (kept is not null && kept.Sequence > item.Sequence)
        {
            return Task.CompletedTask;
        }

        if (item.Level.IsAlert())
        {
            _current[item.Siren] = item;
        }
        else
        {
            _current.Remove(item.Siren);
        }

        _dirty = true;
        return Task.CompletedTask;
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex)
    {
        LogStreamError(logger, ex);
        return Task.CompletedTask;
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (!_dirty)
        {
            return;
        }

        _dirty = false;
        state.State.Current = [.. _current.Values];
        await state.WriteStateAsync(cancellationToken);
    }

    [LoggerMessage(EventId = 4201, Level = LogLevel.Error, Message = "The alert stream reported an error")]
    private static partial void LogStreamError(ILogger logger, Exception exception);
}
