using nietras.SeparatedValues;

namespace SignauxFaibles.Formats.Core;

/// <summary>
/// One data record of a delimited partner file, seen as fields. Backed by Sep's row on the fast path (a
/// line without quotes) or by the reader's <see cref="SplitFields"/> buffer when the record held quotes;
/// neither allocates. Fields are trimmed of surrounding white space when the dialect says so
/// (<see cref="DelimitedDialect.TrimFields"/>).
/// </summary>
public readonly ref struct CsvRecord
{
    private readonly SepReader.Row row;
    private readonly SplitFields? fields;
    private readonly bool trim;

    internal CsvRecord(SepReader.Row row, long lineNumber, bool trim)
    {
        this.row = row;
        fields = null;
        this.trim = trim;
        LineNumber = lineNumber;
    }

    internal CsvRecord(SplitFields fields, long lineNumber, bool trim)
    {
        row = default;
        this.fields = fields;
        this.trim = trim;
        LineNumber = lineNumber;
    }

    /// <summary>1-based line number in the file (the header is line 1); a record spanning lines has its first line's.</summary>
    public long LineNumber { get; }

    public int Count => fields?.Count ?? row.ColCount;

    /// <summary>The field at <paramref name="index"/>; empty when the index is negative (optional column absent).</summary>
    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            if (index < 0)
            {
                return [];
            }

            var value = fields is null ? row[index].Span : fields[index];
            return trim ? value.Trim() : value;
        }
    }

    /// <summary>The field as a string (empty when absent).</summary>
    public string Text(int index) => this[index].ToString();

    /// <summary>The field as a string, or null when empty or absent.</summary>
    public string? OptionalText(int index)
    {
        var value = this[index];
        return value.IsEmpty ? null : value.ToString();
    }
}
