namespace SignauxFaibles.Formats.Core;

/// <summary>
/// The fields of one record split by <see cref="QuotedLineSplitter"/>, unquoted and unescaped into one
/// reusable buffer, so that reading a line holding quotes allocates nothing once the buffer has grown to
/// the longest record. One per file being read; not thread-safe.
/// </summary>
internal sealed class SplitFields
{
    private char[] chars = new char[256];
    private int[] starts = new int[32];
    private int[] lengths = new int[32];
    private int used;

    public int Count { get; private set; }

    public ReadOnlySpan<char> this[int index] =>
        (uint)index < (uint)Count ? chars.AsSpan(starts[index], lengths[index]) : throw new ArgumentOutOfRangeException(nameof(index));

    public void Clear()
    {
        Count = 0;
        used = 0;
    }

    /// <summary>Adds an unquoted field as it is.</summary>
    public void Add(ReadOnlySpan<char> text)
    {
        text.CopyTo(Start(text.Length));
        End(text.Length);
    }

    /// <summary>Adds the content of a quoted field, its doubled quotes undoubled.</summary>
    public void AddQuoted(ReadOnlySpan<char> content)
    {
        var destination = Start(content.Length);
        var n = 0;
        for (var i = 0; i < content.Length; i++)
        {
            destination[n++] = content[i];
            if (content[i] == '"' && i + 1 < content.Length && content[i + 1] == '"')
            {
                i++;
            }
        }

        End(n);
    }

    public string[] ToArray()
    {
        var result = new string[Count];
        for (var i = 0; i < Count; i++)
        {
            result[i] = this[i].ToString();
        }

        return result;
    }

    private Span<char> Start(int maxLength)
    {
        if (Count == starts.Length)
        {
            Array.Resize(ref starts, Count * 2);
            Array.Resize(ref lengths, Count * 2);
        }

        if (used + maxLength > chars.Length)
        {
            Array.Resize(ref chars, Math.Max(chars.Length * 2, used + maxLength));
        }

        starts[Count] = used;
        return chars.AsSpan(used, maxLength);
    }

    private void End(int length)
    {
        lengths[Count++] = length;
        used += length;
    }
}
