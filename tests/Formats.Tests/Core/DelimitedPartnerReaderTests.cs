using System.Text;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;
using SignauxFaibles.Formats.Tests.Support;

namespace SignauxFaibles.Formats.Tests.Core;

/// <summary>The reading core's dialect options, through a reader that records what it was given.</summary>
public class DelimitedPartnerReaderTests
{
    private static readonly DelimitedDialect Strict = DelimitedDialect.GoCsv(',');
    private static readonly DelimitedDialect Lenient = DelimitedDialect.GoCsv(',', QuoteMode.Lenient);

    private static (RecordingReader Reader, List<ReadResult> Results, FileReport Report) Read(DelimitedDialect dialect, string text)
    {
        var reader = new RecordingReader(dialect);
        var (results, report) = ReadAll.Text(reader, text);
        return (reader, results, report);
    }

    private static void AssertSingle(RecordingReader reader, long line, string[] fields)
    {
        var record = Assert.Single(reader.Records);
        Assert.Equal(line, record.Line);
        Assert.Equal(fields, record.Fields);
    }

    [Fact]
    public void Read_StrictQuotes_BareQuoteIsMalformedAndTheNextLineStillRead()
    {
        var (reader, results, _) = Read(Strict, "a,b\nx\"y,z\n\"p\",q\n");

        var reject = Assert.Single(results);
        Assert.Equal((2L, RejectCode.MalformedCsv, "x\"y,z"), (reject.LineNumber, Assert.Single(reject.Rejects).Code, reject.RawLine));
        Assert.Equal(["p", "q"], Assert.Single(reader.Records).Fields);
    }

    [Theory]
    [InlineData("x\"y,\"c\"d\"", "x\"y", "c\"d")]
    [InlineData("\"say \"\"hi\"\"\",\"\"", "say \"hi\"", "")]
    public void Read_LenientQuotes_QuotesNotAtAFieldsEdgesAreText(string line, string first, string second)
    {
        var (reader, results, _) = Read(Lenient, "a,b\n" + line + "\n");

        Assert.Empty(results);
        Assert.Equal([first, second], Assert.Single(reader.Records).Fields);
    }

    [Fact]
    public void Read_StrictQuotes_TextAfterClosingQuoteIsMalformed()
    {
        var (_, results, _) = Read(Strict, "a,b\n\"c\"d,e\n");

        Assert.Equal(RejectCode.MalformedCsv, Assert.Single(Assert.Single(results).Rejects).Code);
    }

    [Fact]
    public void Read_OneRecordPerLine_QuotedFieldAcrossLinesIsMalformedOnBothLines()
    {
        var (reader, results, _) = Read(DelimitedDialect.Default, "a;b\nx;\"1\n2\";y\np;q\n");

        Assert.Equal([2L, 3L], results.Select(r => r.LineNumber));
        Assert.All(results, r => Assert.Equal(RejectCode.MalformedCsv, Assert.Single(r.Rejects).Code));
        AssertSingle(reader, 4, ["p", "q"]);
    }

    [Fact]
    public void Read_LineBreaksAllowed_RecordSpansLinesWithItsFirstLineNumber()
    {
        var dialect = Strict with { MaxLineBreaksInQuotes = 2 };

        var (reader, results, report) = Read(dialect, "a,b\n\"1\n\n2\",c\nd,e\n");

        Assert.Empty(results);
        Assert.Equal([2L, 5L], reader.Records.Select(r => r.Line));
        Assert.Equal([["1\n\n2", "c"], ["d", "e"]], reader.Records.Select(r => r.Fields));
        Assert.Equal(2, report.LinesSkipped);
    }

    [Fact]
    public void Read_MoreLineBreaksThanAllowed_RejectsThoseLinesAndResumesAfterThem()
    {
        var dialect = Strict with { MaxLineBreaksInQuotes = 2 };

        var (reader, results, _) = Read(dialect, "a,b\n\"1\n2\n3\n4,c\n");

        var reject = Assert.Single(results);
        Assert.Equal((2L, "\"1\n2\n3"), (reject.LineNumber, reject.RawLine));
        Assert.Equal(RejectCode.MalformedCsv, Assert.Single(reject.Rejects).Code);
        AssertSingle(reader, 5, ["4", "c"]);
    }

    [Fact]
    public void Read_QuoteStillOpenAtEndOfFile_RejectsTheRecordSoFar()
    {
        var (reader, results, report) = Read(Strict, "a,b\nx,y\n\"open,\nmore");

        var reject = Assert.Single(results);
        Assert.Equal((3L, "\"open,\nmore"), (reject.LineNumber, reject.RawLine));
        Assert.Equal(RejectCode.MalformedCsv, Assert.Single(reject.Rejects).Code);
        Assert.Single(reader.Records);
        Assert.Equal(2, report.LinesRead);
    }

    [Fact]
    public void Read_TrimmedDialect_TrimsFieldsAndSkipsLinesOfBlanks()
    {
        var (reader, results, report) = Read(DelimitedDialect.Default, " a ; b \n  \n x ;\" y \"\n");

        Assert.Empty(results);
        Assert.Equal(["x", "y"], Assert.Single(reader.Records).Fields);
        Assert.Equal(2, report.LinesSkipped);
    }

    [Fact]
    public void Read_VerbatimDialect_KeepsBlanksAndALineOfBlanksIsARecord()
    {
        var (reader, results, _) = Read(Strict, "a,b\n x ,\" y \"\n  \n");

        Assert.Equal([" x ", " y "], Assert.Single(reader.Records).Fields);
        Assert.Equal(RejectCode.WrongFieldCount, Assert.Single(Assert.Single(results).Rejects).Code);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Read_BlankLinesBeforeTheHeader_AreSkipped(bool trimmed)
    {
        var (reader, _, report) = Read(trimmed ? DelimitedDialect.Default with { Separator = ',' } : Strict, "\n\na,b\nx,y\n");

        Assert.Null(report.Fatal);
        AssertSingle(reader, 4, ["x", "y"]);
    }

    [Fact]
    public void Read_ParserGivesNoEventAndNoReject_LineIsCountedSkipped()
    {
        var (reader, results, report) = Read(Strict, "a,b\nx,y\n\nz,w\n");

        Assert.Empty(results);
        Assert.Equal(2, reader.Records.Count);
        Assert.Equal((3L, 3L, 0L), (report.LinesRead, report.LinesSkipped, report.LinesRejected));
    }

    [Fact]
    public void Read_WithAnEncoding_DecodesTheFileWithIt()
    {
        var reader = new RecordingReader(Strict);
        using var stream = new MemoryStream(Encoding.Latin1.GetBytes("a,b\nAndré,Noël\n"));
        var options = new ReadOptions { DeliveredOn = ReadAll.DeliveredOn, Encoding = Encoding.Latin1 };

        _ = reader.Read(stream, options, new FileReport("recording", "latin1.csv")).ToList();

        Assert.Equal(["André", "Noël"], Assert.Single(reader.Records).Fields);
    }

    [Fact]
    public void Read_CancelledWhileReading_StopsAtTheNextLine()
    {
        using var cts = new CancellationTokenSource();
        var reader = new RecordingReader(DelimitedDialect.Default, cts.Cancel);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("a;b\n" + string.Concat(Enumerable.Repeat("x;y\n", 100))));
        var options = new ReadOptions { DeliveredOn = ReadAll.DeliveredOn };

        Assert.Throws<OperationCanceledException>(() => reader.Read(stream, options, new FileReport("recording", "x"), cts.Token).ToList());
        Assert.Single(reader.Records);
    }
}
