using System.Text.Json;
using SignauxFaibles.Domain.Scoring;

namespace SignauxFaibles.Models;

/// <summary>Reads <see cref="ModelKinds.TransparentLogit"/> artifacts.</summary>
public sealed class TransparentScorerFactory : IScorerFactory
{
    public string Kind => ModelKinds.TransparentLogit;

    public IRiskScorer Create(ModelManifest manifest, ReadOnlySpan<byte> modelJson)
    {
        TransparentModelFile? file;
        try
        {
            file = JsonSerializer.Deserialize<TransparentModelFile>(modelJson, ModelJson.Options);
        }
        catch (JsonException ex)
        {
            throw new ModelLoadException($"model '{manifest.Id}': {ModelFiles.Model} is not a transparent model ({ex.Message})", ex);
        }

        if (file is null || file.Terms.IsDefaultOrEmpty)
        {
            throw new ModelLoadException($"model '{manifest.Id}': {ModelFiles.Model} has no terms");
        }

        if (!file.Terms.Select(t => t.Feature).SequenceEqual(manifest.Features, StringComparer.Ordinal))
        {
            throw new ModelLoadException($"model '{manifest.Id}': the terms' features differ from the manifest's feature list");
        }

        try
        {
            return new TransparentScorer(manifest.ToModelVersion(), file.Terms, file.Intercept);
        }
        catch (ArgumentException ex)
        {
            throw new ModelLoadException($"model '{manifest.Id}': {ex.Message}", ex);
        }
    }
}
