using nietras.SeparatedValues;

namespace SignauxFaibles.Formats.Core;

/// <summary>
/// One data line of a delimited partner file, seen as fields. Backed by Sep's row on the fast path (no
/// allocation) or by an array of strings when the line held quotes and had to be split by
/// <see cref="QuotedLineSplitter"/>. Fields are trimmed of surrounding white space, because partner exports
/// sometimes pad identifiers and amounts.
/// </summary>
public readonly ref struct CsvRecord
{
    private readonly SepReader.Row row;
    private readonly string[]? fields;

    internal CsvRecord(SepReader.Row row, long lineNumber)
    {
        this.row = row;
        fields = null;
        LineNumber = lineNumber;
    }

    /// <summary>A record over already split fields (quoted lines, tests).</summary>
    public CsvRecord(string[] fields, long lineNumber)
    {
        row = default;
        this.fields = fields;
        LineNumber = lineNumber;
    }

    /// <summary>1-based line number in the file (the header is line 1).</summary>
    public long LineNumber { get; }

    public int Count => fields?.Length ?? row.ColCount;

    /// <summary>The field at <paramref name="index"/>, trimmed; empty when the index is negative (optional column absent).</summary>
    public ReadOnlySpan<char> this[int index] =>
        index < 0 ? [] : (fields is null ? row[index].Span : fields[index].AsSpan()).Trim();
}
