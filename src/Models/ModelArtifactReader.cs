using System.Collections.Frozen;
using System.Text.Json;
using SignauxFaibles.Domain.Features;

namespace SignauxFaibles.Models;

/// <summary>
/// Loads an artifact directory: reads the manifest, checks its format, id, features and thresholds,
/// verifies the model file against the content hash, and builds the scorer with the factory of its kind.
/// Every failure is a <see cref="ModelLoadException"/> naming the directory and the reason.
/// </summary>
public sealed class ModelArtifactReader
{
    private readonly FrozenDictionary<string, IScorerFactory> _factories;

    public ModelArtifactReader(IEnumerable<IScorerFactory> factories)
    {
        ArgumentNullException.ThrowIfNull(factories);
        _factories = factories.ToFrozenDictionary(f => f.Kind, StringComparer.Ordinal);
    }

    /// <summary>The kinds this reader can load.</summary>
    public IEnumerable<string> Kinds => _factories.Keys;

    /// <summary>Reads only the manifest (listing versions does not need to build scorers).</summary>
    public static ModelManifest ReadManifest(string directory)
    {
        var path = Path.Combine(directory, ModelFiles.Manifest);
        if (!File.Exists(path))
        {
            throw new ModelLoadException($"{directory}: no {ModelFiles.Manifest}");
        }

        ModelManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<ModelManifest>(File.ReadAllBytes(path), ModelJson.Options);
        }
        catch (JsonException ex)
        {
            throw new ModelLoadException($"{path}: not a valid manifest ({ex.Message})", ex);
        }

        if (manifest is null)
        {
            throw new ModelLoadException($"{path}: empty manifest");
        }

        Validate(manifest, path);
        return manifest;
    }

    /// <summary>Loads the artifact in <paramref name="directory"/>.</summary>
    public ModelArtifact Read(string directory)
    {
        var manifest = ReadManifest(directory);
        var bytes = ReadVerifiedModel(directory, manifest);
        if (!_factories.TryGetValue(manifest.Kind, out var factory))
        {
            throw new ModelLoadException(
                $"{directory}: unknown model kind '{manifest.Kind}' (known: {string.Join(", ", _factories.Keys.Order(StringComparer.Ordinal))})");
        }

        var scorer = factory.Create(manifest, bytes);
        if (!string.Equals(scorer.Model.Id, manifest.Id, StringComparison.Ordinal))
        {
            throw new ModelLoadException($"{directory}: the scorer reports version '{scorer.Model.Id}', the manifest '{manifest.Id}'");
        }

        return new ModelArtifact(directory, manifest, scorer);
    }

    /// <summary>The model file's bytes, checked against the manifest's content hash.</summary>
    public static byte[] ReadVerifiedModel(string directory, ModelManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var modelPath = Path.Combine(directory, ModelFiles.Model);
        if (!File.Exists(modelPath))
        {
            throw new ModelLoadException($"{directory}: no {ModelFiles.Model}");
        }

        var bytes = File.ReadAllBytes(modelPath);
        var hash = ContentHash.Of(bytes);
        if (!string.Equals(hash, manifest.ContentHash, StringComparison.Ordinal))
        {
            throw new ModelLoadException(
                $"{modelPath}: content hash {hash} differs from the manifest's {manifest.ContentHash} (modified or incompletely copied)");
        }

        return bytes;
    }

    private static void Validate(ModelManifest manifest, string path)
    {
        if (manifest.Format != ModelManifest.CurrentFormat)
        {
            throw new ModelLoadException($"{path}: manifest format {manifest.Format}, this version reads {ModelManifest.CurrentFormat}");
        }

        if (!ModelId.IsValid(manifest.Id))
        {
            throw new ModelLoadException($"{path}: invalid model id '{manifest.Id}' (letters, digits, '.', '_', '-'; at most 64)");
        }

        if (manifest.Thresholds is not { IsValid: true })
        {
            throw new ModelLoadException($"{path}: thresholds {manifest.Thresholds} are not 0 < modéré < élevé < 1 with a hysteresis keeping their order");
        }

        if (manifest.Features.IsDefaultOrEmpty)
        {
            throw new ModelLoadException($"{path}: no features");
        }

        foreach (var feature in manifest.Features)
        {
            if (FeatureSchema.IndexOf(feature) < 0)
            {
                throw new ModelLoadException($"{path}: feature '{feature}' is not in this version's feature schema");
            }
        }

        if (!manifest.ContentHash.StartsWith(ContentHash.Prefix, StringComparison.Ordinal))
        {
            throw new ModelLoadException($"{path}: content hash must start with '{ContentHash.Prefix}'");
        }
    }
}
