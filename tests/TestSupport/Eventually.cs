namespace SignauxFaibles.TestSupport;

/// <summary>
/// Waits on a condition with a deadline and a clear failure message: the one place tests poll, so that no
/// test sleeps a fixed time and hopes. The condition is checked at once, then every <c>interval</c>
/// (default 100 ms) until it holds or the timeout passes.
/// </summary>
public static class Eventually
{
    /// <summary>Returns when <paramref name="condition"/> holds; throws <see cref="TimeoutException"/> with the message otherwise.</summary>
    public static async Task Until(Func<Task<bool>> condition, TimeSpan timeout, Func<string> failure, TimeSpan? interval = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(failure);
        var clock = TimeProvider.System;
        var start = clock.GetTimestamp();
        while (!await condition())
        {
            if (clock.GetElapsedTime(start) >= timeout)
            {
                throw new TimeoutException($"not reached within {timeout.TotalSeconds:F0} s: {failure()}");
            }

            await Task.Delay(interval ?? TimeSpan.FromMilliseconds(100), clock, cancellationToken);
        }
    }

    /// <summary>Synchronous-condition overload of <see cref="Until(Func{Task{bool}}, TimeSpan, Func{string}, TimeSpan?, CancellationToken)"/>.</summary>
    public static Task Until(Func<bool> condition, TimeSpan timeout, Func<string> failure, TimeSpan? interval = null, CancellationToken cancellationToken = default) =>
        Until(() => Task.FromResult(condition()), timeout, failure, interval, cancellationToken);
}
