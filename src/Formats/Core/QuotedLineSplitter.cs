namespace SignauxFaibles.Formats.Core;

/// <summary>
/// Splits a record that contains quotes, in either <see cref="QuoteMode"/>. Only used on the rare lines
/// holding a quote: the fast path reads with quote parsing disabled, so that a stray quote cannot swallow
/// the following lines; whether a quoted field left open continues on the next line is the reader's
/// decision (<see cref="DelimitedDialect.MaxLineBreaksInQuotes"/>).
/// </summary>
public static class QuotedLineSplitter
{
    /// <summary>Splits one line with strict quotes; a quoted field left open at the end of the line is malformed.</summary>
    public static bool TrySplit(ReadOnlySpan<char> line, char separator, out string[] fields, out string error)
    {
        var buffer = new SplitFields();
        var outcome = Split(line, separator, QuoteMode.Strict, buffer, out var column);
        error = outcome == SplitOutcome.Ok ? "" : Describe(outcome, column);
        fields = outcome == SplitOutcome.Ok ? buffer.ToArray() : [];
        return outcome == SplitOutcome.Ok;
    }

    /// <summary>
    /// Splits <paramref name="record"/> into <paramref name="fields"/>; on failure <paramref name="column"/>
    /// is the 1-based column where it failed.
    /// </summary>
    internal static SplitOutcome Split(ReadOnlySpan<char> record, char separator, QuoteMode quotes, SplitFields fields, out int column)
    {
        fields.Clear();
        var lenient = quotes == QuoteMode.Lenient;
        var i = 0;
        while (true)
        {
            column = fields.Count + 1;
            if (i < record.Length && record[i] == '"')
            {
                var close = FindClosingQuote(record, i + 1, separator, lenient);
                if (close < 0)
                {
                    return SplitOutcome.Unterminated;
                }

                fields.AddQuoted(record[(i + 1)..close]);
                if (close + 1 == record.Length)
                {
                    return SplitOutcome.Ok;
                }

                if (record[close + 1] != separator)
                {
                    return SplitOutcome.TextAfterClosingQuote; // only reachable with strict quotes
                }

                i = close + 2;
                continue;
            }

            var rest = record[i..];
            var end = rest.IndexOf(separator);
            var text = end < 0 ? rest : rest[..end];
            if (!lenient && text.Contains('"'))
            {
                return SplitOutcome.BareQuote;
            }

            fields.Add(text);
            if (end < 0)
            {
                return SplitOutcome.Ok;
            }

            i += end + 1;
        }
    }

    internal static string Describe(SplitOutcome outcome, int column) => outcome switch
    {
        SplitOutcome.BareQuote => $"column {column}: bare \" in non-quoted field",
        SplitOutcome.TextAfterClosingQuote => $"column {column}: extraneous \" in field",
        SplitOutcome.Unterminated => $"column {column}: quoted field not terminated on its line",
        _ => "",
    };

    /// <summary>
    /// The index of the quote closing a quoted field whose content starts at <paramref name="from"/>, or -1.
    /// A doubled quote is an escaped quote; leniently, a quote closes only before a separator or the end.
    /// </summary>
    private static int FindClosingQuote(ReadOnlySpan<char> record, int from, char separator, bool lenient)
    {
        for (var k = from; k < record.Length; k++)
        {
            if (record[k] != '"')
            {
                continue;
            }

            if (k + 1 < record.Length && record[k + 1] == '"')
            {
                k++;
                continue;
            }

            if (!lenient || k + 1 == record.Length || record[k + 1] == separator)
            {
                return k;
            }
        }

        return -1;
    }
}
