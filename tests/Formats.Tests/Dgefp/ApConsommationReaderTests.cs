using System.Text;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;
using SignauxFaibles.Formats.Dgefp;
using SignauxFaibles.Formats.Tests.Support;
using static SignauxFaibles.Formats.Tests.Dgefp.DgefpText;

namespace SignauxFaibles.Formats.Tests.Dgefp;

public class ApConsommationReaderTests
{
    [Fact]
    public void Read_ValidLine_KeepsTheMonthOfMois()
    {
        var (results, _) = Read(new ApConsommationReader(), ApConsoHeader + "\n\"A1\",\"" + Siret + "\",311.54,214.0,3.0,\"2020-12-30\"\n");

        var e = Assert.IsType<ApConsommation>(Assert.Single(results).Event);
        Assert.Equal(Month.Of(2020, 12), e.Mois);
        Assert.Equal(311.54, e.HeuresConsommees);
        Assert.Equal(214m, e.Montant);
        Assert.Equal(3, e.Effectif);
    }

    [Fact]
    public void Read_StrayQuote_IsRejectedAsMalformedCsv()
    {
        var line = "\"A1\",\"" + Siret + "\",311\"54,214.0,3.0,\"2020-12-30\"";

        var r = Assert.Single(Read(new ApConsommationReader(), ApConsoHeader + "\n" + line + "\n").Results);

        Assert.Equal(RejectCode.MalformedCsv, Assert.Single(r.Rejects).Code);
        Assert.Equal(line, r.RawLine);
    }

    [Fact]
    public void Read_StrayQuote_DoesNotSwallowTheFollowingLines()
    {
        var good = "\"A2\",\"" + Siret + "\",1.0,1.0,1.0,\"2020-12-01\"";
        var text = ApConsoHeader + "\n\"A1\",\"" + Siret + "\",3\"1,2.0,3.0,\"2020-12-30\"\n" + good + "\n" + good + "\n";

        var (results, report) = Read(new ApConsommationReader(), text);

        Assert.Equal([false, true, true], results.Select(r => r.IsAccepted));
        Assert.Equal([2L, 3L, 4L], results.Select(r => r.LineNumber));
        Assert.Equal(1, report.ReasonCounts[RejectCode.MalformedCsv]);
    }

    [Fact]
    public void Read_QuotedFieldWithLineBreak_IsOneRecord()
    {
        var text = ApConsoHeader + "\n\"A\n1\",\"" + Siret + "\",1.0,1.0,1.0,\"2020-12-01\"\n\"A2\",\"" + Siret + "\",1.0,1.0,1.0,\"2020-12-01\"\n";

        var (results, _) = Read(new ApConsommationReader(), text);

        Assert.Equal(["A\n1", "A2"], results.Select(r => ((ApConsommation)r.Event!).IdDemande));
        Assert.Equal([2L, 4L], results.Select(r => r.LineNumber));
    }

    [Fact]
    public void Read_QuoteNeverClosed_IsRejectedWithoutLosingMoreThanTheLineLimit()
    {
        var good = "\"A2\",\"" + Siret + "\",1.0,1.0,1.0,\"2020-12-01\"";
        var text = ApConsoHeader + "\n\"A1\n" + string.Concat(Enumerable.Repeat("x\n", 200)) + good + "\n";

        var (results, _) = Read(new ApConsommationReader(), text);

        // Lines 2..102 (the record limit) form the rejected record; line 103 is read as a record again.
        Assert.Equal(RejectCode.MalformedCsv, results[0].Rejects.Single().Code);
        Assert.Equal(2, results[0].LineNumber);
        Assert.Equal(103, results[1].LineNumber);
        Assert.Equal(RejectCode.WrongFieldCount, results[1].Rejects.Single().Code);
        Assert.True(results[^1].IsAccepted);
    }

    [Fact]
    public void Read_EmptyRequestId_IsRejectedByTheValidator()
    {
        var r = Assert.Single(Read(new ApConsommationReader(), ApConsoHeader + "\n\"\",\"" + Siret + "\",1.0,1.0,1.0,\"2020-12-01\"\n").Results);

        Assert.Contains(r.Rejects, j => j.Code == RejectCode.MissingField && j.Field == "idDemande");
    }

    [Fact]
    public void Read_BlankLines_AreCountedAsSkipped()
    {
        var (results, report) = Read(new ApConsommationReader(), ApConsoHeader + "\n\n\"A1\",\"" + Siret + "\",1.0,1.0,1.0,\"2020-12-01\"\n\n");

        Assert.Single(results);
        Assert.Equal(2, report.LinesSkipped);
        Assert.Equal(3, report.LinesRead);
    }

    [Fact]
    public void Read_EndlessInput_StreamsLineByLine()
    {
        // Constant memory: results come out while the input is still being produced, so taking the first
        // thousand lines of an endless file terminates.
        using var endless = new EndlessApConsoStream();
        var report = new FileReport("apconso", "endless");

        var first = new ApConsommationReader().Read(endless, SharedCorpus.Options(ValidationOptions.Strict), report).Take(1000).ToList();

        Assert.Equal(1000, first.Count);
        Assert.All(first, r => Assert.True(r.IsAccepted));
        Assert.True(endless.BytesServed < 1_000_000, $"{endless.BytesServed} bytes read for 1000 lines");
    }

    [Fact]
    public void Read_CancelledToken_StopsReading()
    {
        using var endless = new EndlessApConsoStream();
        using var cts = new CancellationTokenSource();
        var report = new FileReport("apconso", "endless");
        var count = 0;

        Assert.Throws<OperationCanceledException>(() =>
        {
            foreach (var unused in new ApConsommationReader().Read(endless, SharedCorpus.Options(ValidationOptions.Strict), report, cts.Token))
            {
                if (++count == 10)
                {
                    cts.Cancel();
                }
            }
        });
        Assert.Equal(10, count);
    }

    /// <summary>A header then the same valid line forever.</summary>
    private sealed class EndlessApConsoStream : Stream
    {
        private static readonly byte[] HeaderBytes = Encoding.UTF8.GetBytes(ApConsoHeader + "\n");
        private static readonly byte[] LineBytes = Encoding.UTF8.GetBytes("\"A1\",\"" + Siret + "\",10.5,100.0,2.0,\"2021-01-01\"\n");
        private long position;

        public long BytesServed => position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            for (var i = 0; i < count; i++)
            {
                buffer[offset + i] = position < HeaderBytes.Length
                    ? HeaderBytes[position]
                    : LineBytes[(position - HeaderBytes.Length) % LineBytes.Length];
                position++;
            }

            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
