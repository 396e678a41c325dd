using System.Text;
using nietras.SeparatedValues;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Validation;

namespace SignauxFaibles.Formats.Core;

/// <summary>
/// Shared machinery of the delimited (CSV-like) partner readers: streams the file with Sep, binds the
/// header by column names, turns every data record into an accepted event, a typed reject or a skip, and
/// validates every event with <see cref="EventValidator"/> before accepting it. A format says how its
/// file is spelled (<see cref="DelimitedDialect"/>), which columns it needs and how one record becomes an
/// event, by returning an <see cref="IRecordParser"/> from <see cref="Bind"/>.
/// </summary>
/// <remarks>
/// Sep reads with quote parsing disabled and only cuts physical lines, so a stray quote (a common
/// corruption) cannot swallow the rest of the file. Lines that hold a quote are split by
/// <see cref="QuotedLineSplitter"/> in the dialect's <see cref="QuoteMode"/>; a quoted field left open
/// continues on the next lines only as far as <see cref="DelimitedDialect.MaxLineBreaksInQuotes"/>
/// allows. Memory is constant: nothing is kept per line except the bounded reject samples of the report.
/// </remarks>
public abstract class DelimitedPartnerReader : IPartnerFileReader
{
    protected DelimitedPartnerReader()
        : this(DelimitedDialect.Default)
    {
    }

    protected DelimitedPartnerReader(DelimitedDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        Dialect = dialect;
    }

    public abstract string Format { get; }

    public DelimitedDialect Dialect { get; }

    private enum LineOutcome
    {
        Result,
        Skipped,
        Continued,
    }

    /// <summary>
    /// Finds the format's columns in the header and returns the parser of this file's records (it holds the
    /// column indices and per-file caches, so a reader instance can read several files at once). The file
    /// is unreadable when required columns are missing (asked with <see cref="HeaderColumns.Require"/>,
    /// which lists them), when <see cref="HeaderColumns.Fail"/> was called, or when this returns null.
    /// </summary>
    protected abstract IRecordParser? Bind(HeaderColumns header, ReadOptions options);

    public IEnumerable<ReadResult> Read(Stream input, ReadOptions options, FileReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(report);
        return ReadRecords(input, options, report, cancellationToken);
    }

    private IEnumerable<ReadResult> ReadRecords(Stream input, ReadOptions options, FileReport report, CancellationToken cancellationToken)
    {
        using var sep = Open(input, options);
        var state = new FileState();
        long line = 0;
        HeaderColumns? header = null;
        string? headerError = null;
        while (header is null && headerError is null && sep.MoveNext())
        {
            line++;
            header = ReadHeader(sep, state.Fields, out headerError);
        }

        if (header is null)
        {
            report.SetFatal(headerError ?? "empty file: no header line");
            yield break;
        }

        var parser = Bind(header, options);
        if (parser is null || header.Missing.Count > 0 || header.Problem is not null)
        {
            report.SetFatal(header.Missing.Count > 0
                ? $"{Reject.ToSnakeCase(RejectCode.MissingColumn)}: required column(s) {string.Join(", ", header.Missing)} not in header"
                : header.Problem ?? "unreadable header");
            yield break;
        }

        while (sep.MoveNext())
        {
            line++;
            cancellationToken.ThrowIfCancellationRequested();
            switch (ProcessLine(sep, line, header.Count, parser, options, state, out var result))
            {
                case LineOutcome.Result:
                    yield return report.Count(result);
                    break;
                case LineOutcome.Skipped:
                    report.CountSkipped();
                    break;
            }
        }

        if (state.PendingFrom > 0)
        {
            var raw = state.Pending.ToString();
            yield return report.Count(Malformed(state.PendingFrom, "quoted field not closed at end of file", raw));
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    private SepReader Open(Stream input, ReadOptions options)
    {
        var sepOptions = Sep.New(Dialect.Separator).Reader(o => o with
        {
            HasHeader = false,
            DisableColCountCheck = true,
            DisableQuotesParsing = true,
        });
        return options.Encoding is null
            ? sepOptions.From(input, leaveOpen: true)
            : sepOptions.From(new StreamReader(input, options.Encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true));
    }

    private bool IsBlank(ReadOnlySpan<char> line) => Dialect.TrimFields ? line.IsWhiteSpace() : line.IsEmpty;

    private HeaderColumns? ReadHeader(SepReader sep, SplitFields fields, out string? error)
    {
        error = null;
        var row = sep.Current;
        var span = row.Span;
        if (IsBlank(span))
        {
            return null;
        }

        string[] names;
        if (span.Contains('"'))
        {
            var outcome = QuotedLineSplitter.Split(span, Dialect.Separator, Dialect.Quotes, fields, out var column);
            if (outcome != SplitOutcome.Ok)
            {
                error = $"{Reject.ToSnakeCase(RejectCode.MalformedCsv)}: header {QuotedLineSplitter.Describe(outcome, column)}";
                return null;
            }

            names = fields.ToArray();
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
            names[i] = (Dialect.TrimFields ? names[i].Trim() : names[i]).TrimStart('\uFEFF');
        }

        return new HeaderColumns(names);
    }

    /// <summary>Reads one physical line: a record's result, a skipped (blank or filtered) line, or a record continuing on the next line.</summary>
    private LineOutcome ProcessLine(SepReader sep, long line, int expectedFields, IRecordParser parser, ReadOptions options, FileState state, out ReadResult result)
    {
        result = default;
        var row = sep.Current;
        var span = row.Span;
        var first = line;
        if (state.PendingFrom > 0)
        {
            first = state.PendingFrom;
            span = state.Pending.Append('\n').Append(span).ToString();
        }
        else if (IsBlank(span))
        {
            return LineOutcome.Skipped;
        }

        if (span.Length > options.Validation.MaxInputBytes)
        {
            result = ReadResult.Rejected(first, [OversizedInput.Line(span.Length, options.Validation)], span.ToString());
            return LineOutcome.Result;
        }

        CsvRecord record;
        if (first == line && !span.Contains('"'))
        {
            record = new CsvRecord(row, line, Dialect.TrimFields);
        }
        else
        {
            var outcome = QuotedLineSplitter.Split(span, Dialect.Separator, Dialect.Quotes, state.Fields, out var column);
            if (outcome == SplitOutcome.Unterminated && line - first < Dialect.MaxLineBreaksInQuotes && span.Length < DelimitedDialect.MaxRecordChars)
            {
                if (state.PendingFrom == 0)
                {
                    state.Pending.Clear().Append(span);
                    state.PendingFrom = line;
                }

                return LineOutcome.Continued;
            }

            state.PendingFrom = 0;
            if (outcome != SplitOutcome.Ok)
            {
                var detail = outcome == SplitOutcome.Unterminated && Dialect.MaxLineBreaksInQuotes > 0
                    ? $"column {column}: quoted field not closed within {Dialect.MaxLineBreaksInQuotes} line breaks or {DelimitedDialect.MaxRecordChars} characters"
                    : QuotedLineSplitter.Describe(outcome, column);
                result = Malformed(first, detail, span.ToString());
                return LineOutcome.Result;
            }

            record = new CsvRecord(state.Fields, first, Dialect.TrimFields);
        }

        if (record.Count != expectedFields)
        {
            result = ReadResult.Rejected(first, [new Reject(RejectCode.WrongFieldCount, "line", $"{record.Count} fields where the header has {expectedFields}")], span.ToString());
            return LineOutcome.Result;
        }

        var rejects = state.Rejects;
        rejects.Clear();
        var e = parser.Parse(record, rejects);
        if (rejects.Count > 0)
        {
            result = ReadResult.Rejected(first, [.. rejects], span.ToString());
            return LineOutcome.Result;
        }

        if (e is null)
        {
            return LineOutcome.Skipped;
        }

        if (options.DeliveredAt is not null)
        {
            e = e with { DeliverySequence = DeliveryOrder.Of(options.DeliveredAt, first) };
        }

        var invalid = EventValidator.Validate(e, options.Validation);
        result = invalid.Count > 0 ? ReadResult.Rejected(first, invalid, span.ToString()) : ReadResult.Accepted(first, e);
        return LineOutcome.Result;
    }

    private static ReadResult Malformed(long line, string detail, string raw) =>
        ReadResult.Rejected(line, [new Reject(RejectCode.MalformedCsv, "line", detail)], raw);

    /// <summary>What reading one file keeps from line to line; reused so that a line allocates nothing of its own.</summary>
    private sealed class FileState
    {
        public SplitFields Fields { get; } = new();

        public List<Reject> Rejects { get; } = new(4);

        /// <summary>The record whose quoted field continues on the next line, from line <see cref="PendingFrom"/> (0: none).</summary>
        public StringBuilder Pending { get; } = new();

        public long PendingFrom { get; set; }
    }
}
