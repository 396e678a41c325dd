using SignauxFaibles.Contracts;

namespace SignauxFaibles.Ingest.Consuming;

/// <summary>
/// Tells a failure of the infrastructure (retried until it is back, never the events' fault) from a failure
/// that may be the events' own (retried a few times, then dead-lettered).
/// </summary>
public static class ApplyFailures
{
    /// <summary>
    /// True when <paramref name="exception"/> or one of its inner exceptions says the store or the cluster
    /// could not take the call now: <see cref="StateNotPersistedException"/> (the grain's write failed),
    /// <see cref="SinkUnavailableException"/> (the sink's own translation of its runtime's failures), or a
    /// <see cref="TimeoutException"/>.
    /// </summary>
    public static bool IsTransient(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            if (ex is StateNotPersistedException or SinkUnavailableException or TimeoutException)
            {
                return true;
            }

            if (ex is AggregateException aggregate)
            {
                return aggregate.InnerExceptions.Any(IsTransient);
            }
        }

        return false;
    }
}
