using System.Collections.Immutable;
using SignauxFaibles.Domain.Scoring;

namespace SignauxFaibles.Models;

/// <summary>The model file of the transparent scorer: its intercept and terms.</summary>
public sealed record TransparentModelFile(double Intercept, ImmutableArray<LogisticTerm> Terms)
{
    /// <summary>Version 1 as the code defines it (<see cref="TransparentScorer.Version1Terms"/>).</summary>
    public static TransparentModelFile Version1 { get; } = new(TransparentScorer.Intercept, TransparentScorer.Version1Terms);
}
