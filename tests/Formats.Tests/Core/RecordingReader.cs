using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Tests.Core;

/// <summary>
/// A delimited reader of any header, in any dialect, whose parser keeps each record's line number and
/// fields and then filters the record out (no event, no reject): what the reading core made of a file,
/// seen directly.
/// </summary>
internal sealed class RecordingReader(DelimitedDialect dialect, Action? afterEachRecord = null) : DelimitedPartnerReader(dialect)
{
    public List<(long Line, string[] Fields)> Records { get; } = [];

    private Action? AfterEachRecord { get; } = afterEachRecord;

    public override string Format => "recording";

    protected override IRecordParser Bind(HeaderColumns header, ReadOptions options) => new Parser(this, header.Count);

    private sealed class Parser(RecordingReader reader, int count) : IRecordParser
    {
        public FirmEvent? Parse(in CsvRecord record, List<Reject> rejects)
        {
            var fields = new string[count];
            for (var i = 0; i < count; i++)
            {
                fields[i] = record.Text(i);
            }

            reader.Records.Add((record.LineNumber, fields));
            reader.AfterEachRecord?.Invoke();
            return null;
        }
    }
}
