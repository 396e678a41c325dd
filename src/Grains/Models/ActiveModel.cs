using SignauxFaibles.Domain.Scoring;

namespace SignauxFaibles.Grains.Models;

/// <summary>
/// The scorer this silo's grains use now, swapped in one step when the cluster activates another version.
/// A grain reads <see cref="Current"/> once per scoring and uses that one scorer for the score and for its
/// alert thresholds, so both always come from the same version, even while a switch happens.
/// </summary>
public sealed class ActiveModel(IRiskScorer initial)
{
    private IRiskScorer _current = initial ?? throw new ArgumentNullException(nameof(initial));

    /// <summary>The scorer of the active version (read it once per use: it may change between two reads).</summary>
    public IRiskScorer Current => Volatile.Read(ref _current);

    /// <summary>Makes <paramref name="scorer"/> the active one; returns the one it replaces.</summary>
    public IRiskScorer Activate(IRiskScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        return Interlocked.Exchange(ref _current, scorer);
    }
}
