using System.Collections.Concurrent;

namespace SignauxFaibles.Grains.Models;

/// <summary>
/// The firm grains active in this silo (added on activation, removed on deactivation), so that a model
/// switch can re-score the firms in memory; the others re-score when they next activate.
/// </summary>
public sealed class ActiveFirms
{
    private readonly ConcurrentDictionary<string, byte> _sirens = new(StringComparer.Ordinal);

    public int Count => _sirens.Count;

    public void Add(string siren) => _sirens.TryAdd(siren, 0);

    public void Remove(string siren) => _sirens.TryRemove(siren, out _);

    /// <summary>The SIRENs active now (a copy: activations go on while it is walked).</summary>
    public string[] Snapshot() => [.. _sirens.Keys];
}
