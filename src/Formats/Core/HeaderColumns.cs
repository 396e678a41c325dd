namespace SignauxFaibles.Formats.Core;

/// <summary>
/// The column names of a delimited file's header, looked up case-insensitively (partners change the case
/// of their column names between deliveries). Readers find their columns by name, never by position.
/// </summary>
public sealed class HeaderColumns
{
    private readonly Dictionary<string, int> indexByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> missing = [];

    public HeaderColumns(IReadOnlyList<string> names)
    {
        Names = names;
        for (var i = 0; i < names.Count; i++)
        {
            // The first of duplicated names wins, like the original pipeline's column index.
            indexByName.TryAdd(names[i], i);
        }
    }

    public IReadOnlyList<string> Names { get; }

    public int Count => Names.Count;

    /// <summary>Required columns asked for with <see cref="Require"/> and not found.</summary>
    public IReadOnlyList<string> Missing => missing;

    /// <summary>Why the header cannot be read other than missing columns, as set by <see cref="Fail"/>; null when none.</summary>
    public string? Problem { get; private set; }

    /// <summary>Records that the file cannot be read with this header (the first problem is kept).</summary>
    public void Fail(string problem) => Problem ??= problem;

    /// <summary>Index of an optional column, -1 when absent.</summary>
    public int IndexOf(string name) => indexByName.TryGetValue(name, out var i) ? i : -1;

    /// <summary>Index of a required column; when absent, remembers it in <see cref="Missing"/> and returns -1.</summary>
    public int Require(string name)
    {
        var i = IndexOf(name);
        if (i < 0)
        {
            missing.Add(name);
        }

        return i;
    }

    /// <summary>Index of the first of several accepted names for one required column.</summary>
    public int RequireAny(params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            var i = IndexOf(name);
            if (i >= 0)
            {
                return i;
            }
        }

        missing.Add(string.Join(" or ", names.ToArray()));
        return -1;
    }
}
