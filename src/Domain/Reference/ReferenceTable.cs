namespace SignauxFaibles.Domain.Reference;

/// <summary>
/// The vendored INSEE reference tables embedded in the domain assembly (<c>Reference/data/*.csv</c>, see its
/// README for their origin and how to refresh them): <c>naf1.csv</c> .. <c>naf5.csv</c>, <c>5to1.csv</c>,
/// <c>departements.csv</c>. Rows are read without the header line, fields split on <c>;</c> outside double
/// quotes (labels such as "Commerce ; réparation d'automobiles" hold one) and unquoted.
/// </summary>
public static class ReferenceTable
{
    private const string ResourcePrefix = "SignauxFaibles.Domain.Reference.data.";

    /// <summary>The names of the embedded tables (e.g. <c>naf5.csv</c>).</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        .. typeof(ReferenceTable).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..])
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>The data rows of one embedded table (header skipped, empty lines ignored).</summary>
    /// <exception cref="InvalidOperationException">No table of that name is embedded.</exception>
    public static IReadOnlyList<string[]> Rows(string name)
    {
        using var stream = typeof(ReferenceTable).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"reference table {name} is not embedded in the domain assembly (known: {string.Join(", ", Names)})");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var rows = new List<string[]>();
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (header || line.Length == 0)
            {
                header = false;
                continue;
            }

            rows.Add(Fields(line));
        }

        return rows;
    }

    private static string[] Fields(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ';' && !quoted)
            {
                fields.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString().Trim());
        return [.. fields];
    }
}
