using SignauxFaibles.Formats.Core.NamedColumns;

namespace SignauxFaibles.Formats.Sirene;

/// <summary>
/// One row of an INSEE stock file being written: every column of the native header, filled by name, the
/// others left empty; ',' separated, quoted only when needed, LF line ends (as INSEE publishes them).
/// </summary>
internal sealed class SireneCsvRow
{
    private readonly TextWriter output;
    private readonly Dictionary<string, int> indexes;
    private readonly string[] values;

    public SireneCsvRow(TextWriter output, IReadOnlyList<string> header)
    {
        this.output = output;
        indexes = header.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);
        values = new string[header.Count];
        output.Write(string.Join(',', header));
        output.Write('\n');
    }

    public SireneCsvRow Set(string column, string? value)
    {
        values[indexes[column]] = value ?? "";
        return this;
    }

    /// <summary>Writes the row and clears it for the next one.</summary>
    public void WriteAndClear()
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                output.Write(',');
            }

            output.Write(DelimitedFieldText.Escaped(values[i], ','));
            values[i] = "";
        }

        output.Write('\n');
    }
}
