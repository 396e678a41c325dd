namespace SignauxFaibles.TestSupport;

/// <summary>
/// Waits on a condition with a deadline and a clear failure message: the one place tests poll, so that no
/// test sleeps a fixed time and hopes. The condition is checked at once, then every <c>interval</c>
/// (default 100 ms) until it holds or the timeout passes. Its poll intervals are the fixed delays
/// tests/Repository.Tests/FixedDelayTests.cs allows; nothing else in tests/ sleeps.
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

    /// <summary>
    /// Blocking variant, for tests that run on a thread that must not return first (a consumer thread, a
    /// synchronous test): returns when <paramref name="condition"/> holds; throws <see cref="TimeoutException"/> otherwise.
    /// </summary>
    public static void Wait(Func<bool> condition, TimeSpan timeout, Func<string> failure, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(failure);
        var clock = TimeProvider.System;
        var start = clock.GetTimestamp();
        while (!condition())
        {
            if (clock.GetElapsedTime(start) >= timeout)
            {
                throw new TimeoutException($"not reached within {timeout.TotalSeconds:F0} s: {failure()}");
            }

            Thread.Sleep(interval ?? TimeSpan.FromMilliseconds(5));
        }
    }

    /// <summary>
    /// The opposite check: <paramref name="condition"/> must hold at once and at every poll for the whole
    /// <paramref name="duration"/> (that something does not happen, e.g. no extra alert, no model switch).
    /// Throws <see cref="InvalidOperationException"/> with the message the first time it does not.
    /// </summary>
    public static async Task Consistently(Func<bool> condition, TimeSpan duration, Func<string> failure, TimeSpan? interval = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(failure);
        var clock = TimeProvider.System;
        var start = clock.GetTimestamp();
        while (true)
        {
            if (!condition())
            {
                throw new InvalidOperationException($"stopped holding after {clock.GetElapsedTime(start).TotalMilliseconds:F0} ms: {failure()}");
            }

            if (clock.GetElapsedTime(start) >= duration)
            {
                return;
            }

            await Task.Delay(interval ?? TimeSpan.FromMilliseconds(50), clock, cancellationToken);
        }
    }
}
