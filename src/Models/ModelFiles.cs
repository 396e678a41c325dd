namespace SignauxFaibles.Models;

/// <summary>The file names inside an artifact directory.</summary>
public static class ModelFiles
{
    /// <summary>The manifest (<see cref="ModelManifest"/>).</summary>
    public const string Manifest = "manifest.json";

    /// <summary>The model the scorer reads; its SHA-256 is the manifest's content hash.</summary>
    public const string Model = "model.json";

    /// <summary>The learner's own serialised model (ML.NET), kept to reproduce or inspect, never loaded by silos.</summary>
    public const string LearnerModel = "model.zip";

    /// <summary>The full evaluation report, machine-readable.</summary>
    public const string EvaluationJson = "evaluation.json";

    /// <summary>The same report for people.</summary>
    public const string EvaluationMarkdown = "evaluation.md";
}
