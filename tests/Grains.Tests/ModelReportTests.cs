using Microsoft.Extensions.Options;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Grains.Models;
using SignauxFaibles.Models;

namespace SignauxFaibles.Grains.Tests;

/// <summary>What the web app's /modele page gets from the store: a version's evaluation.md and its PNG figures, nothing else.</summary>
public sealed class ModelReportTests : IDisposable
{
    private readonly string _store = Path.Combine(Path.GetTempPath(), $"sf-model-report-{Guid.NewGuid():N}");

    public ModelReportTests()
    {
        var version = Directory.CreateDirectory(Path.Combine(_store, "v1")).FullName;
        File.WriteAllText(Path.Combine(version, ModelFiles.EvaluationMarkdown), "# Model v1\n\n![roc](roc.png)\n");
        File.WriteAllBytes(Path.Combine(version, "roc.png"), [0x89, 0x50, 0x4E, 0x47]);
        File.WriteAllBytes(Path.Combine(version, "Not_A_Figure.png"), [1]);
        File.WriteAllText(Path.Combine(version, "notes.txt"), "x");
        Directory.CreateDirectory(Path.Combine(_store, "no-report"));
    }

    private static ModelCatalog Catalog(string? store) =>
        new(new TransparentScorer(), [new TransparentScorerFactory(), new TreeEnsembleScorerFactory()], Options.Create(new ModelsOptions { Store = store }));

    [Fact]
    public void Report_StoreVersion_MarkdownAndOnlyItsFigures()
    {
        var report = Catalog(_store).Report("v1");

        Assert.NotNull(report);
        Assert.Equal("v1", report.Id);
        Assert.StartsWith("# Model v1", report.Markdown, StringComparison.Ordinal);
        Assert.Equal(["roc.png"], report.Figures.Keys);
    }

    [Fact]
    public void Report_BuiltInUnknownWithoutReportOrNoStore_Null()
    {
        var catalog = Catalog(_store);

        Assert.Null(catalog.Report(new TransparentScorer().Model.Id));
        Assert.Null(catalog.Report("absent"));
        Assert.Null(catalog.Report("no-report"));
        Assert.Null(catalog.Report("../v1"));
        Assert.Null(Catalog(null).Report("v1"));
    }

    [Theory]
    [InlineData("roc.png", true)]
    [InlineData("precision-recall.png", true)]
    [InlineData("Roc.png", false)]
    [InlineData("../roc.png", false)]
    [InlineData(".png", false)]
    [InlineData("roc.svg", false)]
    public void IsFigureName_LowercaseDigitsDashesPng(string name, bool expected) =>
        Assert.Equal(expected, ModelCatalog.IsFigureName(name));

    public void Dispose() => Directory.Delete(_store, recursive: true);
}
