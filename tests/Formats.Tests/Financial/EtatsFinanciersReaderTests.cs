using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;
using SignauxFaibles.Formats.Financial;
using SignauxFaibles.Formats.Tests.Support;

namespace SignauxFaibles.Formats.Tests.Financial;

public partial class EtatsFinanciersReaderTests
{
    private static readonly string Header = string.Join(';', EtatsFinanciersReader.ColumnNames);

    /// <summary>A line with the given cells by column name, the others empty.</summary>
    private static string Line(params (string Column, string Value)[] cells)
    {
        var values = cells.ToDictionary(c => c.Column, c => c.Value);
        return string.Join(';', EtatsFinanciersReader.ColumnNames.Select(c => values.GetValueOrDefault(c, "")));
    }

    private static (List<ReadResult> Results, FileReport Report) Read(string text)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return SharedCorpus.Read(new EtatsFinanciersReader(), stream, "fin.csv", ValidationOptions.Strict);
    }

    [Fact]
    public void Layout_HasOneColumnPerEventField()
    {
        var fields = typeof(EtatsFinanciers).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name is not (nameof(FirmEvent.DeliveredOn) or nameof(FirmEvent.DeliverySequence) or "EqualityContract"))
            .Select(p => SnakeCase(p.Name))
            .Order(StringComparer.Ordinal);

        Assert.Equal(fields, EtatsFinanciersReader.ColumnNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Documentation_TableListsTheColumnsInWriterOrder()
    {
        var documented = DocumentedColumn().Matches(Documentation()).Select(m => m.Groups[1].Value);

        Assert.Equal(EtatsFinanciersReader.ColumnNames, documented);
    }

    [Fact]
    public void Documentation_ExampleReadsAsDocumented()
    {
        var example = ExampleBlock().Match(Documentation()).Groups[1].Value;

        var (results, report) = Read(example);

        Assert.Equal(2, report.LinesAccepted);
        var full = (EtatsFinanciers)results[0].Event!;
        Assert.Equal(new DateOnly(2023, 12, 31), full.DateCloture);
        Assert.Equal(12_500_000m, full.ChiffreAffaires);
        Assert.Equal(-150_000m, full.Tresorerie);
        Assert.Equal(48, full.Effectif);
        var partial = (EtatsFinanciers)results[1].Event!;
        Assert.Equal("diane", partial.Source);
        Assert.Equal(11_800_000m, partial.ChiffreAffaires);
        Assert.Null(partial.ExcedentBrutExploitation);
        Assert.Null(partial.Effectif);
    }

    [Fact]
    public void Read_EmptyCells_AreMissingFiguresAndTwelveMonthYear()
    {
        var (results, _) = Read(Header + "\n" + Line(("siren", "542107651"), ("date_cloture", "2023-06-30"), ("resultat_net", "-12.5")) + "\n");

        var e = Assert.IsType<EtatsFinanciers>(Assert.Single(results).Event);
        Assert.Equal(12, e.DureeExerciceMois);
        Assert.Equal("", e.Source);
        Assert.Null(e.ChiffreAffaires);
        Assert.Equal(-12.5m, e.ResultatNet);
    }

    [Theory]
    [InlineData("chiffre_affaires", "1 000")]
    [InlineData("chiffre_affaires", "1000,50")]
    [InlineData("dettes", "12k")]
    [InlineData("effectif", "12.5")]
    [InlineData("duree_exercice_mois", "douze")]
    public void Read_UnreadableNumber_IsRejectedWithItsColumn(string column, string value)
    {
        var line = Line(("siren", "542107651"), ("date_cloture", "2023-06-30"), (column, value));

        var r = Assert.Single(Read(Header + "\n" + line + "\n").Results);

        Assert.Equal(new Reject(RejectCode.InvalidNumber, column, r.Rejects.Single().Detail), r.Rejects.Single());
        Assert.Equal(line, r.RawLine);
    }

    [Fact]
    public void Read_MissingClosingDate_IsRejectedMissingField()
    {
        var r = Assert.Single(Read(Header + "\n" + Line(("siren", "542107651")) + "\n").Results);

        Assert.Equal(RejectCode.MissingField, Assert.Single(r.Rejects).Code);
    }

    [Fact]
    public void Read_ImplausibleFiscalYear_IsRejectedByTheValidator()
    {
        var r = Assert.Single(Read(Header + "\n" + Line(("siren", "542107651"), ("date_cloture", "2023-06-30"), ("duree_exercice_mois", "40")) + "\n").Results);

        Assert.Equal(RejectCode.InvalidRange, Assert.Single(r.Rejects).Code);
    }

    [Fact]
    public void Read_HeaderWithoutAFigureColumn_IsFatal()
    {
        var header = Header.Replace(";tresorerie", "", StringComparison.Ordinal);

        var (results, report) = Read(header + "\n542107651;2023-06-30\n");

        Assert.Empty(results);
        Assert.Contains("tresorerie", report.Fatal, StringComparison.Ordinal);
    }

    private static string Documentation() => File.ReadAllText(RepositoryFiles.File("docs/formats/etats-financiers.md"));

    private static string SnakeCase(string name) => PascalToSnake().Replace(name, "_$1").ToLowerInvariant();

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex PascalToSnake();

    [GeneratedRegex(@"^\| `([a-z_]+)` \|", RegexOptions.Multiline)]
    private static partial Regex DocumentedColumn();

    [GeneratedRegex(@"```csv\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();
}
