namespace SignauxFaibles.Formats.Core.NamedColumns;

/// <summary>
/// Splits one record into fields the way Go's encoding/csv did for the original pipeline: a quote only
/// opens a quoted field at the start of a field. Sep treats every quote as opening or closing a quoted
/// section, so one stray quote would swallow the following lines; Sep therefore only cuts physical lines
/// and this splitter tells the reading loop when a quoted field continues on the next line.
/// </summary>
internal static class DelimitedSplitter
{
    /// <summary>
    /// Fills <paramref name="fields"/> with the fields of <paramref name="line"/>. Strict (RFC 4180): a quoted
    /// field must close right before a separator or the end, an unquoted one must hold no quote. Lazy (Go's
    /// LazyQuotes): a quote only closes a quoted field when a separator or the end follows it, other quotes
    /// are text. In both modes a quoted field still open at the end is <see cref="SplitOutcome.Unterminated"/>.
    /// </summary>
    public static SplitOutcome Split(ReadOnlySpan<char> line, char separator, bool lazyQuotes, List<DelimitedField> fields)
    {
        fields.Clear();
        var i = 0;
        while (true)
        {
            if (i < line.Length && line[i] == '"')
            {
                var close = FindClosingQuote(line, i + 1, separator, lazyQuotes);
                if (close < 0)
                {
                    return SplitOutcome.Unterminated;
                }

                fields.Add(new DelimitedField(i + 1, close - i - 1, true));
                if (close + 1 == line.Length)
                {
                    return SplitOutcome.Ok;
                }

                if (line[close + 1] != separator)
                {
                    return SplitOutcome.Malformed; // only reachable in strict mode
                }

                i = close + 2;
                continue;
            }

            var end = line[i..].IndexOf(separator);
            end = end < 0 ? line.Length : i + end;
            if (!lazyQuotes && line[i..end].Contains('"'))
            {
                return SplitOutcome.Malformed;
            }

            fields.Add(new DelimitedField(i, end - i, false));
            if (end == line.Length)
            {
                return SplitOutcome.Ok;
            }

            i = end + 1;
        }
    }

    /// <summary>The index of the quote closing a quoted field whose content starts at <paramref name="from"/>, or -1.</summary>
    private static int FindClosingQuote(ReadOnlySpan<char> line, int from, char separator, bool lazyQuotes)
    {
        for (var k = from; k < line.Length; k++)
        {
            if (line[k] != '"')
            {
                continue;
            }

            if (k + 1 < line.Length && line[k + 1] == '"')
            {
                k++; // doubled quote: an escaped quote inside the field
                continue;
            }

            if (!lazyQuotes || k + 1 == line.Length || line[k + 1] == separator)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The text of a field: a quoted one loses its enclosing quotes and has its doubled quotes undoubled.</summary>
    public static string Text(ReadOnlySpan<char> line, DelimitedField field)
    {
        var raw = line.Slice(field.Start, field.Length);
        return field.Quoted && raw.Contains('"') ? raw.ToString().Replace("\"\"", "\"", StringComparison.Ordinal) : raw.ToString();
    }
}
