namespace SignauxFaibles.Formats.Core.NamedColumns;

/// <summary>
/// The columns one delimited partner format is read by: names (matched case-insensitively, as the original
/// pipeline did), which ones are required (a file without them is unreadable), the separator and how
/// strictly quotes are checked. Column order in the file does not matter; extra columns are ignored.
/// </summary>
internal sealed class NamedColumnSet
{
    private readonly List<NamedColumn> columns = [];

    /// <param name="separator">Field separator.</param>
    /// <param name="lenientQuotes">
    /// When true a bare quote inside a field is kept as text (the DGEFP requests export needs this);
    /// otherwise such a line is rejected as malformed CSV.
    /// </param>
    public NamedColumnSet(char separator, bool lenientQuotes = false)
    {
        Separator = separator;
        LenientQuotes = lenientQuotes;
    }

    public char Separator { get; }

    public bool LenientQuotes { get; }

    public IReadOnlyList<NamedColumn> Columns => columns;

    public NamedColumn Required(string name) => Add(name, required: true);

    public NamedColumn Optional(string name) => Add(name, required: false);

    private NamedColumn Add(string name, bool required)
    {
        var column = new NamedColumn(name, columns.Count, required);
        columns.Add(column);
        return column;
    }
}
