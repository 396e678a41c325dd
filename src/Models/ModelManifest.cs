using System.Collections.Immutable;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Scoring;

namespace SignauxFaibles.Models;

/// <summary>
/// What a model artifact is, in <c>manifest.json</c> beside its model file: its version id (recorded with
/// every score and alert), the scorer kind that reads the model file, the features it uses in order, the
/// alert thresholds chosen for it, the windows it was trained and evaluated on, its headline metrics, and
/// the SHA-256 of the model file so a tampered or half-copied artifact is refused.
/// </summary>
public sealed record ModelManifest
{
    /// <summary>The manifest format version this code writes and reads.</summary>
    public const int CurrentFormat = 1;

    public int Format { get; init; } = CurrentFormat;

    /// <summary>The model version id: letters, digits, '.', '_' and '-' (it names the artifact's folder).</summary>
    public required string Id { get; init; }

    /// <summary>The scorer kind that reads <c>model.json</c> (<see cref="ModelKinds"/>).</summary>
    public required string Kind { get; init; }

    public required string Description { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The feature names the model reads, in the model's order (all in the feature schema).</summary>
    public required ImmutableArray<string> Features { get; init; }

    public required AlertThresholds Thresholds { get; init; }

    /// <summary>The months whose firm-months were used for training (null for a hand-set model).</summary>
    public ModelWindow? TrainingWindow { get; init; }

    /// <summary>The months of the out-of-time evaluation (null when not evaluated).</summary>
    public ModelWindow? EvaluationWindow { get; init; }

    /// <summary>The learner and its settings, as text (e.g. "FastTree(trees=300, leaves=31, seed=1)").</summary>
    public string? Learner { get; init; }

    /// <summary>Headline metrics by name (e.g. "auc", "aucpr"); the full report is <c>evaluation.json</c>.</summary>
    public ImmutableSortedDictionary<string, double> Metrics { get; init; } = ImmutableSortedDictionary<string, double>.Empty;

    /// <summary>"sha256:" and the lowercase hex SHA-256 of the model file's bytes.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The version as the grains see it: id, thresholds and description.</summary>
    public ModelVersion ToModelVersion() => new(Id, Thresholds, Description);
}
