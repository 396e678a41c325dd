using System.Runtime.InteropServices;
using nietras.SeparatedValues;
using SignauxFaibles.Domain.Validation;

namespace SignauxFaibles.Formats.Core.NamedColumns;

/// <summary>
/// The reading loop shared by the header-driven delimited formats: streams the file with Sep, maps the
/// header to the format's columns (a required column missing is a fatal in the report), checks each line's
/// shape (quoting, field count), lets the format parse it, validates the event and counts everything in
/// the report. Memory stays constant: one line is held at a time.
/// </summary>
internal static class NamedColumnsFile
{
    /// <summary>
    /// Limits on a record whose quoted field spans lines; beyond them the record is rejected as malformed
    /// (most likely an unclosed quote) and reading resumes on the next line, so memory and time stay bounded.
    /// </summary>
    internal const int MaxRecordChars = 64 * 1024;

    internal const int MaxRecordLines = 100;

    public static IEnumerable<ReadResult> Read(
        Stream input,
        NamedColumnSet layout,
        ReadOptions options,
        FileReport report,
        NamedColumnsLineParser parse,
        CancellationToken cancellationToken)
    {
        // Sep cuts physical lines only (quotes are Go-style, see DelimitedSplitter); a record whose quoted
        // field contains a line break is reassembled here.
        using var reader = Sep.Reader(o => o with
        {
            Sep = new Sep(layout.Separator),
            HasHeader = false,
            DisableColCountCheck = true,
            DisableQuotesParsing = true,
            Unescape = false,
        }).From(input, leaveOpen: true);
        var fields = new List<DelimitedField>(64);

        if (!reader.MoveNext())
        {
            report.SetFatal("empty file: no header line");
            yield break;
        }

        var (fileIndexes, headerError) = MapHeader(reader.Current.Span, layout, fields);
        if (headerError is not null)
        {
            report.SetFatal(headerError);
            yield break;
        }

        var headerCount = fields.Count;
        var pending = new PendingRecord();
        while (reader.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = reader.Current;
            var (result, outcome) = ReadLine(row.Span, row.LineNumberFrom, pending, fileIndexes, headerCount, layout, fields, options, parse);
            if (outcome == LineOutcome.Skipped)
            {
                report.CountSkipped();
            }
            else if (outcome == LineOutcome.Result)
            {
                yield return report.Count(result);
            }
        }

        if (pending.Text is { } unterminated)
        {
            yield return report.Count(Malformed(pending.LineNumber, unterminated.ToString(), "quoted field not closed at end of file"));
        }
    }

    private enum LineOutcome
    {
        Result,
        Skipped,
        Continued,
    }

    private static ReadResult Malformed(long lineNumber, string raw, string detail) =>
        ReadResult.Rejected(lineNumber, [new Reject(RejectCode.MalformedCsv, "line", detail)], raw);

    private static (int[] FileIndexes, string? Error) MapHeader(ReadOnlySpan<char> header, NamedColumnSet layout, List<DelimitedField> fields)
    {
        if (DelimitedSplitter.Split(header, layout.Separator, layout.LenientQuotes, fields) != SplitOutcome.Ok)
        {
            return ([], $"{Reject.ToSnakeCase(RejectCode.MalformedCsv)}: the header line breaks CSV quoting");
        }

        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < fields.Count; i++)
        {
            var name = DelimitedSplitter.Text(header, fields[i]);
            byName.TryAdd(i == 0 ? name.TrimStart('\uFEFF') : name, i);
        }

        var indexes = new int[layout.Columns.Count];
        var missing = new List<string>();
        foreach (var column in layout.Columns)
        {
            indexes[column.Ordinal] = byName.GetValueOrDefault(column.Name, -1);
            if (indexes[column.Ordinal] < 0 && column.Required)
            {
                missing.Add(column.Name);
            }
        }

        return missing.Count == 0
            ? (indexes, null)
            : (indexes, $"{Reject.ToSnakeCase(RejectCode.MissingColumn)}: required column(s) {string.Join(", ", missing)} not in header");
    }

    private static (ReadResult Result, LineOutcome Outcome) ReadLine(
        ReadOnlySpan<char> physicalLine,
        long physicalLineNumber,
        PendingRecord pending,
        int[] fileIndexes,
        int headerCount,
        NamedColumnSet layout,
        List<DelimitedField> fields,
        ReadOptions options,
        NamedColumnsLineParser parse)
    {
        var lineNumber = physicalLineNumber;
        var line = physicalLine;
        string? assembled = null;
        if (pending.Text is { } text)
        {
            text.Append('\n').Append(physicalLine);
            assembled = text.ToString();
            line = assembled;
            lineNumber = pending.LineNumber;
        }
        else if (line.Length == 0)
        {
            return (default, LineOutcome.Skipped);
        }

        var split = DelimitedSplitter.Split(line, layout.Separator, layout.LenientQuotes, fields);
        if (split == SplitOutcome.Unterminated && line.Length < MaxRecordChars && physicalLineNumber - lineNumber < MaxRecordLines)
        {
            if (pending.Text is null)
            {
                pending.Text = new System.Text.StringBuilder().Append(line);
                pending.LineNumber = lineNumber;
            }

            return (default, LineOutcome.Continued);
        }

        pending.Text = null;
        if (split != SplitOutcome.Ok)
        {
            return (Malformed(lineNumber, assembled ?? line.ToString(), split == SplitOutcome.Malformed ? "stray or unbalanced quote" : "quoted field longer than the record limit"), LineOutcome.Result);
        }

        if (fields.Count != headerCount)
        {
            return (ReadResult.Rejected(lineNumber, [new Reject(RejectCode.WrongFieldCount, "line", $"{fields.Count} fields, header has {headerCount}")], line.ToString()), LineOutcome.Result);
        }

        var outcome = parse(new NamedColumnsLine(line, CollectionsMarshal.AsSpan(fields), fileIndexes, lineNumber), options);
        if (outcome.IsSkipped)
        {
            return (default, LineOutcome.Skipped);
        }

        if (outcome.Event is not { } e || outcome.Rejects is { Count: > 0 })
        {
            return (ReadResult.Rejected(lineNumber, outcome.Rejects ?? [], line.ToString()), LineOutcome.Result);
        }

        var rejects = EventValidator.Validate(e, options.Validation);
        return rejects.Count > 0
            ? (ReadResult.Rejected(lineNumber, rejects, line.ToString()), LineOutcome.Result)
            : (ReadResult.Accepted(lineNumber, e), LineOutcome.Result);
    }

    /// <summary>A record whose quoted field continues on the next physical line.</summary>
    private sealed class PendingRecord
    {
        public System.Text.StringBuilder? Text { get; set; }

        public long LineNumber { get; set; }
    }
}
