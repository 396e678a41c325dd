using System.Globalization;

namespace SignauxFaibles.Formats.Core;

/// <summary>
/// Builds delimited lines in a reusable buffer and writes each whole line to a <see cref="TextWriter"/>:
/// numbers and dates are formatted straight into the buffer, so writing a line allocates nothing. A field
/// holding the separator or a quote is quoted (RFC 4180, which the readers accept); line breaks inside a
/// value are replaced by spaces because partner exports hold one record per line.
/// </summary>
public sealed class DelimitedLineWriter
{
    private readonly TextWriter writer;
    private char[] buffer = new char[512];
    private int length;
    private bool lineStarted;

    public DelimitedLineWriter(TextWriter writer, char separator = ';')
    {
        ArgumentNullException.ThrowIfNull(writer);
        this.writer = writer;
        Separator = separator;
    }

    public char Separator { get; }

    /// <summary>Writes a whole line of names (a header).</summary>
    public void WriteLine(IEnumerable<string> fields)
    {
        foreach (var f in fields)
        {
            Field(f);
        }

        EndLine();
    }

    public void Empty() => StartField();

    public void Field(string? value) => Field(value.AsSpan());

    public void Field(ReadOnlySpan<char> value)
    {
        StartField();
        if (value.IndexOfAny(Separator, '"', '\n') < 0 && !value.Contains('\r'))
        {
            Append(value);
            return;
        }

        Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    Append('"');
                    Append('"');
                    break;
                case '\r' or '\n':
                    Append(' ');
                    break;
                default:
                    Append(c);
                    break;
            }
        }

        Append('"');
    }

    /// <summary>Writes any span-formattable value (int, long, decimal...) with the invariant culture.</summary>
    public void Field<T>(T value, ReadOnlySpan<char> format = default)
        where T : ISpanFormattable
    {
        StartField();
        int written;
        while (!value.TryFormat(buffer.AsSpan(length), out written, format, CultureInfo.InvariantCulture))
        {
            Grow(64);
        }

        length += written;
    }

    /// <summary>
    /// Starts a field and returns room for <paramref name="maxLength"/> chars, for formats written by hand
    /// (URSSAF dates and periods); call <see cref="Commit"/> with the number of chars actually written.
    /// </summary>
    public Span<char> Reserve(int maxLength)
    {
        StartField();
        Ensure(maxLength);
        return buffer.AsSpan(length, maxLength);
    }

    public void Commit(int written) => length += written;

    /// <summary>Drops the line being built (when a value turns out not to be representable).</summary>
    public void DiscardLine()
    {
        length = 0;
        lineStarted = false;
    }

    public void EndLine()
    {
        Append('\n');
        writer.Write(buffer, 0, length);
        length = 0;
        lineStarted = false;
    }

    private void StartField()
    {
        if (lineStarted)
        {
            Append(Separator);
        }

        lineStarted = true;
    }

    private void Append(char c)
    {
        if (length == buffer.Length)
        {
            Grow(1);
        }

        buffer[length++] = c;
    }

    private void Append(ReadOnlySpan<char> s)
    {
        Ensure(s.Length);
        s.CopyTo(buffer.AsSpan(length));
        length += s.Length;
    }

    private void Ensure(int extra)
    {
        if (length + extra > buffer.Length)
        {
            Grow(extra);
        }
    }

    private void Grow(int extra) => Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + extra));
}
