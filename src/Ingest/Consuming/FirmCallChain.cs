namespace SignauxFaibles.Ingest.Consuming;

/// <summary>
/// Per-firm ordering: each firm's call starts after its previous one ended, so calls for the same SIREN
/// are never concurrent and a firm sees its events in offset order even across batches. Touched only by
/// the dispatching thread.
/// </summary>
internal sealed class FirmCallChain(int keepAtMost)
{
    // Last call per SIREN.
    private readonly Dictionary<string, Task> tails = new(StringComparer.Ordinal);

    /// <summary>Starts <paramref name="call"/> with the firm's previous call (which never faults) as the task it waits for.</summary>
    public void Append(string siren, Func<Task, Task> call)
    {
        var previous = tails.TryGetValue(siren, out var tail) ? tail : Task.CompletedTask;
        tails[siren] = call(previous);
    }

    /// <summary>Forgets finished calls once more than <c>keepAtMost</c> firms are remembered.</summary>
    public void Prune()
    {
        if (tails.Count > keepAtMost)
        {
            foreach (var done in tails.Where(kv => kv.Value.IsCompleted).Select(kv => kv.Key).ToList())
            {
                tails.Remove(done);
            }
        }
    }

    /// <summary>Forgets every call (after a drain: none runs any more).</summary>
    public void Clear() => tails.Clear();
}
