using System.Text;
using nietras.SeparatedValues;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Validation;

namespace SignauxFaibles.Formats.Core;

/// <summary>
/// Shared machinery of the delimited (CSV-like) partner readers: streams the file with Sep, binds the
/// header by column names, turns every data line into an accepted event or a typed reject, and validates
/// every event with <see cref="EventValidator"/> before accepting it. A format only says which columns it
/// needs and how one line becomes an event, by returning an <see cref="IRecordParser"/> from <see cref="Bind"/>.
/// </summary>
/// <remarks>
/// Sep reads with quote parsing disabled, so one physical line is always one record: a stray quote (a
/// common corruption) cannot swallow the rest of the file. Lines that do hold a quote are re-split by
/// <see cref="QuotedLineSplitter"/>, which accepts RFC 4180 quoting within the line and rejects the rest as
/// <see cref="RejectCode.MalformedCsv"/>. Memory is constant: nothing is kept per line except the bounded
/// reject samples of the report.
/// </remarks>
public abstract class DelimitedPartnerReader : IPartnerFileReader
{
    private const int CancellationCheckMask = 0x3FF;

    protected DelimitedPartnerReader(char separator = ';') => Separator = separator;

    public abstract string Format { get; }

    public char Separator { get; }

    /// <summary>
    /// Finds the format's columns in the header and returns the parser of this file's lines (it holds the
    /// column indices and per-file caches, so a reader instance can read several files at once). Returns
    /// null when the file cannot be read: required columns missing (asked with
    /// <see cref="HeaderColumns.Require"/>, which lists them) or <paramref name="fatal"/> set.
    /// </summary>
    protected abstract IRecordParser? Bind(HeaderColumns header, ReadOptions options, out string? fatal);

    public IEnumerable<ReadResult> Read(Stream input, ReadOptions options, FileReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(report);
        return ReadLines(input, options, report, cancellationToken);
    }

    private IEnumerable<ReadResult> ReadLines(Stream input, ReadOptions options, FileReport report, CancellationToken cancellationToken)
    {
        using var sep = Open(input, options);
        long line = 0;
        HeaderColumns? header = null;
        string? headerError = null;
        while (header is null && headerError is null && sep.MoveNext())
        {
            line++;
            header = ReadHeader(sep, out headerError);
        }

        if (header is null)
        {
            report.SetFatal(headerError ?? "empty file: no header line");
            yield break;
        }

        var parser = Bind(header, options, out var fatal);
        if (parser is null || header.Missing.Count > 0)
        {
            report.SetFatal(header.Missing.Count > 0
                ? $"{Reject.ToSnakeCase(RejectCode.MissingColumn)}: required column(s) {string.Join(", ", header.Missing)} not in header"
                : fatal ?? "unreadable header");
            yield break;
        }

        var rejects = new List<Reject>(4);
        while (sep.MoveNext())
        {
            line++;
            if ((line & CancellationCheckMask) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (!ProcessLine(sep, line, header.Count, parser, options, rejects, out var result))
            {
                report.CountSkipped();
                continue;
            }

            yield return report.Count(result);
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    private SepReader Open(Stream input, ReadOptions options)
    {
        var sepOptions = Sep.New(Separator).Reader(o => o with
        {
            HasHeader = false,
            DisableColCountCheck = true,
            DisableQuotesParsing = true,
        });
        return options.Encoding is null
            ? sepOptions.From(input, leaveOpen: true)
            : sepOptions.From(new StreamReader(input, options.Encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true));
    }

    private HeaderColumns? ReadHeader(SepReader sep, out string? error)
    {
        error = null;
        var row = sep.Current;
        var span = row.Span;
        if (span.IsWhiteSpace())
        {
            return null;
        }

        string[] names;
        if (span.Contains('"'))
        {
            if (!QuotedLineSplitter.TrySplit(span, Separator, out names, out var splitError))
            {
                error = $"{Reject.ToSnakeCase(RejectCode.MalformedCsv)}: header {splitError}";
                return null;
            }
        }
        else
        {
            names = new string[row.ColCount];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = row[i].Span.ToString();
            }
        }

        for (var i = 0; i < names.Length; i++)
        {
            names[i] = names[i].Trim().TrimStart('\uFEFF');
        }

        return new HeaderColumns(names);
    }

    /// <summary>Returns false for a blank line (skipped), true with the line's result otherwise.</summary>
    private bool ProcessLine(SepReader sep, long line, int expectedFields, IRecordParser parser, ReadOptions options, List<Reject> rejects, out ReadResult result)
    {
        var row = sep.Current;
        var span = row.Span;
        if (span.IsWhiteSpace())
        {
            result = default;
            return false;
        }

        CsvRecord record;
        if (span.Contains('"'))
        {
            if (!QuotedLineSplitter.TrySplit(span, Separator, out var fields, out var error))
            {
                result = ReadResult.Rejected(line, [new Reject(RejectCode.MalformedCsv, "line", error)], span.ToString());
                return true;
            }

            record = new CsvRecord(fields, line);
        }
        else
        {
            record = new CsvRecord(row, line);
        }

        if (record.Count != expectedFields)
        {
            result = ReadResult.Rejected(line, [new Reject(RejectCode.WrongFieldCount, "line", $"{record.Count} fields where the header has {expectedFields}")], span.ToString());
            return true;
        }

        rejects.Clear();
        var e = parser.Parse(record, rejects);
        if (e is null || rejects.Count > 0)
        {
            IReadOnlyList<Reject> reasons = rejects.Count > 0 ? [.. rejects] : [new Reject(RejectCode.MissingField, "line", "no event could be read from the line")];
            result = ReadResult.Rejected(line, reasons, span.ToString());
            return true;
        }

        var invalid = EventValidator.Validate(e, options.Validation);
        result = invalid.Count > 0 ? ReadResult.Rejected(line, invalid, span.ToString()) : ReadResult.Accepted(line, e);
        return true;
    }
}
