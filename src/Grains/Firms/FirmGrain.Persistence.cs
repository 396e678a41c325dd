using System.Diagnostics;
using Microsoft.Extensions.Logging;
using SignauxFaibles.Contracts;

namespace SignauxFaibles.Grains.Firms;

/// <summary>
/// Persist before acknowledge: the one place the firm state is written. A failed write leaves memory
/// possibly ahead of the store, so the activation refuses every further call and deactivates; the next
/// call reloads the stored row and the caller's retry applies the batch again, as if it never came.
/// </summary>
public sealed partial class FirmGrain
{
    // Set when a write failed: memory may be ahead of the store, so this activation must not apply anything more.
    private bool _unwritten;

    private async Task WriteAsync(CancellationToken cancellationToken)
    {
        ThrowIfUnwritten();
        cancellationToken.ThrowIfCancellationRequested();
        state.State.History = _snapshot ??= _history.ToState();
        var started = Stopwatch.GetTimestamp();
        try
        {
            await state.WriteStateAsync(cancellationToken);
            metrics.StateWritten(Stopwatch.GetElapsedTime(started), succeeded: true);
        }
        catch (Exception ex)
        {
            metrics.StateWritten(Stopwatch.GetElapsedTime(started), succeeded: false);
            // The history, positions, alert and outboxes in memory are now ahead of the store (or maybe not,
            // when a timed-out write did land): either way only the stored row is the truth. Stop answering
            // from this activation and let the next call reload it, as if this batch never came.
            _unwritten = true;
            DeactivateOnIdle();
            LogWriteFailed(logger, ex, Siren);
            if (ex is OperationCanceledException)
            {
                throw;
            }

            throw new StateNotPersistedException($"firm {Siren}: state not written ({ex.GetType().Name}: {ex.Message})");
        }
        finally
        {
            state.State.History = null;

            // The snapshot is reused only by the write that clears a non-empty alert outbox, which follows
            // within the same call; keeping it longer would double the memory of every idle firm.
            if (state.State.Outbox.IsEmpty)
            {
                _snapshot = null;
            }
        }
    }

    private void ThrowIfUnwritten()
    {
        if (_unwritten)
        {
            throw new StateNotPersistedException($"firm {Siren}: a previous write failed; retry once the activation reloaded");
        }
    }

    [LoggerMessage(EventId = 4105, Level = LogLevel.Warning, Message = "Firm {Siren}: writing the state failed; the activation is dropped and the next call reloads the stored state")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, string siren);
}
