using SignauxFaibles.Domain.Features;

namespace SignauxFaibles.Domain.Scoring;

/// <summary>
/// Turns a firm-month feature vector into a risk score. Implementations are pure and thread-safe: one
/// instance serves every grain of a silo. The transparent scorer comes first; the trained model replaces
/// it behind this interface, with its own <see cref="ModelVersion"/> and thresholds.
/// </summary>
public interface IRiskScorer
{
    /// <summary>The model this scorer applies, recorded with every score.</summary>
    ModelVersion Model { get; }

    /// <summary>Scores one firm-month. Missing values (NaN) are expected and handled.</summary>
    RiskScore Score(FeatureVector features);
}
