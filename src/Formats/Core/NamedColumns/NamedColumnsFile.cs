using nietras.SeparatedValues;
using SignauxFaibles.Domain.Validation;

namespace SignauxFaibles.Formats.Core.NamedColumns;

/// <summary>
/// The reading loop shared by the header-driven delimited formats: streams the file with Sep, maps the
/// header to the format's columns (a required column missing is a fatal in the report), checks each line's
/// shape (field count, quoting), lets the format parse it, validates the event and counts everything in
/// the report. Memory stays constant: one line is held at a time.
/// </summary>
internal static class NamedColumnsFile
{
    public static IEnumerable<ReadResult> Read(
        Stream input,
        NamedColumnSet layout,
        ReadOptions options,
        FileReport report,
        NamedColumnsLineParser parse,
        CancellationToken cancellationToken)
    {
        // Header and quotes are handled here rather than by Sep so that duplicate names, short lines and
        // stray quotes become reports instead of exceptions.
        using var reader = Sep.Reader(o => o with
        {
            Sep = new Sep(layout.Separator),
            HasHeader = false,
            DisableColCountCheck = true,
            Unescape = false,
        }).From(input, leaveOpen: true);

        if (!reader.MoveNext())
        {
            report.SetFatal("empty file: no header line");
            yield break;
        }

        var (fileIndexes, headerCount, missing) = MapHeader(reader.Current, layout);
        if (missing.Count > 0)
        {
            report.SetFatal($"{Reject.ToSnakeCase(RejectCode.MissingColumn)}: required column(s) {string.Join(", ", missing)} not in header");
            yield break;
        }

        while (reader.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (result, skipped) = ReadLine(reader.Current, fileIndexes, headerCount, layout, options, parse);
            if (skipped)
            {
                report.CountSkipped();
                continue;
            }

            yield return report.Count(result);
        }
    }

    private static (int[] FileIndexes, int HeaderCount, List<string> Missing) MapHeader(SepReader.Row header, NamedColumnSet layout)
    {
        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.ColCount; i++)
        {
            var name = NamedColumnsLine.Unquote(header[i].Span);
            if (i == 0)
            {
                name = name.TrimStart('\uFEFF');
            }

            byName.TryAdd(name, i);
        }

        var indexes = new int[layout.Columns.Count];
        var missing = new List<string>();
        foreach (var column in layout.Columns)
        {
            indexes[column.Ordinal] = byName.TryGetValue(column.Name, out var index) ? index : -1;
            if (index < 0 && column.Required)
            {
                missing.Add(column.Name);
            }
        }

        return (indexes, header.ColCount, missing);
    }

    private static (ReadResult Result, bool Skipped) ReadLine(
        SepReader.Row row, int[] fileIndexes, int headerCount, NamedColumnSet layout, ReadOptions options, NamedColumnsLineParser parse)
    {
        long lineNumber = row.LineNumberFrom;
        if (row.Span.Length == 0)
        {
            return (default, true);
        }

        if (row.ColCount != headerCount)
        {
            return (ReadResult.Rejected(lineNumber, [new Reject(RejectCode.WrongFieldCount, "line", $"{row.ColCount} fields, header has {headerCount}")], row.Span.ToString()), false);
        }

        if (!layout.LenientQuotes && row.Span.Contains('"'))
        {
            for (var i = 0; i < row.ColCount; i++)
            {
                if (!NamedColumnsLine.IsWellQuoted(row[i].Span))
                {
                    return (ReadResult.Rejected(lineNumber, [new Reject(RejectCode.MalformedCsv, $"column {i + 1}", "stray or unbalanced quote")], row.Span.ToString()), false);
                }
            }
        }

        var outcome = parse(new NamedColumnsLine(row, fileIndexes, lineNumber), options);
        if (outcome.IsSkipped)
        {
            return (default, true);
        }

        if (outcome.Event is not { } e || outcome.Rejects is { Count: > 0 })
        {
            return (ReadResult.Rejected(lineNumber, outcome.Rejects ?? [], row.Span.ToString()), false);
        }

        var rejects = EventValidator.Validate(e, options.Validation);
        return rejects.Count > 0
            ? (ReadResult.Rejected(lineNumber, rejects, row.Span.ToString()), false)
            : (ReadResult.Accepted(lineNumber, e), false);
    }
}
