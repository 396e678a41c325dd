using System.Collections.Immutable;

namespace SignauxFaibles.Models;

/// <summary>
/// A root folder holding one artifact folder per model version, named after its id
/// (<c>{root}/{id}/manifest.json</c>, <c>model.json</c>, reports). Versions are written once and never
/// changed: training writes there with <see cref="ModelArtifactWriter"/>, <see cref="Install"/> copies
/// an artifact made elsewhere. Folders starting with '.' are work in progress (staging) and ignored.
/// Every silo of a cluster reads the same store (a shared volume or a copy kept in sync).
/// </summary>
public sealed class ModelStore
{
    private readonly ModelArtifactReader _reader;

    public ModelStore(string root, ModelArtifactReader reader)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        ArgumentNullException.ThrowIfNull(reader);
        Root = Path.GetFullPath(root);
        _reader = reader;
    }

    public string Root { get; }

    /// <summary>The folder version <paramref name="id"/> lives in; throws on an id that is not a safe folder name.</summary>
    public string DirectoryOf(string id) =>
        ModelId.IsValid(id) ? Path.Combine(Root, id) : throw new ModelLoadException($"'{id}' is not a valid model id (letters, digits, '.', '_', '-'; at most {ModelId.MaxLength})");

    /// <summary>True when a folder named <paramref name="id"/> exists (valid or not).</summary>
    public bool Contains(string id) => ModelId.IsValid(id) && Directory.Exists(Path.Combine(Root, id));

    /// <summary>Every version folder, by id, with its manifest or why it is unusable. Reads manifests only.</summary>
    public ImmutableArray<ModelStoreEntry> List()
    {
        if (!Directory.Exists(Root))
        {
            return [];
        }

        var entries = ImmutableArray.CreateBuilder<ModelStoreEntry>();
        foreach (var directory in Directory.EnumerateDirectories(Root).Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileName(directory);
            if (id.StartsWith('.'))
            {
                continue;
            }

            entries.Add(Describe(id, directory));
        }

        return entries.DrainToImmutable();
    }

    /// <summary>Loads version <paramref name="id"/> (hash checked, scorer built); <see cref="ModelLoadException"/> says why not.</summary>
    public ModelArtifact Read(string id)
    {
        var directory = DirectoryOf(id);
        if (!Directory.Exists(directory))
        {
            throw new ModelLoadException($"no model version '{id}' in the store {Root}");
        }

        var artifact = _reader.Read(directory);
        if (!string.Equals(artifact.Manifest.Id, id, StringComparison.Ordinal))
        {
            throw new ModelLoadException($"{directory}: the folder is named '{id}' but its manifest says '{artifact.Manifest.Id}'");
        }

        return artifact;
    }

    /// <summary>
    /// Copies the artifact in <paramref name="sourceDirectory"/> into the store under its manifest id, after
    /// loading the copy (content hash, kind, features, scorer) in a staging folder, then moves it into place so
    /// silos never see half a version. Installing the same artifact again is a no-op; another artifact with
    /// an id already in the store is refused (versions are immutable: give it a new id).
    /// </summary>
    /// <param name="sourceDirectory">The artifact folder.</param>
    /// <param name="allowUnknownKind">
    /// For a tool that does not carry every scorer kind (the client): a kind this store's reader does not know
    /// is checked up to its manifest and content hash only; the silos build its scorer when it is activated.
    /// </param>
    /// <returns>The manifest of the installed version and whether it was already there.</returns>
    /// <exception cref="ModelLoadException">The artifact is invalid or its id is taken by another artifact.</exception>
    public (ModelManifest Manifest, bool AlreadyInstalled) Install(string sourceDirectory, bool allowUnknownKind = false)
    {
        var source = Path.GetFullPath(sourceDirectory);
        if (!Directory.Exists(source))
        {
            throw new ModelLoadException($"{source}: no such folder");
        }

        var manifest = ModelArtifactReader.ReadManifest(source);
        var target = DirectoryOf(manifest.Id);
        if (Directory.Exists(target))
        {
            var existing = Describe(manifest.Id, target);

            // The content hash covers the model file only: the manifests (thresholds...) must match byte for byte too.
            if (existing.Manifest is { } installed
                && string.Equals(installed.ContentHash, manifest.ContentHash, StringComparison.Ordinal)
                && File.ReadAllBytes(Path.Combine(source, ModelFiles.Manifest)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(target, ModelFiles.Manifest))))
            {
                // Prove the installed copy is intact too before saying it is there.
                Verify(target, allowUnknownKind);
                return (installed, true);
            }

            throw new ModelLoadException(
                $"version '{manifest.Id}' is already in the store {Root} with another content ({existing.Manifest?.ContentHash ?? existing.Error}); versions are never overwritten, give the new artifact another id");
        }

        Directory.CreateDirectory(Root);
        var staging = Path.Combine(Root, $".{manifest.Id}.{Guid.NewGuid():N}.install");
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var file in Directory.EnumerateFiles(source))
            {
                File.Copy(file, Path.Combine(staging, Path.GetFileName(file)));
            }

            var copied = Verify(staging, allowUnknownKind);
            Directory.Move(staging, target);
            return (copied, false);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>True when this store's reader can build scorers of <paramref name="kind"/>.</summary>
    public bool Knows(string kind) => _reader.Kinds.Contains(kind, StringComparer.Ordinal);

    private ModelManifest Verify(string directory, bool allowUnknownKind)
    {
        var manifest = ModelArtifactReader.ReadManifest(directory);
        if (!allowUnknownKind || Knows(manifest.Kind))
        {
            return _reader.Read(directory).Manifest;
        }

        ModelArtifactReader.ReadVerifiedModel(directory, manifest);
        return manifest;
    }

    private static ModelStoreEntry Describe(string id, string directory)
    {
        try
        {
            var manifest = ModelArtifactReader.ReadManifest(directory);
            return string.Equals(manifest.Id, id, StringComparison.Ordinal)
                ? new ModelStoreEntry(id, directory, manifest, null)
                : new ModelStoreEntry(id, directory, manifest, $"the folder is named '{id}' but its manifest says '{manifest.Id}'");
        }
        catch (ModelLoadException ex)
        {
            return new ModelStoreEntry(id, directory, null, ex.Message);
        }
    }
}
