using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Models.Tests;

public sealed class ModelStoreTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "sf-store-" + Guid.NewGuid().ToString("N"));
    private readonly ModelArtifactReader _reader = new([new TransparentScorerFactory()]);

    private string StoreRoot => Path.Combine(_work, "store");

    private string Outside => Path.Combine(_work, "outside");

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    private static ModelManifest Manifest(string id, double eleve = 0.2) => new()
    {
        Id = id,
        Kind = ModelKinds.TransparentLogit,
        Description = $"test {id}",
        CreatedAt = new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero),
        Features = [.. TransparentModelFile.Version1.Terms.Select(t => t.Feature)],
        Thresholds = new AlertThresholds(eleve, 0.05, 0.1),
        TrainingWindow = new ModelWindow(Month.Of(2020, 1), Month.Of(2021, 12)),
        ContentHash = "",
    };

    private static string WriteArtifact(string parent, string id, double eleve = 0.2, double intercept = -3.9)
    {
        var dir = Path.Combine(parent, id);
        ModelArtifactWriter.Write(dir, Manifest(id, eleve), ModelArtifactWriter.SerializeModel(TransparentModelFile.Version1 with { Intercept = intercept }));
        return dir;
    }

    [Fact]
    public void List_StoreWithValidBrokenAndStagingFolders_ListsVersionsByIdWithTheirErrors()
    {
        WriteArtifact(StoreRoot, "b-2", eleve: 0.3);
        WriteArtifact(StoreRoot, "a-1");
        Directory.CreateDirectory(Path.Combine(StoreRoot, "broken"));
        Directory.CreateDirectory(Path.Combine(StoreRoot, ".c-3.0123.install"));
        WriteArtifact(_work, "renamed");
        Directory.Move(Path.Combine(_work, "renamed"), Path.Combine(StoreRoot, "not-its-id"));

        var list = new ModelStore(StoreRoot, _reader).List();

        Assert.Equal(["a-1", "b-2", "broken", "not-its-id"], list.Select(e => e.Id));
        Assert.True(list[0].IsValid);
        Assert.Equal(0.3, list[1].Manifest!.Thresholds.Eleve);
        Assert.False(list[2].IsValid);
        Assert.Contains(ModelFiles.Manifest, list[2].Error, StringComparison.Ordinal);
        Assert.False(list[3].IsValid);
        Assert.Contains("'renamed'", list[3].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void List_StoreFolderMissing_IsEmpty() =>
        Assert.Empty(new ModelStore(Path.Combine(_work, "nowhere"), _reader).List());

    [Fact]
    public void Install_ValidArtifact_CopiesItAndReadsBackTheSameScorer()
    {
        var source = WriteArtifact(Outside, "m-1", intercept: -3.2);
        var store = new ModelStore(StoreRoot, _reader);

        var (manifest, already) = store.Install(source);
        var artifact = store.Read("m-1");

        Assert.False(already);
        Assert.Equal("m-1", manifest.Id);
        Assert.Equal(Path.Combine(store.Root, "m-1"), artifact.Directory);
        Assert.Equal(File.ReadAllBytes(Path.Combine(source, ModelFiles.Model)), File.ReadAllBytes(Path.Combine(artifact.Directory, ModelFiles.Model)));
        Assert.Equal("m-1", artifact.Scorer.Model.Id);
        Assert.Equal(["m-1"], Directory.GetFileSystemEntries(store.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void Install_SameArtifactTwice_IsANoOp()
    {
        var source = WriteArtifact(Outside, "m-2");
        var store = new ModelStore(StoreRoot, _reader);
        store.Install(source);

        var (_, already) = store.Install(source);

        Assert.True(already);
        Assert.Single(store.List());
    }

    [Fact]
    public void Install_TamperedArtifact_IsRefusedAndTheStoreStaysEmpty()
    {
        var source = WriteArtifact(Outside, "m-3");
        var model = Path.Combine(source, ModelFiles.Model);
        File.WriteAllText(model, File.ReadAllText(model).Replace("-3.9", "-1.9", StringComparison.Ordinal));
        var store = new ModelStore(StoreRoot, _reader);

        var ex = Assert.Throws<ModelLoadException>(() => store.Install(source));

        Assert.Contains("content hash", ex.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(StoreRoot));
        Assert.Empty(store.List());
    }

    [Fact]
    public void Install_OtherArtifactWithAnIdInTheStore_IsRefusedAndTheInstalledOneKept()
    {
        var store = new ModelStore(StoreRoot, _reader);
        store.Install(WriteArtifact(Outside, "m-4", eleve: 0.2));
        var other = WriteArtifact(Path.Combine(_work, "other"), "m-4", eleve: 0.4);

        var ex = Assert.Throws<ModelLoadException>(() => store.Install(other));

        Assert.Contains("never overwritten", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0.2, store.Read("m-4").Scorer.Model.Thresholds.Eleve);
    }

    [Fact]
    public void Read_TamperedAfterInstall_IsRefused()
    {
        var store = new ModelStore(StoreRoot, _reader);
        store.Install(WriteArtifact(Outside, "m-5"));
        File.AppendAllText(Path.Combine(store.Root, "m-5", ModelFiles.Model), " ");

        var ex = Assert.Throws<ModelLoadException>(() => store.Read("m-5"));

        Assert.Contains("content hash", ex.Message, StringComparison.Ordinal);
        Assert.True(store.List().Single().IsValid, "listing reads manifests only");
    }

    [Fact]
    public void Install_KindUnknownToTheTool_IsRefusedUnlessAllowedThenCheckedByHash()
    {
        var dir = Path.Combine(Outside, "future-1");
        ModelArtifactWriter.Write(dir, Manifest("future-1") with { Kind = "future-kind" }, "{\"trees\":[]}"u8);
        var store = new ModelStore(StoreRoot, _reader);

        var refused = Assert.Throws<ModelLoadException>(() => store.Install(dir));
        var (manifest, _) = store.Install(dir, allowUnknownKind: true);

        Assert.Contains("unknown model kind 'future-kind'", refused.Message, StringComparison.Ordinal);
        Assert.Equal("future-kind", manifest.Kind);
        Assert.True(store.List().Single().IsValid);
        Assert.Throws<ModelLoadException>(() => store.Read("future-1"));
    }

    [Fact]
    public void Install_KindUnknownAndTampered_IsRefusedByTheHash()
    {
        var dir = Path.Combine(Outside, "future-2");
        ModelArtifactWriter.Write(dir, Manifest("future-2") with { Kind = "future-kind" }, "{\"trees\":[]}"u8);
        File.WriteAllText(Path.Combine(dir, ModelFiles.Model), "{\"trees\":[1]}");

        var ex = Assert.Throws<ModelLoadException>(() => new ModelStore(StoreRoot, _reader).Install(dir, allowUnknownKind: true));

        Assert.Contains("content hash", ex.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(StoreRoot, "future-2")));
    }

    [Theory]
    [InlineData("absent")]
    [InlineData("../escape")]
    public void Read_UnknownOrUnsafeId_IsRefusedWithTheId(string id)
    {
        var ex = Assert.Throws<ModelLoadException>(() => new ModelStore(StoreRoot, _reader).Read(id));
        Assert.Contains(id, ex.Message, StringComparison.Ordinal);
    }
}
