using SignauxFaibles.Domain.Scoring;

namespace SignauxFaibles.Models;

/// <summary>A loaded artifact: where it lives, what its manifest says, and the scorer built from it.</summary>
public sealed record ModelArtifact(string Directory, ModelManifest Manifest, IRiskScorer Scorer);
