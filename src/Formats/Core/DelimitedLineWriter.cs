using System.Globalization;

namespace SignauxFaibles.Formats.Core;

/// <summary>
/// Builds delimited lines in a reusable buffer and writes each whole line to a <see cref="TextWriter"/>:
/// numbers and dates are formatted straight into the buffer, so writing a line allocates nothing. Every
/// writer of a delimited partner format writes through it, in the <see cref="DelimitedDialect"/> its
/// reader reads. A field holding the separator, a quote or a line break is quoted (RFC 4180, which the
/// readers accept in both quote modes); line breaks inside a value are kept when the dialect lets quoted
/// fields hold them, and replaced by spaces otherwise (one record per line).
/// </summary>
public sealed class DelimitedLineWriter
{
    private readonly TextWriter writer;
    private readonly string newLine;
    private readonly bool keepLineBreaks;
    private char[] buffer = new char[512];
    private int length;
    private bool lineStarted;

    /// <param name="writer">Where whole lines go.</param>
    /// <param name="dialect">The format's dialect; <see cref="DelimitedDialect.Default"/> when null.</param>
    /// <param name="newLine">The line end: "\n", or "\r\n" for exports made on Windows.</param>
    public DelimitedLineWriter(TextWriter writer, DelimitedDialect? dialect = null, string newLine = "\n")
    {
        ArgumentNullException.ThrowIfNull(writer);
        dialect ??= DelimitedDialect.Default;
        this.writer = writer;
        this.newLine = newLine;
        Separator = dialect.Separator;
        keepLineBreaks = dialect.MaxLineBreaksInQuotes > 0;
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

    /// <summary>Writes a whole line of names, each quoted (the header of an export that quotes every text).</summary>
    public void WriteQuotedLine(IEnumerable<string> fields)
    {
        foreach (var f in fields)
        {
            Quoted(f);
        }

        EndLine();
    }

    public void Empty() => StartField();

    public void Field(string? value) => Field(value.AsSpan());

    /// <summary>A text field, quoted only when it must be.</summary>
    public void Field(ReadOnlySpan<char> value)
    {
        if (value.IndexOfAny(Separator, '"', '\n') < 0 && !value.Contains('\r'))
        {
            StartField();
            Append(value);
            return;
        }

        Quoted(value);
    }

    public void Quoted(string? value) => Quoted(value.AsSpan());

    /// <summary>A text field always quoted (some exports quote every text field, even empty).</summary>
    public void Quoted(ReadOnlySpan<char> value)
    {
        StartField();
        Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    Append('"');
                    Append('"');
                    break;
                case '\r' or '\n' when !keepLineBreaks:
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

    /// <summary>An optional value: empty when null.</summary>
    public void Field<T>(T? value, ReadOnlySpan<char> format = default)
        where T : struct, ISpanFormattable
    {
        if (value is { } v)
        {
            Field(v, format);
        }
        else
        {
            Empty();
        }
    }

    /// <summary>A <c>yyyy-MM-dd</c> date; empty when null.</summary>
    public void IsoDate(DateOnly? date)
    {
        var room = Reserve(10);
        Commit(date is { } d ? DateText.FormatIso(d, room) : 0);
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
        Append(newLine);
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
