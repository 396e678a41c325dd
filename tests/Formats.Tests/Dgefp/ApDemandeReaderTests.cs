using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Dgefp;
using SignauxFaibles.Formats.Tests.Support;
using static SignauxFaibles.Formats.Tests.Dgefp.DgefpText;

namespace SignauxFaibles.Formats.Tests.Dgefp;

public class ApDemandeReaderTests
{
    private static string Line(string dateStatut = "\"2020-03-20\"", string dateDebut = "\"2020-03-16\"", string motif = "\"1\"", string mta = "1500.5", string eff = "12.0", string id = "\"A1\"") =>
        $"{id},\"{Siret}\",40.0,{eff},{dateStatut},{dateDebut},\"2020-06-30\",1200.0,{mta},10.0,{motif},\"1\",300.5,8.0,400.25,\"2\"";

    [Fact]
    public void Read_ValidLine_YieldsTheRequestStampedWithTheDeliveryDate()
    {
        var (results, report) = Read(new ApDemandeReader(), ApDemandeHeader + "\n" + Line() + "\n");

        var e = Assert.IsType<ApDemande>(Assert.Single(results).Event);
        Assert.Equal(1, report.LinesAccepted);
        Assert.Equal(SharedCorpus.DeliveredOn, e.DeliveredOn);
        Assert.Equal("542107651", e.Siren);
        Assert.Equal(new DateOnly(2020, 3, 16), e.PeriodeDebut);
        Assert.Equal(12, e.Effectif);
        Assert.Equal(1500.5m, e.MontantAutorise);
        Assert.Equal(300.5, e.HeuresConsommees);
        Assert.Equal("2", e.RecoursAnterieur);
    }

    [Fact]
    public void Read_HeaderInAnotherOrderAndCase_ReadsColumnsByName()
    {
        var header = ApDemandeHeader.Split(',');
        var fields = Line().Split(',');
        var order = Enumerable.Range(0, header.Length).Reverse().ToArray();
        var text = string.Join(',', order.Select(i => header[i].ToLowerInvariant())) + "\n" + string.Join(',', order.Select(i => fields[i])) + "\n";

        var e = Assert.IsType<ApDemande>(Assert.Single(Read(new ApDemandeReader(), text).Results).Event);
        Assert.Equal("A1", e.IdDemande);
        Assert.Equal(new DateOnly(2020, 6, 30), e.PeriodeFin);
    }

    [Fact]
    public void Read_MissingRequiredColumn_IsFatalAndYieldsNothing()
    {
        var header = ApDemandeHeader.Replace(",\"HTA\"", "", StringComparison.Ordinal);

        var (results, report) = Read(new ApDemandeReader(), header + "\n" + Line() + "\n");

        Assert.Empty(results);
        Assert.Contains("HTA", report.Fatal, StringComparison.Ordinal);
        Assert.Contains("missing_column", report.Fatal, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyFile_IsFatal()
    {
        var (results, report) = Read(new ApDemandeReader(), "");

        Assert.Empty(results);
        Assert.NotNull(report.Fatal);
    }

    [Fact]
    public void Read_UnquotedDateAndIntegerHeadcount_AreAccepted()
    {
        var (results, _) = Read(new ApDemandeReader(), ApDemandeHeader + "\n" + Line(dateDebut: "2020-03-16", eff: "12") + "\n");

        var e = Assert.IsType<ApDemande>(Assert.Single(results).Event);
        Assert.Equal(new DateOnly(2020, 3, 16), e.PeriodeDebut);
        Assert.Equal(12, e.Effectif);
    }

    [Fact]
    public void Read_QuotedCommaDecimalAmount_IsReadWithCommaAsDecimalMark()
    {
        var (results, _) = Read(new ApDemandeReader(), ApDemandeHeader + "\n" + Line(mta: "\"1500,5\"") + "\n");

        Assert.Equal(1500.5m, Assert.IsType<ApDemande>(Assert.Single(results).Event).MontantAutorise);
    }

    [Fact]
    public void Read_BareQuoteInsideAField_IsKeptLikeTheOriginalLazyQuotes()
    {
        var (results, _) = Read(new ApDemandeReader(), ApDemandeHeader + "\n" + Line(id: "A\"1") + "\n");

        Assert.Equal("A\"1", Assert.IsType<ApDemande>(Assert.Single(results).Event).IdDemande);
    }

    [Fact]
    public void Read_EmptyStatusDate_IsAcceptedWithoutDate()
    {
        var (results, _) = Read(new ApDemandeReader(), ApDemandeHeader + "\n" + Line(dateStatut: "\"\"") + "\n");

        Assert.Null(Assert.IsType<ApDemande>(Assert.Single(results).Event).DateStatut);
    }

    [Theory]
    [InlineData("\"2020-13-01\"", "DATE_DEB", RejectCode.InvalidDate)]
    [InlineData("\"\"", "DATE_DEB", RejectCode.MissingField)]
    public void Read_BadStartDate_IsRejectedWithTheRawLine(string dateDebut, string field, RejectCode code)
    {
        var line = Line(dateDebut: dateDebut);

        var (results, report) = Read(new ApDemandeReader(), ApDemandeHeader + "\r\n" + line + "\r\n");

        var r = Assert.Single(results);
        Assert.False(r.IsAccepted);
        Assert.Equal(line, r.RawLine);
        Assert.Equal(2, r.LineNumber);
        Assert.Contains(r.Rejects, j => j.Code == code && j.Field == field);
        Assert.Equal(1, report.LinesRejected);
    }

    [Fact]
    public void Read_UnreadableHeadcount_IsRejectedInvalidNumber()
    {
        var (results, _) = Read(new ApDemandeReader(), ApDemandeHeader + "\n" + Line(eff: "douze") + "\n");

        Assert.Contains(Assert.Single(results).Rejects, j => j.Code == RejectCode.InvalidNumber && j.Field == "EFF_ETAB");
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1,5")]
    public void Read_NonFiniteOrCommaAmount_IsRejectedInvalidNumberWhereCommaIsNotADecimalMark(string eff)
    {
        var (results, _) = Read(new ApDemandeReader(), ApDemandeHeader + "\n" + Line(eff: "\"" + eff + "\"") + "\n");

        Assert.Contains(Assert.Single(results).Rejects, j => j.Code == RejectCode.InvalidNumber && j.Field == "EFF_ETAB");
    }

    [Fact]
    public void Read_MotiveOutsideOneToFive_IsRejectedByTheValidator()
    {
        var (results, report) = Read(new ApDemandeReader(), ApDemandeHeader + "\n" + Line(motif: "\"9\"") + "\n");

        Assert.Contains(Assert.Single(results).Rejects, j => j.Code == RejectCode.UnknownCode && j.Field == "motifRecours");
        Assert.Equal(1, report.ReasonCounts[RejectCode.UnknownCode]);
    }

    [Fact]
    public void Read_LineWithMissingFields_IsRejectedWrongFieldCount()
    {
        var (results, _) = Read(new ApDemandeReader(), ApDemandeHeader + "\n\"A1\",\"" + Siret + "\"\n");

        Assert.Equal(RejectCode.WrongFieldCount, Assert.Single(Assert.Single(results).Rejects).Code);
    }

    [Fact]
    public void Read_EmptyRequestId_IsRejectedMissingField()
    {
        var (results, _) = Read(new ApDemandeReader(), ApDemandeHeader + "\n" + Line(id: "\"\"") + "\n");

        Assert.Contains(Assert.Single(results).Rejects, j => j.Code == RejectCode.MissingField && j.Field == "ID_DA");
    }
}
