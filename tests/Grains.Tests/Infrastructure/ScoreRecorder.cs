using System.Collections.Concurrent;
using SignauxFaibles.Contracts;

namespace SignauxFaibles.Grains.Tests.Infrastructure;

/// <summary>An <see cref="IScorePublisher"/> that keeps every score change the silo's grains publish, per firm.</summary>
public sealed class ScoreRecorder : IScorePublisher
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ScoreChange>> _changes = new(StringComparer.Ordinal);

    public Task PublishAsync(ScoreChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        _changes.GetOrAdd(change.Siren, _ => new()).Enqueue(change);
        return Task.CompletedTask;
    }

    /// <summary>The changes published for <paramref name="siren"/>, in publication order (republications included).</summary>
    public IReadOnlyList<ScoreChange> Of(string siren) => _changes.TryGetValue(siren, out var q) ? [.. q] : [];
}
