using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;
using SignauxFaibles.Formats.Suppliers;
using SignauxFaibles.Formats.Tests.Support;

namespace SignauxFaibles.Formats.Tests.Suppliers;

/// <summary>Conformance-style tests of the supplier payment format: good rows, and every reject reason of docs/formats/paiements-fournisseurs.md.</summary>
public partial class PaiementsFournisseursReaderTests
{
    private static readonly string Header = string.Join(';', PaiementsFournisseursReader.ColumnNames);

    private static readonly Dictionary<string, string> Good = new()
    {
        ["siren"] = "542107651", ["mois"] = "2024-03", ["nombre_factures"] = "42", ["montant_factures"] = "186500",
        ["retard_moyen_jours"] = "12.5", ["fpi30"] = "0.081", ["fpi90"] = "0.004", ["montant_retard30"] = "15107",
        ["montant_retard90"] = "746",
    };

    /// <summary>The good line with some cells replaced.</summary>
    private static string Line(params (string Column, string Value)[] cells)
    {
        var values = new Dictionary<string, string>(Good);
        foreach (var (column, value) in cells)
        {
            values[column] = value;
        }

        return string.Join(';', PaiementsFournisseursReader.ColumnNames.Select(c => values[c]));
    }

    private static (List<ReadResult> Results, FileReport Report) Read(string text)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return SharedCorpus.Read(new PaiementsFournisseursReader(), stream, "paiements_fournisseurs.csv", ValidationOptions.Strict);
    }

    [Fact]
    public void Layout_HasOneColumnPerEventField()
    {
        var fields = typeof(PaiementsFournisseurs).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name is not (nameof(FirmEvent.DeliveredOn) or nameof(FirmEvent.DeliverySequence) or "EqualityContract"))
            .Select(p => SnakeCase(p.Name))
            .Order(StringComparer.Ordinal);

        Assert.Equal(fields, PaiementsFournisseursReader.ColumnNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Documentation_TableListsTheColumnsInWriterOrder()
    {
        var layout = Documentation().Split("## Decisions per line")[0];
        var documented = DocumentedColumn().Matches(layout).Select(m => m.Groups[1].Value);

        Assert.Equal(PaiementsFournisseursReader.ColumnNames, documented);
    }

    [Fact]
    public void Documentation_ExampleReadsAsDocumented()
    {
        var (results, report) = Read(ExampleBlock().Match(Documentation()).Groups[1].Value);

        Assert.Equal(2, report.LinesAccepted);
        var march = Assert.IsType<PaiementsFournisseurs>(results[0].Event);
        Assert.Equal(Month.Of(2024, 3), march.Mois);
        Assert.Equal(42, march.NombreFactures);
        Assert.Equal(186_500m, march.MontantFactures);
        Assert.Equal(12.5m, march.RetardMoyenJours);
        Assert.Equal(0.081m, march.Fpi30);
        Assert.Equal(0.004m, march.Fpi90);
        Assert.Equal(15_107m, march.MontantRetard30);
        Assert.Equal(746m, march.MontantRetard90);
        Assert.Equal(SharedCorpus.DeliveredOn, march.DeliveredOn);
        Assert.Equal(0, Assert.IsType<PaiementsFournisseurs>(results[1].Event).NombreFactures);
    }

    [Fact]
    public void Read_ColumnsInAnotherOrderWithAnExtraOne_ReadsTheSame()
    {
        var columns = PaiementsFournisseursReader.ColumnNames.Reverse().Append("commentaire").ToList();
        var line = string.Join(';', columns.Select(c => Good.GetValueOrDefault(c, "x")));

        var (results, _) = Read(string.Join(';', columns).ToUpperInvariant() + "\r\n" + line + "\r\n");

        Assert.Equal(12.5m, Assert.IsType<PaiementsFournisseurs>(Assert.Single(results).Event).RetardMoyenJours);
    }

    [Fact]
    public void Read_EarlyPaymentAndFullShares_AreAccepted()
    {
        var (results, _) = Read(Header + "\n" + Line(("retard_moyen_jours", "-4.5"), ("fpi30", "1"), ("fpi90", "1"), ("montant_retard30", "186500"), ("montant_retard90", "186500")) + "\n");

        Assert.Equal(-4.5m, Assert.IsType<PaiementsFournisseurs>(Assert.Single(results).Event).RetardMoyenJours);
    }

    [Theory]
    [InlineData("siren", "", RejectCode.MissingField, "siren")]
    [InlineData("mois", "", RejectCode.MissingField, "mois")]
    [InlineData("fpi30", "", RejectCode.MissingField, "fpi30")]
    [InlineData("nombre_factures", "", RejectCode.MissingField, "nombre_factures")]
    [InlineData("mois", "2024-13", RejectCode.InvalidPeriod, "mois")]
    [InlineData("mois", "03/2024", RejectCode.InvalidPeriod, "mois")]
    [InlineData("mois", "2024-03-15", RejectCode.InvalidPeriod, "mois")]
    [InlineData("mois", "1850-01", RejectCode.InvalidPeriod, "mois")]
    [InlineData("montant_factures", "186 500", RejectCode.InvalidNumber, "montant_factures")]
    [InlineData("retard_moyen_jours", "12,5", RejectCode.InvalidNumber, "retard_moyen_jours")]
    [InlineData("nombre_factures", "4.2", RejectCode.InvalidNumber, "nombre_factures")]
    [InlineData("fpi90", "n/a", RejectCode.InvalidNumber, "fpi90")]
    [InlineData("siren", "54210765", RejectCode.InvalidSirenFormat, "siren")]
    [InlineData("siren", "542107652", RejectCode.InvalidSirenChecksum, "siren")]
    [InlineData("montant_factures", "-1", RejectCode.AmountOutOfRange, "montantFactures")]
    [InlineData("montant_factures", "200000000000", RejectCode.AmountOutOfRange, "montantFactures")]
    [InlineData("nombre_factures", "-3", RejectCode.InvalidRange, "nombreFactures")]
    [InlineData("retard_moyen_jours", "3650.5", RejectCode.InvalidRange, "retardMoyenJours")]
    [InlineData("fpi30", "1.2", RejectCode.InvalidRange, "fpi30")]
    [InlineData("fpi90", "0.09", RejectCode.InvalidRange, "fpi90")]
    [InlineData("montant_retard90", "20000", RejectCode.InvalidRange, "montantRetard90")]
    [InlineData("montant_retard30", "200000", RejectCode.InvalidRange, "montantRetard30")]
    public void Read_BadCell_IsRejectedWithItsReasonAndField(string column, string value, RejectCode code, string field)
    {
        var line = Line((column, value));

        var r = Assert.Single(Read(Header + "\n" + line + "\n").Results);

        Assert.Null(r.Event);
        Assert.Contains(r.Rejects, x => x.Code == code && x.Field == field);
        Assert.Equal(line, r.RawLine);
    }

    [Fact]
    public void Read_LineWithAFieldLess_IsRejectedWrongFieldCount()
    {
        var r = Assert.Single(Read(Header + "\n" + Line()[..Line().LastIndexOf(';')] + "\n").Results);

        Assert.Equal(RejectCode.WrongFieldCount, Assert.Single(r.Rejects).Code);
    }

    [Fact]
    public void Read_BareQuote_IsRejectedMalformedCsv()
    {
        var r = Assert.Single(Read(Header + "\n" + Line(("retard_moyen_jours", "12\"5")) + "\n").Results);

        Assert.Equal(RejectCode.MalformedCsv, Assert.Single(r.Rejects).Code);
    }

    [Fact]
    public void Read_HeaderWithoutAColumn_IsFatal()
    {
        var header = Header.Replace(";fpi90", "", StringComparison.Ordinal);

        var (results, report) = Read(header + "\n542107651;2024-03\n");

        Assert.Empty(results);
        Assert.Contains("fpi90", report.Fatal, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_GoodAndBadLines_KeepsTheGoodOnesAndCountsTheOthers()
    {
        var text = Header + "\n" + Line() + "\n" + Line(("fpi30", "2")) + "\n\n" + Line(("mois", "2024-04")) + "\n";

        var (results, report) = Read(text);

        Assert.Equal(2, report.LinesAccepted);
        Assert.Equal(1, report.LinesRejected);
        Assert.Equal(1, report.ReasonCounts[RejectCode.InvalidRange]);
        Assert.Equal([Month.Of(2024, 3), Month.Of(2024, 4)], results.Where(r => r.Event is not null).Select(r => ((PaiementsFournisseurs)r.Event!).Mois));
    }

    private static string Documentation()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var doc = Path.Combine(dir.FullName, "docs", "formats", "paiements-fournisseurs.md");
            if (File.Exists(doc))
            {
                return File.ReadAllText(doc);
            }
        }

        throw new FileNotFoundException("docs/formats/paiements-fournisseurs.md not found above the test binaries");
    }

    private static string SnakeCase(string name) => PascalToSnake().Replace(name, "_$1").ToLowerInvariant();

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex PascalToSnake();

    [GeneratedRegex(@"^\| `([a-z0-9_]+)` \|", RegexOptions.Multiline)]
    private static partial Regex DocumentedColumn();

    [GeneratedRegex(@"```csv\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();
}
