using System.Globalization;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Sirene;

/// <summary>
/// One row of an INSEE stock file being written: every column of the native header, filled by name, the
/// others left empty. INSEE publishes the stocks ',' separated, quoted only when needed, with LF line ends
/// (<see cref="Dialect"/>, which the Sirene readers read).
/// </summary>
internal sealed class SireneCsvRow
{
    private readonly Dictionary<string, int> indexes;
    private readonly string?[] values;

    public SireneCsvRow(IReadOnlyList<string> header)
    {
        indexes = header.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);
        values = new string?[header.Count];
    }

    public static DelimitedDialect Dialect { get; } = DelimitedDialect.GoCsv(',');

    public SireneCsvRow Set(string column, string? value)
    {
        values[indexes[column]] = value;
        return this;
    }

    public SireneCsvRow Set(string column, bool value) => Set(column, value ? "true" : "false");

    /// <summary>Shortest text that reads back to the same double; empty when null.</summary>
    public SireneCsvRow Set(string column, double? value) => Set(column, value?.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>A <c>yyyy-MM-dd</c> date; empty when null.</summary>
    public SireneCsvRow Set(string column, DateOnly? date)
    {
        Span<char> text = stackalloc char[10];
        return Set(column, date is { } d ? text[..DateText.FormatIso(d, text)].ToString() : null);
    }

    /// <summary>Writes the row's fields into <paramref name="line"/> and clears it for the next one.</summary>
    public void WriteTo(DelimitedLineWriter line)
    {
        for (var i = 0; i < values.Length; i++)
        {
            line.Field(values[i]);
            values[i] = null;
        }
    }
}
