using CsCheck;

namespace SignauxFaibles.Formats.Tests.Support;

/// <summary>Generators of exact EUR amounts for property tests (CsCheck's decimal range generator gives up too often).</summary>
public static class GenAmounts
{
    private static readonly decimal[] PowersOfTen = [1m, 10m, 100m, 1000m, 10000m];

    /// <summary>Amounts between <paramref name="min"/> and <paramref name="max"/> units with 0 to 4 decimals.</summary>
    public static Gen<decimal> Between(long min, long max) =>
        Gen.Select(Gen.Long[min, max], Gen.Int[0, 4], (units, scale) => units / PowersOfTen[scale]);
}
