using SignauxFaibles.Domain.Reference;

namespace SignauxFaibles.Domain.Tests.Reference;

/// <summary>
/// The tables the domain holds as code (<see cref="NafNomenclature"/>, <see cref="Departements"/>) are the
/// vendored INSEE files (<c>src/Domain/Reference/data</c>) embedded in the domain assembly, row for row.
/// </summary>
public class VendoredReferenceDataTests
{
    [Fact]
    public void EveryVendoredCsv_IsEmbedded()
    {
        var vendored = Directory.GetFiles(RepositoryFiles.Directory("src/Domain/Reference/data"), "*.csv")
            .Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal<string>(["5to1.csv", "departements.csv", "naf1.csv", "naf2.csv", "naf3.csv", "naf4.csv", "naf5.csv"], vendored);
        Assert.Equal(vendored, ReferenceTable.Names);
    }

    [Fact]
    public void NafSections_AreNaf1()
    {
        var rows = ReferenceTable.Rows("naf1.csv");
        Assert.Equal(rows.Select(r => (r[0], r[1])), NafNomenclature.Sections.Select(s => (s.Key, s.Value)).OrderBy(s => s.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void DivisionSections_AreThoseOf5to1()
    {
        var fromFile = ReferenceTable.Rows("5to1.csv")
            .Select(r => (Division: int.Parse(r[0].AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture), Section: r[1][0]))
            .Distinct().ToArray();
        Assert.Equal(88, fromFile.Select(d => d.Division).Distinct().Count());
        foreach (var (division, section) in fromFile)
        {
            Assert.Equal(section, NafNomenclature.SectionOfDivision(division));
        }

        Assert.Equal(88, Enumerable.Range(1, 99).Count(d => NafNomenclature.SectionOfDivision(d) is not null));
    }

    [Fact]
    public void Departements_AreTheVendoredTable()
    {
        var rows = ReferenceTable.Rows("departements.csv");
        Assert.Equal(rows.Select(r => new Departement(r[0], r[1], r[2], r[3])), Departements.All);
    }

    [Fact]
    public void UnknownTable_IsATypedError()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ReferenceTable.Rows("naf9.csv"));
        Assert.Contains("naf9.csv", error.Message, StringComparison.Ordinal);
    }
}
