using Microsoft.Extensions.Logging;

namespace SignauxFaibles.Ingest.Consuming;

/// <summary>
/// The dispatcher's outage state: the calls waiting for the store or the cluster to come back. A waiting
/// call lends its slot back, so the consumer pauses (<see cref="Unavailable"/>) instead of blocking on a
/// full dispatcher and stays in its group however long the outage lasts; memory stays bounded since
/// nothing more is fetched. The first call to wait and the last to leave log the outage's start and end.
/// </summary>
internal sealed partial class StorageOutage(InFlightSlots slots, ILogger logger)
{
    private int waiting;

    /// <summary>True while at least one call waits for the store or the cluster to come back: the consumer pauses.</summary>
    public bool Unavailable => Volatile.Read(ref waiting) > 0;

    /// <summary>Calls waiting for the store or the cluster to come back.</summary>
    public int Waiting => Volatile.Read(ref waiting);

    /// <summary>Marks <paramref name="call"/> as waiting (once) and lends its slot back.</summary>
    public void Enter(InFlightCall call, Exception cause)
    {
        if (call.WaitingForStorage)
        {
            return;
        }

        call.WaitingForStorage = true;
        slots.Lend(call);
        if (Interlocked.Increment(ref waiting) == 1)
        {
            LogStorageUnavailable(logger, cause, call.Subject, cause.Message);
        }
    }

    /// <summary>Marks <paramref name="call"/> as no longer waiting, if it was.</summary>
    public void Leave(InFlightCall call)
    {
        if (!call.WaitingForStorage)
        {
            return;
        }

        call.WaitingForStorage = false;
        if (Interlocked.Decrement(ref waiting) == 0)
        {
            LogStorageBack(logger, call.Subject);
        }
    }

    [LoggerMessage(EventId = 5106, Level = LogLevel.Warning, Message = "Storage or cluster unavailable (firm {Siren}: {Reason}): ingestion paused, calls retried until it is back, nothing dead-lettered")]
    private static partial void LogStorageUnavailable(ILogger logger, Exception ex, string siren, string reason);

    [LoggerMessage(EventId = 5107, Level = LogLevel.Information, Message = "Storage back (last waiting call: firm {Siren}): ingestion resumes")]
    private static partial void LogStorageBack(ILogger logger, string siren);
}
