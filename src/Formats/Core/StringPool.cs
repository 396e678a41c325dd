namespace SignauxFaibles.Formats.Core;

/// <summary>
/// Interns the short strings of closed or near-closed code lists (operation codes, motives, stages) so a
/// file of millions of lines holds each distinct code once. Bounded in entries and length, so memory stays
/// constant whatever the input: past the bound, strings are simply allocated. Not thread-safe.
/// </summary>
public sealed class StringPool
{
    private readonly Dictionary<string, string> pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public StringPool(int maxEntries = 4096, int maxLength = 32)
    {
        MaxEntries = maxEntries;
        MaxLength = maxLength;
        lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int MaxEntries { get; }

    public int MaxLength { get; }

    public int Count => pool.Count;

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return "";
        }

        if (text.Length > MaxLength)
        {
            return text.ToString();
        }

        if (lookup.TryGetValue(text, out var found))
        {
            return found;
        }

        var s = text.ToString();
        if (pool.Count < MaxEntries)
        {
            pool.Add(s, s);
        }

        return s;
    }
}
