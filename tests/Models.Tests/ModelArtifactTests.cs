using System.Collections.Immutable;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Models.Tests;

public sealed class ModelArtifactTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sf-models-" + Guid.NewGuid().ToString("N"));
    private readonly ModelArtifactReader _reader = new([new TransparentScorerFactory()]);

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static ModelManifest Manifest(string id, AlertThresholds? thresholds = null) => new()
    {
        Id = id,
        Kind = ModelKinds.TransparentLogit,
        Description = "test",
        CreatedAt = new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero),
        Features = [.. TransparentModelFile.Version1.Terms.Select(t => t.Feature)],
        Thresholds = thresholds ?? new AlertThresholds(0.2, 0.05, 0.1),
        TrainingWindow = new ModelWindow(Month.Of(2020, 1), Month.Of(2021, 12)),
        Metrics = ImmutableSortedDictionary<string, double>.Empty.Add("auc", 0.81),
        ContentHash = "",
    };

    private static FeatureVector SomeFirm()
    {
        var values = Enumerable.Repeat(double.NaN, FeatureSchema.Count).ToArray();
        values[FeatureSchema.IndexOf("ratio_dette_cotisation")] = 2.5;
        values[FeatureSchema.IndexOf("taux_marge")] = -0.1;
        return new FeatureVector("552100554", Month.Of(2024, 3), [.. values]);
    }

    [Fact]
    public void Read_WrittenTransparentArtifact_ScoresLikeTheCodeScorerWithTheManifestVersion()
    {
        var dir = Path.Combine(_root, "t-2");
        var written = ModelArtifactWriter.Write(dir, Manifest("t-2"), ModelArtifactWriter.SerializeModel(TransparentModelFile.Version1),
            new Dictionary<string, byte[]> { [ModelFiles.EvaluationMarkdown] = "# report"u8.ToArray() });

        var artifact = _reader.Read(dir);

        Assert.Equal(written.ContentHash, artifact.Manifest.ContentHash);
        Assert.Equal<string>(written.Features, artifact.Manifest.Features);
        Assert.Equal(written.Thresholds, artifact.Manifest.Thresholds);
        Assert.Equal(written.TrainingWindow, artifact.Manifest.TrainingWindow);
        Assert.Equal(0.81, artifact.Manifest.Metrics["auc"]);
        Assert.StartsWith(ContentHash.Prefix, artifact.Manifest.ContentHash, StringComparison.Ordinal);
        Assert.Equal("t-2", artifact.Scorer.Model.Id);
        Assert.Equal(0.2, artifact.Scorer.Model.Thresholds.Eleve);
        var expected = new TransparentScorer().Score(SomeFirm());
        var actual = artifact.Scorer.Score(SomeFirm());
        Assert.Equal(expected.Probability, actual.Probability, 12);
        Assert.Equal("t-2", actual.ModelVersion);
        Assert.True(File.Exists(Path.Combine(dir, ModelFiles.EvaluationMarkdown)));
    }

    [Fact]
    public void Read_ModelFileModifiedAfterWriting_IsRefusedWithTheHashes()
    {
        var dir = Path.Combine(_root, "t-3");
        ModelArtifactWriter.Write(dir, Manifest("t-3"), ModelArtifactWriter.SerializeModel(TransparentModelFile.Version1));
        var path = Path.Combine(dir, ModelFiles.Model);
        File.WriteAllText(path, File.ReadAllText(path).Replace("-3.9", "-2.9", StringComparison.Ordinal));

        var ex = Assert.Throws<ModelLoadException>(() => _reader.Read(dir));
        Assert.Contains("content hash", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownKind_NamesTheKnownKinds()
    {
        var dir = Path.Combine(_root, "t-4");
        ModelArtifactWriter.Write(dir, Manifest("t-4") with { Kind = "neural-net" }, ModelArtifactWriter.SerializeModel(TransparentModelFile.Version1));

        var ex = Assert.Throws<ModelLoadException>(() => _reader.Read(dir));
        Assert.Contains("unknown model kind 'neural-net'", ex.Message, StringComparison.Ordinal);
        Assert.Contains(ModelKinds.TransparentLogit, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadManifest_FeatureOutsideTheSchema_IsRefused()
    {
        var dir = Path.Combine(_root, "t-5");
        ModelArtifactWriter.Write(dir, Manifest("t-5") with { Features = ["no_such_feature"] }, ModelArtifactWriter.SerializeModel(TransparentModelFile.Version1));

        var ex = Assert.Throws<ModelLoadException>(() => ModelArtifactReader.ReadManifest(dir));
        Assert.Contains("no_such_feature", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadManifest_InvalidThresholds_IsRefused()
    {
        var dir = Path.Combine(_root, "t-6");
        ModelArtifactWriter.Write(dir, Manifest("t-6", new AlertThresholds(0.05, 0.2, 0.1)), ModelArtifactWriter.SerializeModel(TransparentModelFile.Version1));

        Assert.Throws<ModelLoadException>(() => ModelArtifactReader.ReadManifest(dir));
    }

    [Fact]
    public void Write_ExistingVersion_IsNeverOverwritten()
    {
        var dir = Path.Combine(_root, "t-7");
        ModelArtifactWriter.Write(dir, Manifest("t-7"), ModelArtifactWriter.SerializeModel(TransparentModelFile.Version1));

        Assert.Throws<IOException>(() => ModelArtifactWriter.Write(dir, Manifest("t-7"), ModelArtifactWriter.SerializeModel(TransparentModelFile.Version1)));
        Assert.Single(Directory.GetFileSystemEntries(_root));
    }

    [Theory]
    [InlineData("fasttree-2026-11-26.1", true)]
    [InlineData("../evil", false)]
    [InlineData("", false)]
    [InlineData("a b", false)]
    [InlineData("-x", false)]
    public void IsValid_ModelIds(string id, bool valid) => Assert.Equal(valid, ModelId.IsValid(id));
}
