using SignauxFaibles.Domain.History;

namespace SignauxFaibles.Domain.Rules;

/// <summary>
/// Corrections and duplicates (domain.md §3): every fact has a natural key, and of two facts with the same key
/// the one delivered later wins; on the same delivery day the one with the greater delivery sequence (a later
/// delivery that day, or a later line of the same file) wins; only when that too is equal does the greater
/// content (a fixed total order) win, and identical facts are duplicates. This is a maximum under a total order, so it is commutative, associative
/// and idempotent: a last-writer-wins register per key, whose final value does not depend on the order in
/// which the versions arrive.
/// </summary>
public static class FactMerge
{
    /// <summary>True when <paramref name="incoming"/> must replace <paramref name="existing"/> (same key).</summary>
    public static bool IncomingWins<T>(in T existing, in T incoming)
        where T : struct, IFact<T>
    {
        var c = incoming.DeliveredOn.CompareTo(existing.DeliveredOn);
        if (c == 0)
        {
            c = incoming.DeliverySequence.CompareTo(existing.DeliverySequence);
        }

        return c != 0 ? c > 0 : T.CompareContent(incoming, existing) > 0;
    }

    /// <summary>The version of a key that survives, whatever the order of the two.</summary>
    public static T Winner<T>(in T a, in T b)
        where T : struct, IFact<T> => IncomingWins(a, b) ? b : a;
}
