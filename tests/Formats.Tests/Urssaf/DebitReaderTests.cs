using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;
using SignauxFaibles.Formats.Tests.Support;
using SignauxFaibles.Formats.Urssaf;

namespace SignauxFaibles.Formats.Tests.Urssaf;

public class DebitReaderTests
{
    private const string Header = "Urssaf_gestion;Dep;num_cpte;Siren;Siret;Dt_immat;Etat_cpte;Cd_pro_col;Periode;Num_Ecn;Num_Hist_Ecn;Dt_trt_ecn;Mt_PO;Mt_PP;Cd_op_ecn;Motif_ecn;Recours_en_cours";
    private const string Line = "939;27;111982477292496174;732829320;73282932000074;20150708;5;0;201712;659;9;1160318;195907;864497;3;74;1";

    [Fact]
    public void Read_ValidLine_GivesDebitInEuros()
    {
        var (results, report) = ReadAll.Text(new DebitReader(), Header + "\n" + Line + "\n", ValidationOptions.Strict);

        var d = Assert.IsType<Debit>(Assert.Single(results).Event);
        Assert.Equal("73282932000074", d.Siret);
        Assert.Equal("732829320", d.Siren);
        Assert.Equal(1959.07m, d.PartOuvriere);
        Assert.Equal(8644.97m, d.PartPatronale);
        Assert.Equal(new DateOnly(2016, 3, 18), d.DateTraitement);
        Assert.Equal(Month.Of(2017, 2), d.PeriodeDebut);
        Assert.Equal(Month.Of(2017, 3), d.PeriodeFin);
        Assert.True(d.RecoursEnCours);
        Assert.Equal(ReadAll.DeliveredOn, d.DeliveredOn);
        Assert.Equal(2, results[0].LineNumber);
        Assert.Equal(1, report.LinesAccepted);
    }

    [Fact]
    public void Read_HeaderInOtherCaseAndOrder_FindsColumnsByName()
    {
        var names = Header.Split(';');
        var values = Line.Split(';');
        var order = Enumerable.Range(0, names.Length).Reverse().ToArray();
        var text = string.Join(';', order.Select(i => names[i].ToUpperInvariant())) + "\n" + string.Join(';', order.Select(i => values[i])) + "\n";

        var (results, _) = ReadAll.Text(new DebitReader(), text, ValidationOptions.Strict);

        Assert.Equal(1959.07m, Assert.IsType<Debit>(Assert.Single(results).Event).PartOuvriere);
    }

    [Fact]
    public void Read_MissingRequiredColumn_IsFatalWithoutException()
    {
        var text = Header.Replace(";Mt_PP", "", StringComparison.Ordinal) + "\n" + Line + "\n";

        var (results, report) = ReadAll.Text(new DebitReader(), text);

        Assert.Empty(results);
        Assert.NotNull(report.Fatal);
        Assert.Contains("Mt_PP", report.Fatal, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyFile_IsFatal()
    {
        var (results, report) = ReadAll.Text(new DebitReader(), "");

        Assert.Empty(results);
        Assert.NotNull(report.Fatal);
    }

    [Theory]
    [InlineData("Periode", "201654", RejectCode.InvalidPeriod)]
    [InlineData("Periode", "", RejectCode.MissingField)]
    [InlineData("Dt_trt_ecn", "1161318", RejectCode.InvalidDate)]
    [InlineData("Mt_PO", "12a", RejectCode.InvalidNumber)]
    [InlineData("Mt_PO", "", RejectCode.MissingField)]
    [InlineData("Num_Hist_Ecn", "x", RejectCode.InvalidNumber)]
    [InlineData("Recours_en_cours", "peut-être", RejectCode.InvalidBoolean)]
    [InlineData("Siret", "7328293200007", RejectCode.InvalidSiretFormat)]
    [InlineData("Siret", "73282932000075", RejectCode.InvalidSiretChecksum)]
    public void Read_BadField_IsRejectedWithTypedReasonAndRawLine(string column, string value, RejectCode expected)
    {
        var names = Header.Split(';');
        var values = Line.Split(';');
        values[Array.IndexOf(names, column)] = value;
        var raw = string.Join(';', values);

        var (results, report) = ReadAll.Text(new DebitReader(), Header + "\n" + raw + "\n", ValidationOptions.Strict);

        var result = Assert.Single(results);
        Assert.False(result.IsAccepted);
        Assert.Contains(result.Rejects, r => r.Code == expected);
        Assert.Equal(raw, result.RawLine);
        Assert.Equal(1, report.LinesRejected);
        Assert.Equal(1, report.ReasonCounts[expected]);
    }

    [Fact]
    public void Read_StructurallyBrokenLines_AreRejectedAndFollowingLinesStillRead()
    {
        var text = string.Join('\n', Header, Line, "1;2;3", "654\",", Line, "", Line) + "\n";

        var (results, report) = ReadAll.Text(new DebitReader(), text, ValidationOptions.Strict);

        Assert.Equal([true, false, false, true, true], results.Select(r => r.IsAccepted));
        Assert.Equal(RejectCode.WrongFieldCount, Assert.Single(results[1].Rejects).Code);
        Assert.Equal(RejectCode.MalformedCsv, Assert.Single(results[2].Rejects).Code);
        Assert.Equal([2L, 3, 4, 5, 7], results.Select(r => r.LineNumber));
        Assert.Equal(1, report.LinesSkipped);
        Assert.Equal(6, report.LinesRead);
    }

    [Fact]
    public void Read_QuotedFieldHoldingSeparator_IsOneField()
    {
        var values = Line.Split(';');
        values[15] = "\"7;4\"";
        var (results, _) = ReadAll.Text(new DebitReader(), Header + "\n" + string.Join(';', values) + "\n", ValidationOptions.Strict);

        Assert.Equal("7;4", Assert.IsType<Debit>(Assert.Single(results).Event).CodeMotifEcartNegatif);
    }

    [Fact]
    public void Read_CrLfLineEndingsAndByteOrderMark_AreHandled()
    {
        var text = "\uFEFF" + Header + "\r\n" + Line + "\r\n";

        var (results, _) = ReadAll.Text(new DebitReader(), text, ValidationOptions.Strict);

        Assert.True(Assert.Single(results).IsAccepted);
    }

    [Fact]
    public void Read_Cancelled_Throws()
    {
        var text = Header + "\n" + string.Concat(Enumerable.Repeat(Line + "\n", 5000));
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        var report = new FileReport("debit", "x");

        Assert.ThrowsAny<OperationCanceledException>(() =>
            new DebitReader().Read(stream, new ReadOptions { DeliveredOn = ReadAll.DeliveredOn }, report, cts.Token).ToList());
    }

    [Fact]
    public void DebitIdentity_OperationAfterThe20th_CountsForNextMonth()
    {
        Assert.Equal(Month.Of(2005, 9), DebitIdentity.PeriodePriseEnCompte(new DateOnly(2005, 8, 21)));
        Assert.Equal(Month.Of(2005, 8), DebitIdentity.PeriodePriseEnCompte(new DateOnly(2005, 8, 20)));
        Assert.Equal(Month.Of(2006, 1), DebitIdentity.PeriodePriseEnCompte(new DateOnly(2005, 12, 31)));
    }
}
