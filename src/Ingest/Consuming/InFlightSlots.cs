using SignauxFaibles.Ingest.Telemetry;

namespace SignauxFaibles.Ingest.Consuming;

/// <summary>
/// Bounded concurrency of the dispatcher: at most <c>capacity</c> calls (firm calls and dead-letter
/// deliveries) hold a slot at once. <see cref="Take"/> blocks the consumer thread while they are all
/// taken, so a slow grain or store slows consumption instead of growing memory. A call waiting for the
/// store lends its slot back (<see cref="Lend"/>) and stays counted in <see cref="InFlight"/>.
/// </summary>
internal sealed class InFlightSlots(int capacity, IngestMetrics metrics) : IDisposable
{
    private readonly SemaphoreSlim slots = new(capacity, capacity);
    private int inFlight;

    /// <summary>Calls and dead-letter deliveries started and not finished.</summary>
    public int InFlight => Volatile.Read(ref inFlight);

    /// <summary>Takes a slot for a call about <paramref name="subject"/>, waiting (and counting the wait) when none is free.</summary>
    public InFlightCall Take(string subject, CancellationToken cancellationToken)
    {
        if (!slots.Wait(0, CancellationToken.None))
        {
            metrics.BackpressureWait();
            slots.Wait(cancellationToken);
        }

        Interlocked.Increment(ref inFlight);
        return new InFlightCall(subject);
    }

    /// <summary>Gives the call's slot back while the call goes on (once; the call stays in flight).</summary>
    public void Lend(InFlightCall call)
    {
        if (call.SlotLent)
        {
            return;
        }

        call.SlotLent = true;
        slots.Release();
    }

    /// <summary>Ends the call: it leaves the in-flight count and frees its slot unless it lent it already.</summary>
    public void Release(InFlightCall call)
    {
        Interlocked.Decrement(ref inFlight);
        if (!call.SlotLent)
        {
            slots.Release();
        }
    }

    /// <summary>Waits until nothing is in flight or the timeout passes; returns whether everything finished.</summary>
    public bool WaitIdle(TimeSpan timeout)
    {
        var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        while (InFlight > 0)
        {
            if (Environment.TickCount64 >= deadline)
            {
                return false;
            }

            Thread.Sleep(2);
        }

        return true;
    }

    public void Dispose() => slots.Dispose();
}
