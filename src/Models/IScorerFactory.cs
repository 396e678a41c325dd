using SignauxFaibles.Domain.Scoring;

namespace SignauxFaibles.Models;

/// <summary>Builds the scorer of one model kind from its manifest and model file.</summary>
public interface IScorerFactory
{
    /// <summary>The kind this factory reads (<see cref="ModelKinds"/>).</summary>
    string Kind { get; }

    /// <summary>Builds a thread-safe scorer; throws <see cref="ModelLoadException"/> when the model file is invalid.</summary>
    IRiskScorer Create(ModelManifest manifest, ReadOnlySpan<byte> modelJson);
}
