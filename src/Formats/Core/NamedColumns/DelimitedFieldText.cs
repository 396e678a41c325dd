using System.Globalization;

namespace SignauxFaibles.Formats.Core.NamedColumns;

/// <summary>Field formatting shared by the writers of delimited partner formats (invariant culture).</summary>
internal static class DelimitedFieldText
{
    /// <summary>Always quoted, inner quotes doubled (the DGEFP export quotes every text field).</summary>
    public static string Quoted(string? value) =>
        "\"" + (value ?? "").Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Quoted only when it must be (separator, quote or line break inside), as RFC 4180 exports do.</summary>
    public static string Escaped(string? value, char separator)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        return value.AsSpan().IndexOfAny(separator, '"', '\n') >= 0 || value.Contains('\r', StringComparison.Ordinal)
            ? Quoted(value)
            : value;
    }

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Shortest text that reads back to the same double.</summary>
    public static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    public static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    public static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>A number written like a pandas float column: integral values get a <c>.0</c> (<c>559.0</c>).</summary>
    public static string FloatStyle(double? value) => value is { } v ? WithPointZero(Number(v)) : "";

    /// <inheritdoc cref="FloatStyle(double?)"/>
    public static string FloatStyle(decimal? value) => value is { } v ? WithPointZero(Number(v)) : "";

    /// <inheritdoc cref="FloatStyle(double?)"/>
    public static string FloatStyle(int? value) => value is { } v ? Number(v) + ".0" : "";

    private static string WithPointZero(string text) =>
        text.AsSpan().IndexOfAny('.', 'E', 'e') >= 0 || text.Contains("Infinity", StringComparison.Ordinal) || text == "NaN" ? text : text + ".0";
}
