namespace SignauxFaibles.Domain.History;

/// <summary>Total orders on stored values, so that same-day versions of a fact are ranked deterministically.</summary>
internal static class FactOrder
{
    /// <summary>Orders doubles by their bits: a total order, NaN and signed zeros included.</summary>
    public static int Compare(double a, double b) => BitConverter.DoubleToInt64Bits(a).CompareTo(BitConverter.DoubleToInt64Bits(b));

    public static int Compare(string? a, string? b) => string.CompareOrdinal(a, b);

    public static int Compare(bool a, bool b) => a.CompareTo(b);

    public static int Compare(DateOnly? a, DateOnly? b) => Nullable.Compare(a, b);
}
