using System.Text.Json;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Domain.Scoring.Trees;

namespace SignauxFaibles.Models;

/// <summary>Reads <see cref="ModelKinds.TreeEnsemble"/> artifacts: model.json is a <see cref="TreeEnsemble"/>.</summary>
public sealed class TreeEnsembleScorerFactory : IScorerFactory
{
    public string Kind => ModelKinds.TreeEnsemble;

    public IRiskScorer Create(ModelManifest manifest, ReadOnlySpan<byte> modelJson)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        TreeEnsemble? ensemble;
        try
        {
            ensemble = JsonSerializer.Deserialize<TreeEnsemble>(modelJson, ModelJson.Options);
        }
        catch (JsonException ex)
        {
            throw new ModelLoadException($"model '{manifest.Id}': {ModelFiles.Model} is not a tree ensemble ({ex.Message})", ex);
        }

        if (ensemble is null || ensemble.Trees.IsDefaultOrEmpty || ensemble.Features.IsDefaultOrEmpty || ensemble.Calibration is null)
        {
            throw new ModelLoadException($"model '{manifest.Id}': {ModelFiles.Model} has no trees, features or calibration");
        }

        if (!ensemble.Features.SequenceEqual(manifest.Features, StringComparer.Ordinal))
        {
            throw new ModelLoadException($"model '{manifest.Id}': the ensemble's features differ from the manifest's feature list");
        }

        try
        {
            return new TreeEnsembleScorer(manifest.ToModelVersion(), ensemble);
        }
        catch (ArgumentException ex)
        {
            throw new ModelLoadException($"model '{manifest.Id}': {ex.Message}", ex);
        }
    }
}
