using System.Globalization;

namespace SignauxFaibles.Client;

/// <summary>
/// French number formatting (decimal comma, space as thousands separator) built by hand: the process runs
/// with invariant globalization, where the fr-FR culture is not available.
/// </summary>
internal static class FrenchNumbers
{
    public static NumberFormatInfo Format { get; } = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = "\u202f",
        PercentDecimalSeparator = ",",
        NegativeSign = "-",
    };
}
