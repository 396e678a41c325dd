using SignauxFaibles.Domain.History;

namespace SignauxFaibles.Domain.Rules;

/// <summary>
/// Establishment (SIRET) data belong to the firm whose SIREN is the SIRET's first 9 characters and are summed
/// to the firm (domain.md §2). The sums themselves are done by each rule over all the establishments' facts;
/// this class holds the membership test and the per-establishment slices.
/// </summary>
public static class EstablishmentAggregation
{
    public static string SirenOf(string siret) => siret[..9];

    /// <summary>True when <paramref name="siret"/> is an establishment of <paramref name="siren"/>.</summary>
    public static bool BelongsTo(string siren, string? siret) =>
        siret is { Length: >= 9 } && siret.AsSpan(0, 9).SequenceEqual(siren);

    /// <summary>The facts of one establishment, out of facts sorted by siret first (as the history stores them).</summary>
    public static ReadOnlySpan<T> Slice<T>(ReadOnlySpan<T> facts, string siret)
        where T : struct, IEstablishmentFact
    {
        var start = LowerBound(facts, siret);
        var end = start;
        while (end < facts.Length && string.Equals(facts[end].Siret, siret, StringComparison.Ordinal))
        {
            end++;
        }

        return facts[start..end];
    }

    private static int LowerBound<T>(ReadOnlySpan<T> facts, string siret)
        where T : struct, IEstablishmentFact
    {
        int lo = 0, hi = facts.Length;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (string.CompareOrdinal(facts[mid].Siret, siret) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
