using System.Collections.Concurrent;
using SignauxFaibles.Contracts;
using SignauxFaibles.Ingest.Consuming;
using SignauxFaibles.Ingest.DeadLetters;

namespace SignauxFaibles.Ingest.Tests.Support;

/// <summary>An in-memory firm sink: records every call; an optional hook can delay or fail a call.</summary>
internal sealed class RecordingFirmSink(Func<string, IReadOnlyList<SourcedEvent>, CancellationToken, Task>? hook = null) : IFirmBatchSink
{
    private int concurrent;
    private int maxConcurrent;

    public ConcurrentQueue<(string Siren, IReadOnlyList<SourcedEvent> Events)> Calls { get; } = new();

    public int MaxConcurrent => Volatile.Read(ref maxConcurrent);

    public async Task ApplyAsync(FirmBatch batch, CancellationToken cancellationToken)
    {
        var now = Interlocked.Increment(ref concurrent);
        InterlockedMax(ref maxConcurrent, now);
        try
        {
            if (hook is not null)
            {
                await hook(batch.Siren, batch.Events, cancellationToken);
            }

            Calls.Enqueue((batch.Siren, batch.Events));
        }
        finally
        {
            Interlocked.Decrement(ref concurrent);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}

/// <summary>An in-memory dead-letter sink; fails the first <paramref name="failures"/> sends.</summary>
internal sealed class RecordingDeadLetterSink(int failures = 0) : IDeadLetterSink
{
    private int remainingFailures = failures;

    public ConcurrentQueue<DeadLetter> Letters { get; } = new();

    public Task SendAsync(DeadLetter letter, CancellationToken cancellationToken)
    {
        if (Interlocked.Decrement(ref remainingFailures) >= 0)
        {
            return Task.FromException(new IOException("dead-letter topic unavailable"));
        }

        Letters.Enqueue(letter);
        return Task.CompletedTask;
    }
}
