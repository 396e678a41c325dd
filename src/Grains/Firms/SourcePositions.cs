using System.Collections.Immutable;
using SignauxFaibles.Contracts;

namespace SignauxFaibles.Grains.Firms;

/// <summary>
/// The last applied offset per topic-partition, as a small array (a firm sees a few dozen at most). A batch
/// works on a builder, so it copies the array once rather than once per event.
/// </summary>
internal static class SourcePositions
{
    /// <summary>True when <paramref name="position"/> is at or below the last applied offset of its topic-partition.</summary>
    public static bool IsApplied(ImmutableArray<SourcePosition>.Builder applied, SourcePosition position)
    {
        var i = IndexOf(applied, position);
        return i >= 0 && applied[i].Offset >= position.Offset;
    }

    /// <summary>Records <paramref name="position"/> as the last applied one of its topic-partition.</summary>
    public static void Advance(ImmutableArray<SourcePosition>.Builder applied, SourcePosition position)
    {
        var i = IndexOf(applied, position);
        if (i < 0)
        {
            applied.Add(position);
        }
        else
        {
            applied[i] = position;
        }
    }

    private static int IndexOf(ImmutableArray<SourcePosition>.Builder applied, SourcePosition position)
    {
        for (var i = 0; i < applied.Count; i++)
        {
            if (applied[i].Partition == position.Partition && string.Equals(applied[i].Topic, position.Topic, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
