using System.Globalization;
using SignauxFaibles.Domain.Validation;

namespace SignauxFaibles.Formats.Core.NamedColumns;

/// <summary>
/// One data line seen through its reader's columns. Values are unquoted on access; the typed accessors
/// record a reject for a value that is present but unreadable and return null for an empty one, so a
/// parser states per field whether absence is acceptable.
/// </summary>
internal readonly ref struct NamedColumnsLine
{
    // Go's strconv parsing, which the original pipeline used: no surrounding blanks, no thousands
    // separators; an exponent is allowed.
    private const NumberStyles NumberStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    private readonly ReadOnlySpan<char> line;
    private readonly ReadOnlySpan<DelimitedField> fields;
    private readonly int[] fileIndexes;

    public NamedColumnsLine(ReadOnlySpan<char> line, ReadOnlySpan<DelimitedField> fields, int[] fileIndexes, long lineNumber)
    {
        this.line = line;
        this.fields = fields;
        this.fileIndexes = fileIndexes;
        LineNumber = lineNumber;
    }

    public long LineNumber { get; }

    /// <summary>True when the file has this (optional) column.</summary>
    public bool Has(NamedColumn column) => fileIndexes[column.Ordinal] >= 0;

    /// <summary>The unquoted value; empty when the optional column is absent.</summary>
    public string Text(NamedColumn column)
    {
        var index = fileIndexes[column.Ordinal];
        return index < 0 ? "" : DelimitedSplitter.Text(line, fields[index]);
    }

    /// <summary>The unquoted value, or null when empty or absent.</summary>
    public string? OptionalText(NamedColumn column)
    {
        var text = Text(column);
        return text.Length == 0 ? null : text;
    }

    /// <summary>A <c>yyyy-MM-dd</c> date; empty gives null (and a reject when <paramref name="required"/>).</summary>
    public DateOnly? Date(NamedColumn column, List<Reject> rejects, bool required = false)
    {
        var text = Text(column);
        if (text.Length == 0)
        {
            if (required)
            {
                rejects.Add(new Reject(RejectCode.MissingField, column.Name, $"{column.Name} is empty"));
            }

            return null;
        }

        if (TryParseDate(text, out var date))
        {
            return date;
        }

        rejects.Add(new Reject(RejectCode.InvalidDate, column.Name, $"'{text}' is not a yyyy-MM-dd date"));
        return null;
    }

    /// <summary>A <c>yyyy-MM-dd</c> date, or null when empty or unreadable (for fields the original read leniently).</summary>
    public DateOnly? LenientDate(NamedColumn column) => TryParseDate(Text(column), out var date) ? date : null;

    public double? Double(NamedColumn column, List<Reject> rejects)
    {
        var text = Text(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyle, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        rejects.Add(new Reject(RejectCode.InvalidNumber, column.Name, $"'{text}' is not a number"));
        return null;
    }

    /// <summary>A decimal; with <paramref name="commaDecimal"/> ',' is also read as the decimal mark (DGEFP amounts).</summary>
    public decimal? Decimal(NamedColumn column, List<Reject> rejects, bool commaDecimal = false)
    {
        var text = Text(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (commaDecimal)
        {
            text = text.Replace(',', '.');
        }

        if (decimal.TryParse(text, NumberStyle, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        rejects.Add(new Reject(RejectCode.InvalidNumber, column.Name, $"'{text}' is not a decimal number"));
        return null;
    }

    /// <summary>A strict integer (no decimal part).</summary>
    public int? Int(NamedColumn column, List<Reject> rejects)
    {
        var text = Text(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        rejects.Add(new Reject(RejectCode.InvalidNumber, column.Name, $"'{text}' is not an integer"));
        return null;
    }

    /// <summary>
    /// An integer written as a float (<c>559.0</c>), truncated toward zero as the original did: DGEFP
    /// exports headcounts through a float column.
    /// </summary>
    public int? IntFromFloat(NamedColumn column, List<Reject> rejects)
    {
        var text = Text(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyle, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value) && value is > int.MinValue - 1.0 and < int.MaxValue + 1.0)
        {
            return (int)Math.Truncate(value);
        }

        rejects.Add(new Reject(RejectCode.InvalidNumber, column.Name, $"'{text}' is not a number"));
        return null;
    }

    /// <summary>A boolean in the spellings Go's <c>strconv.ParseBool</c> accepts; empty is a reject too.</summary>
    public bool? Bool(NamedColumn column, List<Reject> rejects)
    {
        var text = Text(column);
        switch (text)
        {
            case "1" or "t" or "T" or "true" or "TRUE" or "True":
                return true;
            case "0" or "f" or "F" or "false" or "FALSE" or "False":
                return false;
            default:
                rejects.Add(new Reject(RejectCode.InvalidBoolean, column.Name, $"'{text}' is not a boolean"));
                return null;
        }
    }

    private static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
